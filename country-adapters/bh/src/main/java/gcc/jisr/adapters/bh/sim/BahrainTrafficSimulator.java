package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.bh.BahrainPlates;
import gcc.jisr.adapters.bh.BahrainTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for Bahrain's traffic system, speaking {@link BahrainTrafficFormat} with its defaults. */
public final class BahrainTrafficSimulator extends NationalTrafficSimulator {

    public BahrainTrafficSimulator() {
        super(new BahrainTrafficFormat(), new BahrainPlates(), BahrainTrafficFormat.NOTICE_PATH, BahrainTrafficFormat.STATUS_PATH, "GDT-BH-");
    }
}

package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.sa.SaudiPlates;
import gcc.jisr.adapters.sa.SaudiTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for Saudi Arabia's traffic system (Muroor), speaking {@link SaudiTrafficFormat} with its defaults. */
public final class SaudiTrafficSimulator extends NationalTrafficSimulator {

    public SaudiTrafficSimulator() {
        super(new SaudiTrafficFormat(), new SaudiPlates(), SaudiTrafficFormat.NOTICE_PATH, SaudiTrafficFormat.STATUS_PATH, "MUROOR-");
    }
}

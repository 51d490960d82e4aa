package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.om.OmanPlates;
import gcc.jisr.adapters.om.OmanTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for the Royal Oman Police's traffic system, speaking {@link OmanTrafficFormat} with its defaults. */
public final class OmanTrafficSimulator extends NationalTrafficSimulator {

    public OmanTrafficSimulator() {
        super(new OmanTrafficFormat(), new OmanPlates(), OmanTrafficFormat.NOTICE_PATH, OmanTrafficFormat.STATUS_PATH, "ROP-");
    }
}

package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.ae.EmiratesPlates;
import gcc.jisr.adapters.ae.EmiratesTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for the UAE's federal traffic system, speaking {@link EmiratesTrafficFormat} with its defaults. */
public final class EmiratesTrafficSimulator extends NationalTrafficSimulator {

    public EmiratesTrafficSimulator() {
        super(new EmiratesTrafficFormat(), new EmiratesPlates(), EmiratesTrafficFormat.NOTICE_PATH, EmiratesTrafficFormat.STATUS_PATH,
                "MOI-AE-");
    }
}

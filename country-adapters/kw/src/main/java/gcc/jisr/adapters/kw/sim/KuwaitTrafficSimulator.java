package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.kw.KuwaitPlates;
import gcc.jisr.adapters.kw.KuwaitTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for Kuwait's traffic system, speaking {@link KuwaitTrafficFormat} with its defaults. */
public final class KuwaitTrafficSimulator extends NationalTrafficSimulator {

    public KuwaitTrafficSimulator() {
        super(new KuwaitTrafficFormat(), new KuwaitPlates(), KuwaitTrafficFormat.NOTICE_PATH, KuwaitTrafficFormat.STATUS_PATH, "MOI-KW-");
    }
}

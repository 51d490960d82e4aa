package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.qa.QatarPlates;
import gcc.jisr.adapters.qa.QatarTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;

/** A stand-in for Qatar's traffic system, speaking {@link QatarTrafficFormat} with its defaults. */
public final class QatarTrafficSimulator extends NationalTrafficSimulator {

    public QatarTrafficSimulator() {
        super(new QatarTrafficFormat(), new QatarPlates(), QatarTrafficFormat.NOTICE_PATH, QatarTrafficFormat.STATUS_PATH, "MOI-QA-");
    }
}

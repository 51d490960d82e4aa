package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.qa.QatarAdapter;
import gcc.jisr.adapters.qa.QatarPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for GRSIA, Qatar's pension fund, speaking {@link QatarPensionFormat} with its defaults. */
public final class QatarPensionFundSimulator extends NationalPensionFundSimulator {

    public QatarPensionFundSimulator() {
        super(new QatarPensionFormat(), new QatarAdapter().civilIds(), QatarPensionFormat.INSTITUTION,
                QatarPensionFormat.CONTRIBUTION_PATH, QatarPensionFormat.STATEMENT_PATH, QatarPensionFormat.NOTICE_PATH);
    }
}

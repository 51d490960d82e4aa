package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.kw.KuwaitAdapter;
import gcc.jisr.adapters.kw.KuwaitPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for PIFSS, Kuwait's pension fund, speaking {@link KuwaitPensionFormat} with its defaults. */
public final class KuwaitPensionFundSimulator extends NationalPensionFundSimulator {

    public KuwaitPensionFundSimulator() {
        super(new KuwaitPensionFormat(), new KuwaitAdapter().civilIds(), KuwaitPensionFormat.INSTITUTION,
                KuwaitPensionFormat.CONTRIBUTION_PATH, KuwaitPensionFormat.STATEMENT_PATH, KuwaitPensionFormat.NOTICE_PATH);
    }
}

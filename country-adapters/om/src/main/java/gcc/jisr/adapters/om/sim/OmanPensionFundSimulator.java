package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.om.OmanAdapter;
import gcc.jisr.adapters.om.OmanPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for SPF, Oman's pension fund, speaking {@link OmanPensionFormat} with its defaults. */
public final class OmanPensionFundSimulator extends NationalPensionFundSimulator {

    public OmanPensionFundSimulator() {
        super(new OmanPensionFormat(), new OmanAdapter().civilIds(), OmanPensionFormat.INSTITUTION,
                OmanPensionFormat.CONTRIBUTION_PATH, OmanPensionFormat.STATEMENT_PATH, OmanPensionFormat.NOTICE_PATH);
    }
}

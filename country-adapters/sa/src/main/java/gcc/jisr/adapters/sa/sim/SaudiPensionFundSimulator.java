package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.sa.SaudiAdapter;
import gcc.jisr.adapters.sa.SaudiPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for GOSI, Saudi Arabia's social insurance, speaking {@link SaudiPensionFormat} with its defaults. */
public final class SaudiPensionFundSimulator extends NationalPensionFundSimulator {

    public SaudiPensionFundSimulator() {
        super(new SaudiPensionFormat(), new SaudiAdapter().civilIds(), SaudiPensionFormat.INSTITUTION,
                SaudiPensionFormat.CONTRIBUTION_PATH, SaudiPensionFormat.STATEMENT_PATH, SaudiPensionFormat.NOTICE_PATH);
    }
}

package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.bh.BahrainAdapter;
import gcc.jisr.adapters.bh.BahrainPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for SIO, Bahrain's pension fund, speaking {@link BahrainPensionFormat} with its defaults. */
public final class BahrainPensionFundSimulator extends NationalPensionFundSimulator {

    public BahrainPensionFundSimulator() {
        super(new BahrainPensionFormat(), new BahrainAdapter().civilIds(), BahrainPensionFormat.INSTITUTION,
                BahrainPensionFormat.CONTRIBUTION_PATH, BahrainPensionFormat.STATEMENT_PATH, BahrainPensionFormat.NOTICE_PATH);
    }
}

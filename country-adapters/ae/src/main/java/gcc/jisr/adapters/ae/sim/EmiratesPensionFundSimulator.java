package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.ae.EmiratesAdapter;
import gcc.jisr.adapters.ae.EmiratesPensionFormat;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

/** A stand-in for GPSSA, the UAE's pension fund, speaking {@link EmiratesPensionFormat} with its defaults. */
public final class EmiratesPensionFundSimulator extends NationalPensionFundSimulator {

    public EmiratesPensionFundSimulator() {
        super(new EmiratesPensionFormat(), new EmiratesAdapter().civilIds(), EmiratesPensionFormat.INSTITUTION,
                EmiratesPensionFormat.CONTRIBUTION_PATH, EmiratesPensionFormat.STATEMENT_PATH, EmiratesPensionFormat.NOTICE_PATH);
    }
}

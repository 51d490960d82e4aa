package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.ae.EmiratesAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Emirates's pension system against its fund simulator; the state's own cases are in EmiratesPensionFormatTest. */
class EmiratesPensionSystemTest extends NationalPensionSystemConformance {

    private static final EmiratesAdapter ADAPTER = new EmiratesAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "7841985123456", 2, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new EmiratesPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/ae/";
    }

    @Override
    protected String extension() {
        return "txt";
    }

    @Override
    protected List<String> validCivilIds() {
        return CIVIL_IDS;
    }

    @Override
    protected String invalidCivilId() {
        return "784198512345674";
    }
}

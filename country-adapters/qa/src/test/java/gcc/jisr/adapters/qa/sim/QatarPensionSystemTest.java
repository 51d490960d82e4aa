package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.qa.QatarAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Qatar's pension system against its fund simulator; the state's own cases are in QatarPensionFormatTest. */
class QatarPensionSystemTest extends NationalPensionSystemConformance {

    private static final QatarAdapter ADAPTER = new QatarAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "2856340", 4, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new QatarPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/qa/";
    }

    @Override
    protected String extension() {
        return "csv";
    }

    @Override
    protected List<String> validCivilIds() {
        return CIVIL_IDS;
    }

    @Override
    protected String invalidCivilId() {
        return "28599901234";
    }
}

package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.kw.KuwaitAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Kuwait's pension system against its fund simulator; the state's own cases are in KuwaitPensionFormatTest. */
class KuwaitPensionSystemTest extends NationalPensionSystemConformance {

    private static final KuwaitAdapter ADAPTER = new KuwaitAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "2850101", 5, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new KuwaitPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/kw/";
    }

    @Override
    protected String extension() {
        return "xml";
    }

    @Override
    protected List<String> validCivilIds() {
        return CIVIL_IDS;
    }

    @Override
    protected String invalidCivilId() {
        return "285010100016";
    }
}

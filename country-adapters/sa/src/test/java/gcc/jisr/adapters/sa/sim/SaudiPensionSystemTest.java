package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.sa.SaudiAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Saudi's pension system against its fund simulator; the state's own cases are in SaudiPensionFormatTest. */
class SaudiPensionSystemTest extends NationalPensionSystemConformance {

    private static final SaudiAdapter ADAPTER = new SaudiAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "10123456", 2, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new SaudiPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/sa/";
    }

    @Override
    protected String extension() {
        return "json";
    }

    @Override
    protected List<String> validCivilIds() {
        return CIVIL_IDS;
    }

    @Override
    protected String invalidCivilId() {
        return "1012345673";
    }
}

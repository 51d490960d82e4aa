package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.om.OmanAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Oman's pension system against its fund simulator; the state's own cases are in OmanPensionFormatTest. */
class OmanPensionSystemTest extends NationalPensionSystemConformance {

    private static final OmanAdapter ADAPTER = new OmanAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "1234", 4, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new OmanPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/om/";
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
        return "1234567890";
    }
}

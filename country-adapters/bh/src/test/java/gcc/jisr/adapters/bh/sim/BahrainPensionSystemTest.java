package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.bh.BahrainAdapter;
import gcc.jisr.adapters.pension.NationalPensionSystemConformance;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;

import java.util.List;

/** Bahrain's pension system against its fund simulator; the state's own cases are in BahrainPensionFormatTest. */
class BahrainPensionSystemTest extends NationalPensionSystemConformance {

    private static final BahrainAdapter ADAPTER = new BahrainAdapter();
    private static final List<String> CIVIL_IDS = civilIdsAccepted(ADAPTER, "8503000", 2, 3);

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalPensionFundSimulator newSimulator() {
        return new BahrainPensionFundSimulator();
    }

    @Override
    protected String goldenFolder() {
        return "/pension/bh/";
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
        return "850300011";
    }
}

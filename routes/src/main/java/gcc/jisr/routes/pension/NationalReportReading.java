package gcc.jisr.routes.pension;

import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.PensionSystemTranslator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Accepts a contribution report from this state's pension agency in the state's national format: the state adapter
 * reads it as a stream, and the canonical records go through the same intake as an NDJSON report
 * ({@link ContributionReportReading}): the same per-record refusals, totals check and durable acceptance.
 */
public final class NationalReportReading {

    private final PensionSystemTranslator pensionSystem;
    private final PensionInstitutions institutions;
    private final CountryAdapters adapters;
    private final ContributionReportReading reading;

    public NationalReportReading(GccState ownState, PensionInstitutions institutions, CountryAdapters adapters,
                                 ContributionReportReading reading) {
        this.pensionSystem = adapters.forState(ownState).orElseThrow(() -> new IllegalStateException("no adapter for "
                + ownState)).pensionSystem();
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.adapters = adapters;
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    public ContributionReportAccepted read(InputStream in, AgencyCaller caller) throws IOException {
        ContributionFileReader reader;
        try {
            reader = pensionSystem.contributionReportOf(in);
        } catch (RegistryFormatException unreadable) {
            throw new JisrException(JisrError.MALFORMED, "the head of the national contribution report cannot be read: "
                    + unreadable.getMessage());
        }
        NationalReportStream stream = new NationalReportStream(reader, institutions, adapters);
        try {
            return reading.read(stream, caller);
        } finally {
            stream.close();
        }
    }
}

package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * One state's national pension format, both ways: the files its pension agency sends and its fund takes (contribution
 * reports, service-period statements, notices) and the fund's answers. The gateway writes what it delivers and reads
 * what its agency submits and what its fund answers; the state's fund simulator does the opposite. One class per state
 * does both, so that the simulator cannot drift from the translator, and golden files pin the bytes.
 *
 * <p>Contribution reports and their answers stream: the writer takes the records as an {@link Iterator} and writes
 * each as it comes, and the reader hands back one record at a time, so a report of 100,000 records never sits in
 * memory. A record the reader cannot read, or that breaks the contract or its currency's rules, comes back as a
 * {@link RecordProblem} (line, field, reason) among the records and the rest go on; only a file whose head (the report,
 * its employer, its totals) cannot be read is refused as a whole, with a
 * {@link gcc.jisr.adapters.RegistryFormatException}. Statements, notices and their answers are small and read whole.
 */
public interface NationalPensionFormat {

    GccState state();

    /** The media type of this format's files and answers, with its charset. */
    String contentType();

    /** The settings {@link #configured} reads (dates, codes); paths and institution are {@link PensionSettings}'. */
    Set<String> settingKeys();

    /** This format with an operator's settings applied; a setting not given keeps its value. */
    NationalPensionFormat configured(AdapterSettings settings);

    /**
     * Writes a contribution report: {@code report}'s head (its {@code record} list is not read) and then each of
     * {@code records} as the iterator yields it. Does not close {@code out}.
     *
     * @throws gcc.jisr.adapters.money.InvalidAmountException when an amount has more decimals than its currency
     * @throws gcc.jisr.adapters.RegistryFormatException      when a value does not fit the national layout
     */
    void writeContributionReport(ContributionReport report, Iterator<ContributionRecord> records, OutputStream out) throws IOException;

    /**
     * Starts reading a contribution report: reads its head now, and its records as the caller asks for them. The caller
     * closes the reader (which closes {@code in}).
     *
     * @throws gcc.jisr.adapters.RegistryFormatException when the head cannot be read
     */
    ContributionFileReader readContributionReport(InputStream in) throws IOException;

    byte[] writeStatement(ServicePeriodStatement statement);

    /** @throws gcc.jisr.adapters.RegistryFormatException naming the field that cannot be read */
    ServicePeriodStatement readStatement(byte[] body);

    byte[] writeNotice(PensionNotice notice);

    /** @throws gcc.jisr.adapters.RegistryFormatException naming the field that cannot be read */
    PensionNotice readNotice(byte[] body);

    /**
     * Writes the fund's answer to a report: its head, then each of {@code results} as the iterator yields it
     * ({@code answer.results()} is not read). Does not close {@code out}.
     */
    void writeContributionAnswer(NationalContributionAnswer answer, Iterator<RecordResult> results, OutputStream out) throws IOException;

    /**
     * Reads the fund's answer to a report, with every record result.
     *
     * @throws gcc.jisr.adapters.RegistryFormatException when any part of it cannot be read: an answer is trusted whole
     *                                                   or not at all
     */
    NationalContributionAnswer readContributionAnswer(InputStream in) throws IOException;

    /** The HTTP 200 answer to a statement or a notice. */
    byte[] writeAnswer(NationalPensionAnswer answer);

    NationalPensionAnswer readAnswer(byte[] body);

    /** The body of a refusal (400, 404, 405, 413, 415, 503) in this format. */
    byte[] writeRefusal(int httpStatus, String message);

    /** The message of a refusal, when the body is one; never throws, because it only serves to explain an error. */
    Optional<String> readRefusal(byte[] body);
}

package gcc.jisr.adapters.sim;

import gcc.jisr.contracts.GccState;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.Predicate;

/**
 * A stand-in for one state's pension fund, speaking that state's national pension format over HTTP with the JDK's own
 * server, for demos and tests. It takes contribution reports as a stream, checks each record and answers per record,
 * takes statements and notices, and keeps count of what it was handed, so that a test can prove a report arrived once.
 * Found with {@link java.util.ServiceLoader} like the adapters.
 */
public interface PensionFundSimulator extends AutoCloseable {

    GccState state();

    /** The fund's institution id, e.g. {@code KW:PIFSS}. */
    String institution();

    /** Starts serving on the address (port 0 picks a free one) and returns the fund's base URI. */
    URI start(InetSocketAddress address);

    /** Makes persons known to the fund as insured, by the civil ID their home state (this one) issued. */
    void enrol(String... civilIds);

    /**
     * Makes every person the rule accepts known as insured, besides those enrolled: for load tests, where enrolling
     * 100,000 persons one by one would measure the test rather than the fund.
     */
    void insure(Predicate<String> civilIds);

    /** Every contribution report handed over, repeats included. */
    int contributionReportsReceived();

    /** Every record of every report handed over, unreadable ones included. */
    long contributionRecordsReceived();

    /** How many times this report (host institution, report id) was handed over; repeats are answered as duplicates. */
    int reportDeliveries(String hostInstitution, String reportId);

    /** Every service-period statement handed over. */
    int statementsReceived();

    /** Every notice handed over. */
    int noticesReceived();

    /** While unavailable, every call is answered 503 in the national format, as a fund in maintenance would. */
    void available(boolean available);

    @Override
    void close();
}

package gcc.jisr.adapters.sim;

import gcc.jisr.contracts.GccState;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A stand-in for one state's national traffic system, speaking that state's national traffic format over HTTP with
 * the JDK's own server, for demos and tests. It keeps count of what it was handed, so that a test can prove a notice
 * arrived exactly once. Found with {@link java.util.ServiceLoader} like the adapters.
 */
public interface TrafficSystemSimulator extends AutoCloseable {

    GccState state();

    /** Starts serving on the address (port 0 picks a free one) and returns the traffic system's base URI. */
    URI start(InetSocketAddress address);

    /** How many times a notice about this violation was handed over (a repeat is answered as a duplicate, and counted). */
    int noticeDeliveries(GccState reportingState, String violationReference);

    /** Every notice handed over, repeats included. */
    int noticesReceived();

    /** Every status change handed over. */
    int statusUpdatesReceived();

    /** While unavailable, every call is answered 503 in the national format, as a system in maintenance would. */
    void available(boolean available);

    @Override
    void close();
}

package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

/** Where sealed parts are staged, durably, until the message they belong to is accepted whole (or discarded). */
public interface PartSink {

    /** Keeps one sealed part of message {@code of} for {@code to}; committed on its own, not yet due for sending. */
    void stage(GccState to, String of, int index, int records, String sealed);

    /** Forgets every staged part of a message that will not be sent (a report refused as a whole, a failed attempt). */
    void discard(GccState to, String of);
}

package gcc.jisr.routes.partner;

/**
 * The gateway's evidence of what crossed its border: every envelope sent and received, as signed, with the partners'
 * receipts. Implemented in the gateway by the durable, hash-chained message archive.
 */
public interface EnvelopeArchive {

    /** Archives the envelopes in the order given, all or none. */
    void keep(ArchivedEnvelope... envelopes);
}

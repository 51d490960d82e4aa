package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import jakarta.xml.ws.WebServiceContext;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signed the SOAP request being handled, once {@link SoapRequestVerifier} has verified the signature and the partner
 * certificate check has trusted the certificate: the state named in it, and the certificate itself.
 * <p>
 * A signed request speaks for the signer's state only, as a partner's envelope does on the REST side (the requester of
 * a verification that crossed the border must be an agency of the state whose gateway signed it). The rule is the same
 * for this gateway's own state: a request signed with a KW certificate may claim a KW agency and no other. A signer
 * reads the tracking of its own state's messages only. Unsigned
 * requests (national callers, while {@code jisr.soap.require-signed-requests} is off) are not bound by it.
 *
 * @param state       the state of the signing certificate's subject
 * @param certificate the signing certificate
 */
public record SoapSigner(GccState state, X509Certificate certificate) {

    /** Where the verifier leaves the signer on the CXF message, for the endpoint to read through its WebServiceContext. */
    static final String PROPERTY = SoapSigner.class.getName();

    public SoapSigner {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * The signer of the request the endpoint is answering now.
     *
     * @return empty for an unsigned request
     */
    public static Optional<SoapSigner> of(WebServiceContext context) {
        if (context == null) {
            // CXF injects the context when it publishes the endpoint; without it a signed request would go unchecked.
            throw new IllegalStateException("the SOAP endpoint was not given its WebServiceContext");
        }
        return Optional.ofNullable((SoapSigner) context.getMessageContext().get(PROPERTY));
    }

    /**
     * Whether the signer may read a message's tracking: only when the message comes from or goes to the signer's
     * state. A partner asking about traffic between this state and a third one is told nothing is tracked, the same
     * answer as for an id never seen, so that the question cannot tell the two apart.
     */
    public boolean mayRead(TrackingRecord record) {
        return concerns(record.getFrom()) || concerns(record.getTo());
    }

    private boolean concerns(Party party) {
        return party != null && state.code().equals(party.getState());
    }

    /**
     * Refuses a request that claims to come from another state than the signer's.
     *
     * @param claimedState the state code the request names as its requester or sender
     * @param field        where the request names it, for the refusal
     * @throws JisrException {@link JisrError#CERTIFICATE_STATE_MISMATCH}: the catalogue's word for a certificate of one
     *                       state on a message of another, as REST answers a partner envelope whose requester is not
     *                       an agency of the sending state
     */
    public void requireSpeaksFor(String claimedState, String field) {
        if (!state.code().equals(claimedState)) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "the request is signed with a certificate of "
                    + state + " but names " + claimedState + " at " + field + "; a signed request speaks for its signer's state only",
                    List.of(new FieldViolation(field, "not " + state + ", the state of the signing certificate")));
        }
    }
}

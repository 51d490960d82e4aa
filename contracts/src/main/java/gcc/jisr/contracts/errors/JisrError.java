package gcc.jisr.contracts.errors;

/**
 * The one error catalogue of Jisr. Each code is stable on the wire: REST answers carry it as the
 * {@code code} member of an RFC 9457 problem (its type URI ends with the code), SOAP faults carry it as
 * the fault code and in the {@code jisrFault} detail. Codes are never reused for another meaning.
 */
public enum JisrError {

    SCHEMA("JISR-400-SCHEMA", 400, "The message does not conform to its contract"),
    MALFORMED("JISR-400-MALFORMED", 400, "The body is not well-formed JSON or XML"),
    XML_FORBIDDEN_CONSTRUCT("JISR-400-XML-FORBIDDEN", 400, "The XML contains a DTD, entity or other forbidden construct"),
    SOAP_ACTION("JISR-400-SOAP-ACTION", 400, "The SOAPAction names no operation of this service"),
    SOAP_VERSION("JISR-400-SOAP-VERSION", 400, "The envelope is of another SOAP version than this endpoint's (SOAP 1.1)"),
    SOAP_ENVELOPE("JISR-400-SOAP-ENVELOPE", 400, "The body is not a SOAP envelope"),
    SOAP_OPERATION("JISR-404-SOAP-OPERATION", 404, "The service has no such operation"),
    INVALID_CIVIL_ID("JISR-400-CIVIL-ID", 400, "The civil ID breaks its issuing state's rules"),
    INVALID_PLATE("JISR-400-PLATE", 400, "The vehicle plate breaks its issuing state's rules"),
    INVALID_DATE("JISR-400-DATE", 400, "The date is not a real date in the stated calendar and format"),
    INVALID_AMOUNT("JISR-400-AMOUNT", 400, "The amount breaks its currency's rules"),
    UNKNOWN_PURPOSE("JISR-400-UNKNOWN-PURPOSE", 400, "The purpose code is not one of the GCC purpose codes"),
    UNKNOWN_OFFENCE("JISR-400-UNKNOWN-OFFENCE", 400, "The offence code is not one of the GCC offence codes"),
    ATTACHMENT_DIGEST("JISR-400-ATTACHMENT-DIGEST", 400, "An evidence attachment does not match the SHA-256 digest and size its notice gives"),
    ATTACHMENT_TOO_LARGE("JISR-413-ATTACHMENT-TOO-LARGE", 413, "An evidence attachment is larger than this gateway accepts"),
    DUPLICATE_RECORD("JISR-400-DUPLICATE-RECORD", 400, "Another record of the same report has this sequence number or this person"),
    BATCH_TOTALS("JISR-422-BATCH-TOTALS", 422, "The batch totals do not match its records"),
    PERIOD_TOTALS("JISR-422-PERIOD-TOTALS", 422, "A service-period statement's totals do not match its periods"),
    UNKNOWN_INSTITUTION("JISR-404-UNKNOWN-INSTITUTION", 404, "The institution is not a social-insurance institution of the GCC network"),
    NOT_A_DEAD_LETTER("JISR-409-NOT-DEAD-LETTER", 409, "Only a dead-lettered message can be replayed"),
    STATUS_TRANSITION("JISR-409-STATUS-TRANSITION", 409, "The violation's current status does not allow this change"),
    PURPOSE_NOT_GRANTED("JISR-403-PURPOSE-NOT-GRANTED", 403, "The requester may not ask for this purpose"),
    CERTIFICATE_MISSING("JISR-401-CERT-MISSING", 401, "The partner presented no client certificate"),
    CERTIFICATE_EXPIRED("JISR-401-CERT-EXPIRED", 401, "The certificate has expired"),
    CERTIFICATE_NOT_YET_VALID("JISR-401-CERT-NOT-YET-VALID", 401, "The certificate is not valid yet"),
    CERTIFICATE_WRONG_ISSUER("JISR-401-CERT-WRONG-ISSUER", 401, "The certificate was not issued by the GCC certificate authority"),
    CERTIFICATE_REVOKED("JISR-401-CERT-REVOKED", 401, "The certificate has been revoked"),
    REVOCATION_UNKNOWN("JISR-503-REVOCATION-UNKNOWN", 503, "A revocation list is missing or out of date here, so the certificate cannot be checked; send again after Retry-After"),
    CERTIFICATE_STATE_MISMATCH("JISR-403-CERT-STATE-MISMATCH", 403, "The certificate belongs to another state than the envelope's sender"),
    SIGNATURE_MISSING("JISR-401-SIGNATURE-MISSING", 401, "The envelope carries no signature"),
    SIGNATURE_INVALID("JISR-401-SIGNATURE-INVALID", 401, "The signature does not verify over the bytes received"),
    UNKNOWN_PARTNER("JISR-403-UNKNOWN-PARTNER", 403, "The sender is not a partner of this gateway"),
    SERVICE_NOT_GRANTED("JISR-403-SERVICE-NOT-GRANTED", 403, "The partner may not call this service"),
    ATTRIBUTE_NOT_GRANTED("JISR-403-ATTRIBUTE-NOT-GRANTED", 403, "The partner may not see the attributes it claims"),
    PLAIN_HTTP_REFUSED("JISR-403-PLAIN-HTTP", 403, "Partner calls are accepted over mutual TLS only"),
    WRONG_RECIPIENT("JISR-421-WRONG-RECIPIENT", 421, "The envelope is addressed to another state's gateway"),
    REPLAY("JISR-409-REPLAY", 409, "The message was seen before"),
    STALE_MESSAGE("JISR-409-STALE", 409, "The message is older than the accepted window or has expired"),
    RATE_LIMITED("JISR-429-RATE-LIMITED", 429, "The partner has sent more than its rate limit allows; send again after Retry-After"),
    PARTNER_UNREACHABLE("JISR-504-PARTNER-UNREACHABLE", 504, "The partner state's gateway did not answer in time"),
    PARTNER_PROTOCOL("JISR-502-PARTNER-PROTOCOL", 502, "The partner state's gateway gave an answer that cannot be trusted or read"),
    UNKNOWN_STATE("JISR-404-UNKNOWN-STATE", 404, "The state is not a member of the GCC network"),
    UNSUPPORTED_MEDIA_TYPE("JISR-415-MEDIA-TYPE", 415, "The content type is not accepted here"),
    BODY_TOO_LARGE("JISR-413-BODY-TOO-LARGE", 413, "The body is larger than this gateway accepts"),
    METHOD_NOT_ALLOWED("JISR-405-METHOD", 405, "The HTTP method is not allowed on this resource"),
    NOT_FOUND("JISR-404-NOT-FOUND", 404, "No such resource"),
    STATE_NOT_SERVED("JISR-501-STATE-NOT-SERVED", 501, "This gateway has no route to the issuing state's registry"),
    REGISTRY_UNAVAILABLE("JISR-503-REGISTRY-UNAVAILABLE", 503, "The issuing state's registry did not answer in time"),
    STARTING("JISR-503-STARTING", 503, "The gateway's routes are not running yet (it is starting) or any more (it is stopping); send again after Retry-After"),
    REGISTRY_PROTOCOL("JISR-502-REGISTRY-PROTOCOL", 502, "The issuing state's registry gave an answer that cannot be read"),
    AGENCY_NOT_AUTHENTICATED("JISR-401-AGENCY-UNAUTHENTICATED", 401, "The caller proved no agency identity: a client certificate of its state's agency CA or a bearer token of its state's identity provider is needed"),
    TOKEN_INVALID("JISR-401-TOKEN-INVALID", 401, "The bearer token is not valid: unknown issuer, wrong audience, expired, or a signature that does not verify"),
    REQUESTER_MISMATCH("JISR-403-REQUESTER-MISMATCH", 403, "The message names another requester than the agency that authenticated"),
    AGENCY_NOT_GRANTED("JISR-403-AGENCY-NOT-GRANTED", 403, "The agency may not call this service"),
    OPERATOR_NOT_AUTHENTICATED("JISR-401-AUTHENTICATION", 401, "The operator's name and password are missing or wrong"),
    ROLE_NOT_GRANTED("JISR-403-ROLE", 403, "The operator's roles do not allow this action"),
    OPERATOR_LOCKED("JISR-423-LOCKED", 423, "The operator's account is locked at this address for a while after repeated failed logins"),
    LOGIN_THROTTLED("JISR-429-LOGIN-THROTTLED", 429, "Too many failed logins came from this address; try again after Retry-After"),
    PARTNER_DISABLED("JISR-403-PARTNER-DISABLED", 403, "This gateway's operators have disabled the partner state"),
    CERTIFICATE_NOT_REGISTERED("JISR-401-CERT-NOT-REGISTERED", 401, "The certificate is not one of those registered for its state"),
    PARTNER_EXISTS("JISR-409-PARTNER-EXISTS", 409, "The state is already a partner of this gateway"),
    CERTIFICATE_UNREADABLE("JISR-400-CERT-PEM", 400, "The upload is not one or more PEM X.509 certificates"),
    CERTIFICATE_FOR_OTHER_STATE("JISR-422-CERT-OTHER-STATE", 422, "The certificate belongs to another state than the partner's"),
    CERTIFICATE_NOT_ACCEPTED("JISR-422-CERT-NOT-ACCEPTED", 422, "The certificate does not chain to the GCC root, is expired, not yet valid or revoked"),
    INTERNAL("JISR-500-INTERNAL", 500, "The gateway failed to process the message");

    private final String code;
    private final int httpStatus;
    private final String title;

    JisrError(String code, int httpStatus, String title) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    /** The RFC 9457 {@code type} of this error: a stable URN, so that no web page has to exist for it. */
    public String typeUri() {
        return "urn:gcc:jisr:error:" + code;
    }

    public boolean isClientError() {
        return httpStatus >= 400 && httpStatus < 500;
    }

    /**
     * A refusal that says "not now" rather than "never": the partner is over its rate, or its operators disabled this
     * state for a while. Store and forward sends the message again later instead of dead-lettering it.
     */
    public boolean isRefusalForNow() {
        return this == RATE_LIMITED || this == PARTNER_DISABLED;
    }
}

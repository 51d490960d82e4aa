package gcc.jisr.routes.agency;

/**
 * Whether an authenticated agency may make this call now: granted the service (and, for civil-ID verification, the
 * purpose), and within its rate limit, which holds for this state's own agencies too, so that no agency can walk a
 * registry without bound.
 */
public interface AgencyAdmission {

    /** Everyone, unlimited: for tests of the routes alone. */
    AgencyAdmission EVERYONE = (caller, service, purpose) -> {
    };

    /**
     * @param purpose the purpose code the request gives, or null for services that have none
     * @throws gcc.jisr.contracts.errors.JisrException AGENCY_NOT_GRANTED, PURPOSE_NOT_GRANTED
     * @throws gcc.jisr.routes.partner.RateLimitExceeded when the agency is over its rate for the service
     */
    void admit(AgencyCaller caller, String service, String purpose);
}

package gcc.jisr.routes.pension;

import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The social-insurance institutions of the GCC network, by state, as configured (jisr.pension.institutions): the
 * contract checks only the form of an id ({@code CC:CODE}); which institutions exist is configuration.
 */
public final class PensionInstitutions {

    private final Map<GccState, Set<String>> byState = new EnumMap<>(GccState.class);

    public PensionInstitutions(Map<GccState, ? extends Iterable<String>> institutions) {
        institutions.forEach((state, codes) -> {
            java.util.Set<String> set = new java.util.HashSet<>();
            codes.forEach(set::add);
            byState.put(state, Set.copyOf(set));
        });
    }

    /** The institution's own code, as envelopes name an agency: PIFSS for KW:PIFSS. */
    public static String code(String institutionId) {
        return institutionId.substring(institutionId.indexOf(':') + 1);
    }

    /**
     * Holds an institution a message names as its sender (a report's or statement's host institution, a notice's
     * sender) to the agency that authenticated: KW:PIFSS is the agency PIFSS of Kuwait.
     */
    public static void requireCaller(AgencyCaller caller, String institutionId, String role, String field) {
        int colon = institutionId == null ? -1 : institutionId.indexOf(':');
        RequesterIsCaller.require(caller, colon < 0 ? "" : institutionId.substring(0, colon),
                colon < 0 ? institutionId : institutionId.substring(colon + 1), role, field);
    }

    /**
     * The state of an institution this network knows.
     *
     * @param field where the id stands in the message, for the refusal
     * @throws JisrException UNKNOWN_STATE when its state is not a GCC state, UNKNOWN_INSTITUTION when the state has no
     *                       such institution
     */
    public GccState stateOf(String institutionId, String field) {
        int colon = institutionId == null ? -1 : institutionId.indexOf(':');
        String code = colon < 0 ? "" : institutionId.substring(0, colon);
        GccState state = GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE,
                "'" + code + "' is not a GCC state", List.of(new FieldViolation(field, "not a GCC state"))));
        if (!byState.getOrDefault(state, Set.of()).contains(institutionId.substring(colon + 1))) {
            throw new JisrException(JisrError.UNKNOWN_INSTITUTION, institutionId + " is not a social-insurance institution "
                    + "of the GCC network", List.of(new FieldViolation(field, "unknown institution " + institutionId)));
        }
        return state;
    }
}

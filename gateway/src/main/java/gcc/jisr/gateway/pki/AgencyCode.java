package gcc.jisr.gateway.pki;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of an agency within its state, as the contracts' {@code Party.agency} carries it (MOI-TRAFFIC, JAWAZAT):
 * upper-case letters, digits and dashes. It becomes a certificate's OU and a file name, so nothing else is allowed.
 */
public final class AgencyCode {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private AgencyCode() {
    }

    public static String require(String agency) {
        String code = agency == null ? "" : agency.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches() || code.equalsIgnoreCase(AgencyAuthority.AUTHORITY_UNIT) || code.equals("GATEWAY")) {
            throw new IllegalArgumentException("not an agency code: '" + agency
                    + "' (upper-case letters, digits and dashes, at most 40, not GATEWAY or AGENCY-CA)");
        }
        return code;
    }
}

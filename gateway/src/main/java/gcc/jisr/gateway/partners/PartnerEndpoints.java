package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;

import java.net.URI;
import java.util.List;

/** A partner gateway's address: https://host:port, with an optional base path and nothing else. */
public final class PartnerEndpoints {

    private PartnerEndpoints() {
    }

    static boolean acceptable(URI uri) {
        return uri != null && uri.isAbsolute() && "https".equals(uri.getScheme()) && uri.getHost() != null
                && uri.getPort() >= 1 && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
    }

    /** For the configuration: a gateway must not start with a wrong address. */
    static void require(String setting, URI uri) {
        if (!acceptable(uri)) {
            throw new IllegalArgumentException(setting + " must be https://host:port, not " + uri);
        }
    }

    /** For an operator's request: JISR-400-SCHEMA naming the field. */
    static void requireForOperator(URI uri) {
        if (!acceptable(uri)) {
            String reason = "an https://host:port address (port required; no user, query or fragment)";
            throw new JisrException(JisrError.SCHEMA, "/gatewayUrl: " + uri + " is not " + reason,
                    List.of(new FieldViolation("/gatewayUrl", reason)));
        }
    }

    /** Parses an operator's text, refused like a wrong address when it is no URI at all. */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !acceptable(uri)) {
            String reason = "an https://host:port address (port required; no user, query or fragment)";
            throw new JisrException(JisrError.SCHEMA, "/gatewayUrl: " + text + " is not " + reason,
                    List.of(new FieldViolation("/gatewayUrl", reason)));
        }
        return uri;
    }
}

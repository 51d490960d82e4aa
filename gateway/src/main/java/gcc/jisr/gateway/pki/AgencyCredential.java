package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** An agency system's client credential: its key, its certificate, the state's agency CA and the GCC root above it. */
public record AgencyCredential(GccState state, String agency, PrivateKey privateKey, X509Certificate certificate,
                               X509Certificate authority, X509Certificate root) {

    public AgencyCredential {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(root, "root");
    }

    /** The chain an agency system presents: its certificate, then its state's agency CA, then the root. */
    public List<X509Certificate> chain() {
        return List.of(certificate, authority, root);
    }
}

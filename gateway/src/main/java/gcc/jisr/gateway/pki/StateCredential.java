package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** One of a state's gateway credentials: its private key, its certificate and the root that issued it. */
public record StateCredential(GccState state, CertificateKind kind, PrivateKey privateKey, X509Certificate certificate,
                              X509Certificate root) {

    public StateCredential {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(root, "root");
    }

    /** The chain a gateway presents: its certificate first, then the root. */
    public List<X509Certificate> chain() {
        return List.of(certificate, root);
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }
}

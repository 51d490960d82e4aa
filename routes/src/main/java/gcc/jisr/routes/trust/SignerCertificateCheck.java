package gcc.jisr.routes.trust;

import gcc.jisr.contracts.errors.JisrException;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Decides whether the certificate chain a signer sent in {@code x5c} is one to trust: chained to the GCC root,
 * in its validity period, not revoked, and belonging to whoever the caller expects. The PKI that knows the root
 * and the revocation lists lives in the gateway; a signature check only asks it.
 */
@FunctionalInterface
public interface SignerCertificateCheck {

    /**
     * @param chain the certificates from {@code x5c}, leaf first, parsed; the signature has already been verified
     *              with the leaf's key, but nothing in the chain is trusted yet
     * @return the leaf, once trusted (a check that returns another certificate refuses the signature)
     * @throws JisrException with a certificate code of the catalogue when the chain is not trusted
     */
    X509Certificate accept(List<X509Certificate> chain);
}

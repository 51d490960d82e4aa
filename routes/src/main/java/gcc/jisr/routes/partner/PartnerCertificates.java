package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The GCC PKI as the routes see it: whether a certificate chain was issued by the GCC CA, is in its validity period
 * and not revoked, and which state it belongs to. Implemented in the gateway, which holds the trust store and CRL.
 */
public interface PartnerCertificates {

    /**
     * @return the state named in the leaf certificate, once the chain is trusted
     * @throws gcc.jisr.contracts.errors.JisrException with the certificate code of the catalogue otherwise
     */
    GccState trustedState(List<X509Certificate> chain);
}

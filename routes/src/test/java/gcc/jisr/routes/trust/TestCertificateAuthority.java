package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throw-away certificate authority for tests, made with Bouncy Castle: a self-signed P-256 root that issues
 * gateway certificates. The real GCC PKI (CRLs, policies, key stores) lives in the gateway module.
 */
final class TestCertificateAuthority {

    private static final Provider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIALS = new AtomicLong(1);

    private final KeyPair rootKeys;
    private final X509Certificate root;

    private TestCertificateAuthority(KeyPair rootKeys, X509Certificate root) {
        this.rootKeys = rootKeys;
        this.root = root;
    }

    static TestCertificateAuthority named(String commonName) {
        KeyPair keys = newKeyPair("secp256r1");
        X500Name name = new X500Name("CN=" + commonName + ",O=GCC Jisr Test");
        return new TestCertificateAuthority(keys, certify(name, name, keys, keys, true));
    }

    X509Certificate root() {
        return root;
    }

    /** A gateway's signing identity: a new P-256 key and the chain leaf, root. */
    SigningIdentity issueGateway(GccState state) {
        KeyPair keys = newKeyPair("secp256r1");
        return new SigningIdentity(keys.getPrivate(), List.of(gatewayCertificate(state, keys), root));
    }

    X509Certificate gatewayCertificate(GccState state, KeyPair keys) {
        X500Name subject = new X500Name("CN=jisr-gateway." + state.code().toLowerCase() + ",O=GCC Jisr Test,C=" + state.code());
        return certify(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), subject, keys, rootKeys, false);
    }

    /** Trusts a chain whose leaf this authority signed, as the gateway's PKI check would for the GCC root. */
    SignerCertificateCheck trustingOnlyThisRoot() {
        return chain -> {
            X509Certificate leaf = chain.get(0);
            try {
                leaf.verify(root.getPublicKey(), BC);
            } catch (GeneralSecurityException e) {
                throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER,
                        "The certificate " + leaf.getSubjectX500Principal() + " was not issued by " + root.getSubjectX500Principal());
            }
            return leaf;
        };
    }

    static KeyPair newKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certify(X500Name issuer, X500Name subject, KeyPair subjectKeys,
                                                              KeyPair issuerKeys, boolean authority) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.getAndIncrement()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))), subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKeys.getPrivate());
            // The JDK's own certificate factory, as a receiver parsing x5c uses it.
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

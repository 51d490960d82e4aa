package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

/** P-256 key pairs for sealing tests, and the sealing of a gateway holding one of them and sealing to another. */
final class TestPensionKeys {

    private TestPensionKeys() {
    }

    static PensionSealing sealing(KeyPair own, KeyPair recipient) {
        return new PensionSealing(new PensionKeys() {
            @Override
            public Recipient recipient(GccState state) {
                return new Recipient(state.name().toLowerCase() + "-encryption-1", (ECPublicKey) recipient.getPublic());
            }

            @Override
            public ECPrivateKey ownKey() {
                return (ECPrivateKey) own.getPrivate();
            }
        });
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package gcc.jisr.routes.trust;

import java.util.Arrays;
import java.util.Objects;

/**
 * A receipt as it travels and is archived: the exact JSON bytes and their detached JWS (sent in the
 * {@value JwsProfile#HTTP_HEADER} header). Re-serializing the JSON would lose the signature, so the bytes are kept.
 */
public record SignedReceipt(byte[] json, String signature) {

    public SignedReceipt {
        if (json == null) {
            throw new IllegalArgumentException("A receipt has a body");
        }
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedReceipt that && Arrays.equals(json, that.json)
                && Objects.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(json) + Objects.hashCode(signature);
    }

    @Override
    public String toString() {
        return "SignedReceipt[" + json.length + " bytes]";
    }
}

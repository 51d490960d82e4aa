package gcc.jisr.adapters.bh;

import gcc.jisr.contracts.civilid.v1.CardStatus;

import java.util.Arrays;
import java.util.Optional;

/** The card status column of a CIO record: one letter per status (letters are this adapter's documented assumption). */
public enum CioCardStatus {
    IN_FORCE('A', CardStatus.VALID),
    EXPIRED('E', CardStatus.EXPIRED),
    CANCELLED('C', CardStatus.REVOKED),
    SUSPENDED('S', CardStatus.SUSPENDED);

    private final char code;
    private final CardStatus canonical;

    CioCardStatus(char code, CardStatus canonical) {
        this.code = code;
        this.canonical = canonical;
    }

    public char code() {
        return code;
    }

    /** The status before the expiry date is applied ({@link gcc.jisr.adapters.RegistryAnswer#effectiveStatus}). */
    public CardStatus canonical() {
        return canonical;
    }

    public static Optional<CioCardStatus> ofCode(char code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}

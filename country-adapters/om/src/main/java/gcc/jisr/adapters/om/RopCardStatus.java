package gcc.jisr.adapters.om;

import gcc.jisr.contracts.civilid.v1.CardStatus;

/** The {@code cardStatus} attribute of a ROP reply (values are this adapter's documented assumption). */
public enum RopCardStatus {
    VALID(CardStatus.VALID),
    EXPIRED(CardStatus.EXPIRED),
    CANCELLED(CardStatus.REVOKED),
    SUSPENDED(CardStatus.SUSPENDED);

    private final CardStatus canonical;

    RopCardStatus(CardStatus canonical) {
        this.canonical = canonical;
    }

    /** The status before the expiry date is applied ({@link gcc.jisr.adapters.RegistryAnswer#effectiveStatus}). */
    public CardStatus canonical() {
        return canonical;
    }
}

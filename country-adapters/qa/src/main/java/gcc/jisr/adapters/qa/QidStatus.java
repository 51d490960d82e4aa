package gcc.jisr.adapters.qa;

import gcc.jisr.contracts.civilid.v1.CardStatus;

/**
 * The statuses of a QID card in the Ministry of Interior's registry. A card on hold (for instance while a residence
 * permit is being transferred to a new sponsor) can return to force, so it is suspended rather than revoked.
 */
public enum QidStatus {
    ACTIVE(CardStatus.VALID),
    EXPIRED(CardStatus.EXPIRED),
    CANCELLED(CardStatus.REVOKED),
    ON_HOLD(CardStatus.SUSPENDED);

    private final CardStatus canonical;

    QidStatus(CardStatus canonical) {
        this.canonical = canonical;
    }

    public CardStatus canonical() {
        return canonical;
    }
}

package gcc.jisr.adapters.ae;

import gcc.jisr.contracts.civilid.v1.CardStatus;

/**
 * The card statuses of ICP's identity inquiry. A card reported lost is cancelled by ICP and replaced, so for a
 * verifier it is as good as revoked; a card blocked (for instance pending an investigation or an unpaid fine
 * settlement) may come back into force, so it is suspended.
 */
public enum IcpCardStatus {
    ACTIVE(CardStatus.VALID),
    EXPIRED(CardStatus.EXPIRED),
    CANCELLED(CardStatus.REVOKED),
    LOST(CardStatus.REVOKED),
    BLOCKED(CardStatus.SUSPENDED);

    private final CardStatus canonical;

    IcpCardStatus(CardStatus canonical) {
        this.canonical = canonical;
    }

    public CardStatus canonical() {
        return canonical;
    }
}

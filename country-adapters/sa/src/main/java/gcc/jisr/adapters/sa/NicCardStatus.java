package gcc.jisr.adapters.sa;

import gcc.jisr.contracts.civilid.v1.CardStatus;

/** The identity card's status as the Saudi registry codes it, with the Arabic label it sends beside the code. */
public enum NicCardStatus {

    ACTIVE(1, "ساري", CardStatus.VALID),
    EXPIRED(2, "منتهي", CardStatus.EXPIRED),
    CANCELLED(3, "ملغى", CardStatus.REVOKED),
    SUSPENDED(4, "موقوف", CardStatus.SUSPENDED);

    private final int code;
    private final String labelArabic;
    private final CardStatus canonical;

    NicCardStatus(int code, String labelArabic, CardStatus canonical) {
        this.code = code;
        this.labelArabic = labelArabic;
        this.canonical = canonical;
    }

    public int code() {
        return code;
    }

    public String labelArabic() {
        return labelArabic;
    }

    /** The canonical status the registry's status stands for, before the expiry date is considered. */
    public CardStatus canonical() {
        return canonical;
    }
}

package gcc.jisr.contracts;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The six states of the GCC network, by ISO 3166-1 alpha-2 code, with the currency their agencies use. */
public enum GccState {
    KW("Kuwait", "الكويت", "KWD", "Asia/Kuwait"),
    SA("Saudi Arabia", "المملكة العربية السعودية", "SAR", "Asia/Riyadh"),
    AE("United Arab Emirates", "الإمارات العربية المتحدة", "AED", "Asia/Dubai"),
    QA("Qatar", "قطر", "QAR", "Asia/Qatar"),
    BH("Bahrain", "البحرين", "BHD", "Asia/Bahrain"),
    OM("Oman", "عُمان", "OMR", "Asia/Muscat");

    private final String englishName;
    private final String arabicName;
    private final String currency;
    private final ZoneId zone;

    GccState(String englishName, String arabicName, String currency, String zone) {
        this.englishName = englishName;
        this.arabicName = arabicName;
        this.currency = currency;
        this.zone = ZoneId.of(zone);
    }

    /** The state's time zone: a card expires at the end of its expiry day there, not in UTC. */
    public ZoneId zone() {
        return zone;
    }

    public String code() {
        return name();
    }

    public String englishName() {
        return englishName;
    }

    public String arabicName() {
        return arabicName;
    }

    /** ISO 4217 code of the state's currency. */
    public String currency() {
        return currency;
    }

    public static Optional<GccState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}

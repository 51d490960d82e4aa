package gcc.jisr.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The six states of the GCC network, by ISO 3166-1 alpha-2 code, with the currency their agencies use. */
public enum GccState {
    KW("Kuwait", "الكويت", "KWD"),
    SA("Saudi Arabia", "المملكة العربية السعودية", "SAR"),
    AE("United Arab Emirates", "الإمارات العربية المتحدة", "AED"),
    QA("Qatar", "قطر", "QAR"),
    BH("Bahrain", "البحرين", "BHD"),
    OM("Oman", "عُمان", "OMR");

    private final String englishName;
    private final String arabicName;
    private final String currency;

    GccState(String englishName, String arabicName, String currency) {
        this.englishName = englishName;
        this.arabicName = arabicName;
        this.currency = currency;
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

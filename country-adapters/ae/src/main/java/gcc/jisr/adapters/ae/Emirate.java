package gcc.jisr.adapters.ae;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven emirates, each of which registers vehicles and prints its own name on its plates. The short codes are
 * those the emirates' police and RTA write on traffic records (AD, DXB, SHJ, AJM, UAQ, RAK, FUJ); AUH, the airport
 * code, is also widely used for Abu Dhabi and accepted as an alias.
 */
public enum Emirate {
    AD("Abu Dhabi", "أبوظبي", "AUH"),
    DXB("Dubai", "دبي"),
    SHJ("Sharjah", "الشارقة"),
    AJM("Ajman", "عجمان"),
    UAQ("Umm Al Quwain", "أم القيوين"),
    RAK("Ras Al Khaimah", "رأس الخيمة"),
    FUJ("Fujairah", "الفجيرة");

    private final String englishName;
    private final String arabicName;
    private final List<String> aliases;

    Emirate(String englishName, String arabicName, String... aliases) {
        this.englishName = englishName;
        this.arabicName = arabicName;
        this.aliases = List.of(aliases);
    }

    public String englishName() {
        return englishName;
    }

    public String arabicName() {
        return arabicName;
    }

    /** The emirate named by its code, English or Arabic name, however spaced, cased or spelled with hamza. */
    public static Optional<Emirate> named(String text) {
        String wanted = folded(text);
        for (Emirate emirate : values()) {
            if (wanted.equals(emirate.name()) || wanted.equals(folded(emirate.englishName))
                    || wanted.equals(folded(emirate.arabicName)) || emirate.aliases.contains(wanted)) {
                return Optional.of(emirate);
            }
        }
        return Optional.empty();
    }

    // Clerks write "Abu Dhabi", "ABU-DHABI", "أبو ظبي" and "ابوظبي" for the same emirate.
    private static String folded(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '_', '.', '\u00A0' -> { }
                case 'أ', 'إ', 'آ' -> out.append('ا');
                case 'ة' -> out.append('ه');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

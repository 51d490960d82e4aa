package gcc.jisr.adapters.qa;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of plate Qatar's General Directorate of Traffic issues, told apart on the road by the plate's colour
 * and in writing by the category's name. A plate written as a bare number is a private plate: that is how
 * Qatari agencies and owners write the great majority of plates.
 */
public enum QatarPlateCategory {
    PRIVATE("خصوصي"),
    TAXI("أجرة"),
    LIMOUSINE("ليموزين"),
    TRANSPORT("نقل"),
    MOTORCYCLE("دراجة نارية"),
    HEAVY_EQUIPMENT("معدات ثقيلة"),
    DIPLOMATIC("هيئة دبلوماسية"),
    EXPORT("تصدير");

    private final String arabicName;

    QatarPlateCategory(String arabicName) {
        this.arabicName = arabicName;
    }

    public String arabicName() {
        return arabicName;
    }

    /** The category named in English (any case, spaces or dashes for underscores) or in Arabic. */
    public static Optional<QatarPlateCategory> named(String text) {
        String wanted = folded(text);
        for (QatarPlateCategory category : values()) {
            if (wanted.equals(category.name()) || wanted.equals(folded(category.arabicName))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private static String folded(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '_', '\u00A0' -> out.append('_');
                case 'أ', 'إ', 'آ' -> out.append('ا');
                case 'ة' -> out.append('ه');
                default -> out.append(c);
            }
        }
        return out.toString().replaceAll("_+", "_");
    }
}

package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.RegistryFormatException;

import java.util.Arrays;

/**
 * One fixed-width text record, with columns counted in characters (Unicode code points), never in bytes: an Arabic
 * letter is one column but two bytes of UTF-8, so a reader counting bytes would cut Arabic names in half and shift
 * every column after them. Values are left-aligned and padded with spaces (U+0020) on the right in logical order,
 * which a right-to-left display shows to the left of an Arabic name.
 */
final class FixedWidthRecord {

    /** A column range: {@code column} is 1-based, as record layouts are printed. */
    record Field(String name, int column, int width) {

        int end() {
            return column - 1 + width;
        }
    }

    private final int[] codePoints;

    private FixedWidthRecord(int[] codePoints) {
        this.codePoints = codePoints;
    }

    static FixedWidthRecord blank(int width) {
        int[] spaces = new int[width];
        Arrays.fill(spaces, ' ');
        return new FixedWidthRecord(spaces);
    }

    /**
     * Reads one record line (without its line end).
     *
     * @throws RegistryFormatException when the line is not exactly {@code width} characters or holds control characters
     */
    static FixedWidthRecord parse(String line, int width, String what) {
        int[] cps = line.codePoints().toArray();
        if (cps.length != width) {
            throw new RegistryFormatException(what + " must be " + width + " characters wide (characters, not bytes), is " + cps.length);
        }
        for (int cp : cps) {
            if (Character.isISOControl(cp)) {
                throw new RegistryFormatException(what + " holds a control character (U+%04X)".formatted(cp));
            }
        }
        return new FixedWidthRecord(cps);
    }

    /** The field's text without its padding. */
    String get(Field field) {
        return new String(codePoints, field.column() - 1, field.width()).strip();
    }

    /**
     * Writes a value left-aligned into the field.
     *
     * @throws IllegalArgumentException when the value does not fit or holds a control character: a writer must never
     *                                  truncate a name or break the record into two lines
     */
    FixedWidthRecord put(Field field, String value) {
        int[] cps = value.codePoints().toArray();
        if (cps.length > field.width()) {
            throw new IllegalArgumentException(field.name() + " holds " + field.width() + " characters, the value has " + cps.length);
        }
        for (int cp : cps) {
            if (Character.isISOControl(cp)) {
                throw new IllegalArgumentException(field.name() + " cannot hold a control character");
            }
        }
        System.arraycopy(cps, 0, codePoints, field.column() - 1, cps.length);
        return this;
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }
}

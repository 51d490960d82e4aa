package gcc.jisr.adapters.pension.segments;

import java.util.Objects;

/**
 * One field of a segment: its logical name, its width in a fixed-width file (in characters) and whether it is a number,
 * which a fixed-width file right-aligns with leading zeros while it pads text with trailing spaces.
 */
public record FieldSpec(String name, int width, boolean numeric) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        if (width < 1) {
            throw new IllegalArgumentException("a field is at least one character wide");
        }
    }

    public static FieldSpec text(String name, int width) {
        return new FieldSpec(name, width, false);
    }

    public static FieldSpec number(String name, int width) {
        return new FieldSpec(name, width, true);
    }
}

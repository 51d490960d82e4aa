package gcc.jisr.adapters.pension.segments;

import gcc.jisr.adapters.RegistryFormatException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixed-width lines: the line code padded to {@code codeWidth}, then every field of the segment's layout at its
 * width ({@link FieldSpec#width()}, in characters). Numbers are right-aligned with leading zeros, text is left-aligned
 * with trailing spaces, and a field of spaces only is absent. A line may lack its trailing spaces (editors and
 * mainframe transfers strip them); a longer line is refused. A value that does not fit its width is refused when
 * written: cutting a name or a reference would send another one.
 */
public final class FixedWidthSyntax extends LineSyntax {

    private final int codeWidth;

    public FixedWidthSyntax(int codeWidth, Map<String, String> codes, String lineEnd) {
        super(codes, lineEnd);
        codes.values().forEach(code -> {
            if (code.length() > codeWidth) {
                throw new IllegalArgumentException("line code " + code + " is wider than " + codeWidth);
            }
        });
        this.codeWidth = codeWidth;
    }

    /** The length of a full line of this layout. */
    public int lineLength(SegmentLayout layout) {
        return codeWidth + layout.fields().stream().mapToInt(FieldSpec::width).sum();
    }

    @Override
    protected String format(SegmentLayout layout, NationalSegment segment) {
        StringBuilder line = new StringBuilder(lineLength(layout));
        pad(line, code(layout.type()), codeWidth, false);
        for (FieldSpec field : layout.fields()) {
            String value = segment.field(field.name());
            if (value == null) {
                line.append(" ".repeat(field.width()));
                continue;
            }
            value = flat(value);
            if (value.length() > field.width()) {
                throw new RegistryFormatException("the " + field.name() + " of a " + layout.type() + " has " + value.length()
                        + " characters; the fixed-width layout gives it " + field.width());
            }
            pad(line, value, field.width(), field.numeric());
        }
        return line.toString();
    }

    private static void pad(StringBuilder line, String value, int width, boolean numeric) {
        if (numeric) {
            line.append("0".repeat(width - value.length())).append(value);
        } else {
            line.append(value).append(" ".repeat(width - value.length()));
        }
    }

    @Override
    protected NationalSegment parse(FileLayout file, String line, int lineNumber) {
        String code = line.substring(0, Math.min(codeWidth, line.length())).strip();
        String type = type(code);
        if (type == null) {
            return NationalSegment.unreadable(null, lineNumber, "line code '" + code + "' is not one of this file's");
        }
        SegmentLayout layout = file.segment(type).orElse(null);
        if (layout == null) {
            return NationalSegment.unreadable(type, lineNumber, "a " + type + " line does not belong in this file");
        }
        int length = lineLength(layout);
        String problem = line.length() > length
                ? "a " + code + " line is " + length + " characters long, this one " + line.length() : null;
        String full = line.length() < length ? line + " ".repeat(length - line.length()) : line;
        Map<String, String> fields = new LinkedHashMap<>();
        int at = codeWidth;
        for (FieldSpec field : layout.fields()) {
            String value = full.substring(at, at + field.width()).strip();
            at += field.width();
            if (!value.isEmpty()) {
                fields.put(field.name(), value);
            }
        }
        // A line too long keeps the fields read at their places, so that its problem can name its sequence number.
        return new NationalSegment(type, fields, lineNumber, problem);
    }
}

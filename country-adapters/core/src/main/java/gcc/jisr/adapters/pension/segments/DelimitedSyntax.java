package gcc.jisr.adapters.pension.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delimited lines: the line code, then every field of the segment's layout in order, separated by one character
 * (comma for a CSV file, a pipe, a semicolon). A field is quoted as RFC 4180 says (in double quotes, a quote doubled)
 * when it holds the separator, a quote or surrounding spaces, and only then; an empty field is an absent one.
 */
public final class DelimitedSyntax extends LineSyntax {

    private final char separator;

    public DelimitedSyntax(char separator, Map<String, String> codes, String lineEnd) {
        super(codes, lineEnd);
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("the separator cannot be a quote or a line break");
        }
        this.separator = separator;
    }

    @Override
    protected String format(SegmentLayout layout, NationalSegment segment) {
        StringBuilder line = new StringBuilder(256).append(quoted(code(layout.type())));
        for (FieldSpec field : layout.fields()) {
            String value = segment.field(field.name());
            line.append(separator);
            if (value != null) {
                line.append(quoted(flat(value)));
            }
        }
        return line.toString();
    }

    private String quoted(String value) {
        boolean quote = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    protected NationalSegment parse(FileLayout file, String line, int lineNumber) {
        List<String> values;
        try {
            values = split(line);
        } catch (IllegalArgumentException e) {
            return NationalSegment.unreadable(null, lineNumber, e.getMessage());
        }
        String type = type(values.get(0));
        if (type == null) {
            return NationalSegment.unreadable(null, lineNumber, "line code '" + values.get(0) + "' is not one of this file's");
        }
        SegmentLayout layout = file.segment(type).orElse(null);
        if (layout == null) {
            return NationalSegment.unreadable(type, lineNumber, "a " + type + " line does not belong in this file");
        }
        String problem = values.size() == layout.fields().size() + 1 ? null
                : "a " + code(type) + " line has " + (layout.fields().size() + 1) + " fields, this one " + values.size();
        // A line with fields missing or extra keeps those before the break, so that its problem can name its sequence.
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < layout.fields().size() && i + 1 < values.size(); i++) {
            String value = values.get(i + 1);
            if (!value.isEmpty()) {
                fields.put(layout.fields().get(i).name(), value);
            }
        }
        return new NationalSegment(type, fields, lineNumber, problem);
    }

    private List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (true) {
            value.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != separator) {
                    throw new IllegalArgumentException("text follows a closing quote at character " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != separator) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new IllegalArgumentException("a quote inside an unquoted field at character " + i);
                    }
                    value.append(c);
                }
            }
            values.add(value.toString());
            if (i >= line.length()) {
                return values;
            }
            i++; // the separator
        }
    }
}

package gcc.jisr.adapters.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: records end with CRLF, a field holding a comma, a double quote or
 * a line break is enclosed in double quotes, and a double quote inside it is doubled. The reader also accepts bare
 * LF line ends, which RFC 4180 tolerates in practice and which tools on Unix write.
 */
public final class Rfc4180 {

    private static final String CRLF = "\r\n";

    private Rfc4180() {
    }

    /** One record, CRLF-terminated, each field quoted only when it must be. */
    public static String record(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        return out.append(CRLF).toString();
    }

    /**
     * The records of a CSV text. A final line end is optional; an empty text has no records.
     *
     * @throws IllegalArgumentException for a quote left open or text after a closing quote, naming the record
     */
    public static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int close = i + 1;
                while (true) {
                    int quote = text.indexOf('"', close);
                    if (quote < 0) {
                        throw new IllegalArgumentException("record " + (records.size() + 1) + " has a quote left open");
                    }
                    field.append(text, close, quote);
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        field.append('"');
                        close = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                fieldStarted = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new IllegalArgumentException("record " + (records.size() + 1) + " has text after a closing quote");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                records.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '"') {
                throw new IllegalArgumentException("record " + (records.size() + 1) + " has a quote inside an unquoted field");
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }
}

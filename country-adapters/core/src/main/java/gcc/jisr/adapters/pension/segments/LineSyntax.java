package gcc.jisr.adapters.pension.segments;

import gcc.jisr.adapters.RegistryFormatException;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line-based national files: one segment a line, in UTF-8, its type told by a code at the start of the line.
 * Lines end in LF or CRLF when read; blank lines are skipped. A line longer than {@link #MAX_LINE} characters ends the
 * file with an error rather than being read into memory. Line breaks and tabs inside a value are written as spaces: no
 * line-based national file can carry them, and the only canonical values that may hold them are free-text reasons.
 */
public abstract class LineSyntax implements SegmentSyntax {

    /** The longest line read: a record with its widest fields is about 1,500 characters, a rejection reason 2,000. */
    public static final int MAX_LINE = 16 * 1024;

    private final Map<String, String> codes;
    private final Map<String, String> types;
    private final String lineEnd;

    /**
     * @param codes   the national code of each logical segment type, e.g. {@code record -> REC}
     * @param lineEnd {@code "\n"} or {@code "\r\n"}
     */
    protected LineSyntax(Map<String, String> codes, String lineEnd) {
        this.codes = Map.copyOf(codes);
        Map<String, String> reverse = new HashMap<>();
        codes.forEach((type, code) -> {
            if (reverse.put(code, type) != null) {
                throw new IllegalArgumentException("line code " + code + " is given to two segment types");
            }
        });
        this.types = Map.copyOf(reverse);
        this.lineEnd = Objects.requireNonNull(lineEnd, "lineEnd");
    }

    /** The code that starts a line of this segment type. */
    public String code(String type) {
        String code = codes.get(type);
        if (code == null) {
            throw new IllegalArgumentException("no line code for segment type " + type);
        }
        return code;
    }

    /** The segment type of a line code, or {@code null}. */
    protected String type(String code) {
        return types.get(code);
    }

    /** The line of one segment, without its line end. */
    protected abstract String format(SegmentLayout layout, NationalSegment segment);

    /** The segment of one non-blank line. */
    protected abstract NationalSegment parse(FileLayout file, String line, int lineNumber);

    /** Line breaks and tabs written as spaces (see the class comment). */
    protected static String flat(String value) {
        return value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    @Override
    public SegmentWriter writer(FileLayout file, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new SegmentWriter() {
            @Override
            public void write(NationalSegment segment) throws IOException {
                SegmentLayout layout = file.segment(segment.type())
                        .orElseThrow(() -> new IllegalArgumentException(file.root() + " has no segment " + segment.type()));
                writer.write(format(layout, segment));
                writer.write(lineEnd);
            }

            @Override
            public void finish() throws IOException {
                writer.flush();
            }
        };
    }

    @Override
    public SegmentReader reader(FileLayout file, InputStream in) {
        // Malformed UTF-8 is an error, not a replacement character that would change a name without anyone noticing.
        Reader reader = new InputStreamReader(new WithoutReadAhead(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new SegmentReader() {
            private final char[] buffer = new char[1 << 16];
            private int position;
            private int limit;
            private int lineNumber;
            private final StringBuilder line = new StringBuilder();

            @Override
            public NationalSegment next() throws IOException {
                while (true) {
                    String text = readLine();
                    if (text == null) {
                        return null;
                    }
                    if (!text.isBlank()) {
                        return parse(file, text, lineNumber);
                    }
                }
            }

            private String readLine() throws IOException {
                line.setLength(0);
                boolean any = false;
                while (true) {
                    if (position == limit) {
                        limit = readChars();
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            if (!any) {
                                return null;
                            }
                            lineNumber++;
                            return stripCr();
                        }
                    }
                    char c = buffer[position++];
                    any = true;
                    if (c == '\n') {
                        lineNumber++;
                        return stripCr();
                    }
                    if (line.length() == MAX_LINE) {
                        throw new RegistryFormatException("line " + (lineNumber + 1) + " is longer than " + MAX_LINE + " characters");
                    }
                    line.append(c);
                }
            }

            private int readChars() throws IOException {
                try {
                    return reader.read(buffer);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new RegistryFormatException("line " + (lineNumber + 1) + " is not UTF-8", e);
                }
            }

            private String stripCr() {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    end--;
                }
                return line.substring(0, end);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /** The logical field names of a layout, in order. */
    protected static List<String> names(SegmentLayout layout) {
        return layout.fields().stream().map(FieldSpec::name).toList();
    }

    /**
     * Reports nothing available, so that the decoder reads only as much as it asks for. An InputStreamReader asks
     * {@code available()} between reads; on a chunked HTTP answer (HttpURLConnection) that call reads everything the
     * socket holds into the stream's own buffers, which can grow to the whole answer while the fund answers faster
     * than the lines are parsed: a 100,000-record answer ran a 64 MiB heap out of memory that way (CI, 2026-12-06).
     */
    private static final class WithoutReadAhead extends FilterInputStream {

        WithoutReadAhead(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }
}

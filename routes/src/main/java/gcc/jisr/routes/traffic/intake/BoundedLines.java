package gcc.jisr.routes.traffic.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream of newline-delimited records, one at a time and each at most {@code maxLineBytes} long, so
 * that a file of any length is read in constant memory and one endless line cannot exhaust it. A longer line is
 * skipped to its end and reported as too long. LF and CRLF both end a line; a UTF-8 byte order mark is dropped.
 */
public final class BoundedLines {

    /** One line: its number from 1, and its bytes without the line end, or null when it was too long. */
    public record Line(int number, byte[] bytes) {
        public boolean tooLong() {
            return bytes == null;
        }

        public boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private int number;
    private boolean ended;

    public BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                if (line.size() == maxLineBytes) {
                    tooLong = true;
                    line = null;
                } else {
                    line.write(b);
                }
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int start = number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new Line(number, Arrays.copyOfRange(bytes, start, length));
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}

package gcc.jisr.adapters.pension.segments;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How a state's national files are written around their segments: delimited lines, fixed-width lines, XML elements,
 * JSON objects. A syntax streams both ways: a writer writes each segment as it is handed one, and a reader reads one
 * segment at a time, so a file of 100,000 records never sits in memory.
 */
public interface SegmentSyntax {

    SegmentWriter writer(FileLayout file, OutputStream out) throws IOException;

    SegmentReader reader(FileLayout file, InputStream in) throws IOException;

    /** Writes segments in the order of the file's layout; {@link #finish()} ends the file and flushes it. */
    interface SegmentWriter {

        void write(NationalSegment segment) throws IOException;

        /** Ends the file (closing elements, arrays) and flushes, without closing the stream: the caller owns it. */
        void finish() throws IOException;
    }

    /** Reads segments one at a time. */
    interface SegmentReader extends Closeable {

        /**
         * The next segment, or {@code null} at the end of the file. A segment the syntax cannot take apart comes back
         * {@link NationalSegment#unreadable unreadable} when the syntax can go on after it (a line-based file can).
         *
         * @throws gcc.jisr.adapters.RegistryFormatException when the file cannot be read any further (XML or JSON that
         *                                                   is not well formed)
         */
        NationalSegment next() throws IOException;
    }
}

package gcc.jisr.routes.pension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.intake.BoundedLines;

import java.io.IOException;
import java.io.InputStream;

/**
 * The NDJSON form: the header line, then one record per line; blank lines are skipped, and a record's index is its
 * line number minus 2 (the contract's rule). Each line is at most {@code maxLineBytes}: a longer one is refused on its
 * own, skipped to its end without being held.
 */
final class NdjsonReportStream implements ReportStream {

    private final BoundedLines lines;
    private final int maxLineBytes;

    NdjsonReportStream(InputStream in, int maxLineBytes) {
        this.lines = new BoundedLines(in, maxLineBytes);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public JsonNode header() throws IOException {
        BoundedLines.Line line = nextNonBlank();
        if (line == null) {
            throw new JisrException(JisrError.MALFORMED, "the body is empty: a report starts with its header line");
        }
        if (line.tooLong()) {
            throw new JisrException(JisrError.BODY_TOO_LARGE, "the header line is longer than " + maxLineBytes + " bytes");
        }
        try {
            return TrafficJson.mapper().readTree(line.bytes());
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.MALFORMED, "the header line is not well-formed JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public Item next() throws IOException {
        BoundedLines.Line line = nextNonBlank();
        if (line == null) {
            return null;
        }
        int index = line.number() - 2;
        if (line.tooLong()) {
            return new Item(index, null, null, new JisrException(JisrError.BODY_TOO_LARGE, "the line is longer than "
                    + maxLineBytes + " bytes, the most this gateway accepts for one record"));
        }
        try {
            JsonNode tree = TrafficJson.mapper().readTree(line.bytes());
            if (tree == null || !tree.isObject()) {
                return new Item(index, null, null, new JisrException(JisrError.SCHEMA, "a record line is a JSON object"));
            }
            return new Item(index, tree, line.bytes(), null);
        } catch (JsonProcessingException e) {
            return new Item(index, null, null, new JisrException(JisrError.MALFORMED, "the line is not well-formed JSON: "
                    + e.getOriginalMessage()));
        }
    }

    private BoundedLines.Line nextNonBlank() throws IOException {
        BoundedLines.Line line;
        do {
            line = lines.next();
        } while (line != null && line.blank());
        return line;
    }
}

package gcc.jisr.routes.pension;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.io.InputStream;

/**
 * The JSON form, one document, read with Jackson's streaming parser: the members before {@code record} are the
 * header (the contract puts the totals before the records), then each element of {@code record} is read on its own.
 * Nothing may follow the records. Unlike a line, a broken element cannot be skipped: the document ends there.
 */
final class JsonReportStream implements ReportStream {

    private final JsonParser parser;
    private int index;
    private boolean inRecords;
    private boolean ended;

    JsonReportStream(InputStream in) throws IOException {
        this.parser = TrafficJson.mapper().getFactory().createParser(in);
    }

    @Override
    public JsonNode header() throws IOException {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JisrException(JisrError.MALFORMED, "a contribution report is a JSON object");
            }
            ObjectNode header = TrafficJson.mapper().createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("record".equals(name)) {
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw new JisrException(JisrError.SCHEMA, "'record' is an array");
                    }
                    inRecords = true;
                    return header;
                }
                header.set(name, parser.readValueAsTree());
            }
            ended = true;
            return header;
        } catch (JsonParseException e) {
            throw new JisrException(JisrError.MALFORMED, "the body is not well-formed JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public Item next() throws IOException {
        if (!inRecords || ended) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                if (parser.nextToken() != JsonToken.END_OBJECT) {
                    throw new JisrException(JisrError.SCHEMA, "nothing may follow the records of a report");
                }
                return null;
            }
            JsonNode tree = parser.readValueAsTree();
            int at = index++;
            if (tree == null || !tree.isObject()) {
                return new Item(at, null, null, new JisrException(JisrError.SCHEMA, "a record is a JSON object"));
            }
            return new Item(at, tree, TrafficJson.mapper().writeValueAsBytes(tree), null);
        } catch (JsonParseException e) {
            throw new JisrException(JisrError.MALFORMED, "the body is not well-formed JSON: " + e.getOriginalMessage());
        }
    }
}

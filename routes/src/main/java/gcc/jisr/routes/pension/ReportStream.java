package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.errors.JisrException;

import java.io.IOException;

/** A contribution report as it is read: its header first, then one record at a time. */
interface ReportStream {

    /** One record: its index from 0, and either its JSON (tree and bytes) or why it could not be read. */
    record Item(int index, JsonNode tree, byte[] bytes, JisrException unreadable) {
    }

    /** The header, before any record. */
    JsonNode header() throws IOException;

    /** The next record, or null after the last. */
    Item next() throws IOException;
}

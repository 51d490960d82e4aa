package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The record lines of a message received in parts, opened one part at a time as they are read: what is held in
 * memory is one opened part, whatever the length of the message.
 */
final class OpenedRecords implements Iterator<byte[]> {

    private final Iterator<PensionPart> parts;
    private final PensionSealing sealing;
    private byte[] content = new byte[0];
    private int position;

    OpenedRecords(PensionLedger ledger, PensionSealing sealing, GccState sender, String messageId) {
        this.parts = ledger.partsOf(sender, messageId);
        this.sealing = sealing;
    }

    @Override
    public boolean hasNext() {
        while (position >= content.length) {
            if (!parts.hasNext()) {
                return false;
            }
            PensionPart part = parts.next();
            content = sealing.open(part.sealed(), part.of(), part.index());
            position = 0;
        }
        return true;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int end = position;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        byte[] line = Arrays.copyOfRange(content, position, end);
        position = end + 1;
        return line;
    }
}

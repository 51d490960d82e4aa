package gcc.jisr.routes.pension;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the amounts of a contribution record line without building its tree: the receiving gateway re-adds every
 * record of a report to its totals, and a streaming read of four members skips the person (names, PINs) that a tree
 * would build and drop. Reads what {@link ContributionRecordCheck#amountsOf} reads from a tree, with the same
 * answer: null when a member is repeated (the shared mapper refuses duplicate keys), when the currency or an amount
 * is missing, not a string, or not a number; what follows the record's closing brace is not read, as a tree read
 * does not read it.
 */
final class RecordAmounts {

    private RecordAmounts() {
    }

    /** The amounts of the record in {@code length} bytes of {@code content} from {@code offset}, or null. */
    static ContributionRecordCheck.Amounts read(byte[] content, int offset, int length) {
        String currency = null;
        String[] amounts = new String[3];
        try (JsonParser parser = TrafficJson.mapper().getFactory().createParser(content, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int amount = amountIndex(name);
                if ("currency".equals(name)) {
                    currency = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else if (amount >= 0) {
                    amounts[amount] = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else {
                    parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                return null;
            }
            if (currency == null || amounts[0] == null || amounts[1] == null || amounts[2] == null) {
                return null;
            }
            return new ContributionRecordCheck.Amounts(CurrencyCode.fromValue(currency), new BigDecimal(amounts[0]),
                    new BigDecimal(amounts[1]), new BigDecimal(amounts[2]));
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static int amountIndex(String name) {
        for (int i = 0; i < ContributionRecordCheck.AMOUNTS.length; i++) {
            if (ContributionRecordCheck.AMOUNTS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}

package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.traffic.TrafficJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The checks that spare the schema engine must never pass a record the schema refuses, and must pass the records a
 * report is made of, else they spare nothing.
 */
class ContributionRecordShapeTest {

    private static final JsonContract<ContributionRecord> SCHEMA = new JsonContract<>(
            "jisr/contracts/v1/json/pension-contribution-record.schema.json", ContributionRecord.class, "currency",
            JisrError.SCHEMA);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Values that are valid somewhere in a record, or nearly: each mutation puts one of them in one place. */
    private static final List<JsonNode> VALUES = List.of(JSON.textNode(""), JSON.textNode("0"), JSON.textNode("00"),
            JSON.textNode("01.5"), JSON.textNode("1.5"), JSON.textNode("1.50"), JSON.textNode("1.500"), JSON.textNode("1.5000"),
            JSON.textNode("1."), JSON.textNode(".5"), JSON.textNode("-1"), JSON.textNode("1e3"), JSON.textNode("1234567890123456"),
            JSON.textNode("123456789012345"), JSON.textNode("١٢٣٤"), JSON.textNode("1234\n"), JSON.textNode("KW"), JSON.textNode("kw"),
            JSON.textNode("KWT"), JSON.textNode("KW:PIFSS"), JSON.textNode("KW:-X"), JSON.textNode("KW:P"), JSON.textNode("kw:PIFSS"),
            JSON.textNode("A/1-2"), JSON.textNode("/12"), JSON.textNode("a".repeat(33)), JSON.textNode("م".repeat(100)),
            JSON.textNode("م".repeat(101)), JSON.textNode("😀".repeat(60)), JSON.textNode("1988-01-15"), JSON.textNode("1988-02-30"),
            JSON.textNode("1988-1-15"), JSON.textNode("0000-01-01"), JSON.textNode("2024-02-29"), JSON.textNode("2023-02-29"),
            JSON.textNode("SAR"), JSON.textNode("KWD"), JSON.textNode("USD"), JSON.textNode("288011500017"),
            JSON.numberNode(0), JSON.numberNode(1), JSON.numberNode(31), JSON.numberNode(32), JSON.numberNode(-1),
            JSON.numberNode(2147483647L), JSON.numberNode(2147483648L), JSON.numberNode(1.5), JSON.numberNode(1.0),
            JSON.booleanNode(true), JSON.nullNode(), JSON.objectNode(), JSON.arrayNode());

    @Test
    void theRecordsOfAReportInEachCurrencyPassWithoutTheSchemaEngine() {
        for (String currency : List.of("KWD", "SAR", "AED", "QAR", "BHD", "OMR")) {
            ObjectNode record = valid(currency);

            assertThat(ContributionRecordShape.certainlyValid(record)).as(currency).isTrue();
            assertThatCode(() -> SCHEMA.read(record)).doesNotThrowAnyException();
        }
    }

    @Test
    void noRecordTheSchemaRefusesPassesTheseChecks() {
        Random random = new Random(20261206);
        int passed = 0;
        for (int i = 0; i < 20_000; i++) {
            ObjectNode record = valid(List.of("KWD", "SAR", "AED", "QAR", "BHD", "OMR").get(random.nextInt(6)));
            for (int m = 0, mutations = 1 + random.nextInt(2); m < mutations; m++) {
                mutate(record, random);
            }
            if (ContributionRecordShape.certainlyValid(record)) {
                passed++;
                assertThatCode(() -> SCHEMA.read(record)).as(record.toString()).doesNotThrowAnyException();
            } else {
                assertRefusedOrValid(record);
            }
        }
        // Some mutations keep a record valid (another valid amount, a name of 100 letters): the checks pass those too.
        assertThat(passed).isGreaterThan(500);
    }

    /** A record these checks do not pass goes to the schema engine, which decides; nothing else is asked of them. */
    private static void assertRefusedOrValid(ObjectNode record) {
        try {
            SCHEMA.read(record);
        } catch (JisrException refused) {
            assertThat(refused.error()).isIn(JisrError.SCHEMA, JisrError.MALFORMED);
        }
    }

    private static void mutate(ObjectNode record, Random random) {
        List<ObjectNode> objects = new ArrayList<>(List.of(record));
        if (record.get("person") instanceof ObjectNode person) {
            objects.add(person);
        }
        if (record.path("person").path("pin") instanceof ArrayNode pins) {
            pins.forEach(pin -> {
                if (pin instanceof ObjectNode object) {
                    objects.add(object);
                }
            });
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        names.addAll(List.of("insuredDays", "fullNameLatin", "dateOfBirth", "extra"));
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(name);
            case 1 -> {
                if (target.get("pin") instanceof ArrayNode pins && pins.size() < 8) {
                    pins.add(pins.isEmpty() ? JSON.objectNode().put("institution", "SA:GOSI").put("number", "1") : pins.get(0).deepCopy());
                } else {
                    target.set(name, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
                }
            }
            default -> target.set(name, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
        }
    }

    private static ObjectNode valid(String currency) {
        boolean twoDecimals = List.of("SAR", "AED", "QAR").contains(currency);
        ObjectNode record = TrafficJson.mapper().createObjectNode();
        record.put("sequence", 17);
        ObjectNode person = record.putObject("person");
        person.put("civilId", "288011500017").put("civilIdState", "KW");
        person.putArray("pin").addObject().put("institution", "SA:GOSI").put("number", "4410000017");
        person.put("fullNameArabic", "مؤمن عليه رقم ١٧").put("fullNameLatin", "Insured Person 17").put("dateOfBirth", "1988-01-15");
        record.put("wage", twoDecimals ? "10017.50" : "1017.500").put("employeeContribution", twoDecimals ? "901.58" : "106.838")
                .put("employerContribution", "0").put("currency", currency).put("insuredDays", 20);
        return record;
    }
}

package gcc.jisr.gateway.pension;

import gcc.jisr.adapters.kw.KuwaitCivilIdRules;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Contribution reports for tests: Kuwaitis working in Saudi Arabia, reported by GOSI to PIFSS, in riyals, each person
 * with a distinct Kuwaiti civil ID that passes the check digit. Records are built as lines, so a test can break one.
 */
public final class ContributionReports {

    static final String NAME_PREFIX = "Insured Person ";

    private ContributionReports() {
    }

    /**
     * The i-th valid Kuwaiti civil ID, distinct for every i below 3,360,000: month, day and serial come from i; the year
     * of birth (1960s) is the first that gives a check digit, so no two i share an ID.
     */
    public static String kuwaitiCivilId(int i) {
        int serial = i % 10_000;
        int day = 1 + (i / 10_000) % 28;
        int month = 1 + (i / 280_000) % 12;
        for (int year = 60; ; year++) {
            String first = String.format("2%02d%02d%02d%04d", year, month, day, serial);
            Integer check = KuwaitCivilIdRules.checkDigit(first);
            if (check != null) {
                return first + check;
            }
        }
    }

    public static String record(int sequence, String civilId, String wage, String employee, String employer, String currency) {
        return "{\"sequence\":" + sequence + ",\"person\":{\"civilId\":\"" + civilId + "\",\"civilIdState\":\"KW\","
                + "\"fullNameArabic\":\"مؤمن عليه " + sequence + "\",\"fullNameLatin\":\"" + NAME_PREFIX + sequence + "\","
                + "\"dateOfBirth\":\"1988-01-15\"},\"wage\":\"" + wage + "\",\"employeeContribution\":\"" + employee
                + "\",\"employerContribution\":\"" + employer + "\",\"currency\":\"" + currency + "\"}";
    }

    /** Record i (from 1) of a generated report: 10,000.00 + i halalas, 9 % + 9 %, rounded to the halala. */
    public static String record(int i) {
        BigDecimal wage = new BigDecimal("10000.00").add(new BigDecimal(i).movePointLeft(2));
        BigDecimal contribution = wage.multiply(new BigDecimal("0.09")).setScale(2, java.math.RoundingMode.HALF_UP);
        return record(i, kuwaitiCivilId(i), wage.toPlainString(), contribution.toPlainString(), contribution.toPlainString(), "SAR");
    }

    public static String header(String reportId, List<String> records) {
        java.util.Map<String, BigDecimal[]> sums = new java.util.TreeMap<>();
        for (String line : records) {
            String currency = field(line, "currency");
            BigDecimal[] s = sums.computeIfAbsent(currency, c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(new BigDecimal(field(line, "wage")));
            s[1] = s[1].add(new BigDecimal(field(line, "employeeContribution")));
            s[2] = s[2].add(new BigDecimal(field(line, "employerContribution")));
        }
        StringBuilder totals = new StringBuilder();
        sums.forEach((currency, s) -> totals.append(totals.isEmpty() ? "" : ",").append("{\"currency\":\"").append(currency)
                .append("\",\"wages\":\"").append(plain(s[0])).append("\",\"employeeContributions\":\"")
                .append(plain(s[1])).append("\",\"employerContributions\":\"").append(plain(s[2])).append("\"}"));
        return "{\"reportId\":\"" + reportId + "\",\"hostInstitution\":\"SA:GOSI\",\"homeInstitution\":\"KW:PIFSS\","
                + "\"employer\":{\"id\":\"7001234567\",\"name\":\"شركة الخليج للهندسة\"},\"period\":\"2026-10\","
                + "\"totals\":{\"recordCount\":" + records.size() + ",\"currencyTotal\":[" + totals + "]}}";
    }

    public static List<String> records(int count) {
        List<String> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            records.add(record(i));
        }
        return records;
    }

    static byte[] ndjson(String header, List<String> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (String record : records) {
            out.writeBytes((record + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Without trailing zeros, so that a sum of amounts with one digit too many can still be a well-formed total. */
    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String field(String line, String name) {
        int at = line.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return line.substring(at, line.indexOf('"', at));
    }
}

package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.bh.CioCardStatus;
import gcc.jisr.adapters.bh.CprCheckDigit;
import gcc.jisr.adapters.bh.CprRecord;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The persons of the simulated Central Population Register: four fixed ones whose CPR numbers the README and tests
 * name, and three hundred more drawn from a fixed seed, so that every run serves the same people. Card expiries are
 * placed relative to {@code today} so that "valid" stays valid whatever the date. CPR numbers carry the check digit
 * of {@link CprCheckDigit#WEIGHTED_MOD_11}, the adapter's default assumption.
 */
public final class CioPopulation {

    public static final int GENERATED = 300;

    private static final String[][] MALE = {
            {"محمد", "Mohamed"}, {"أحمد", "Ahmed"}, {"علي", "Ali"}, {"حسن", "Hasan"}, {"حسين", "Hussain"},
            {"عبدالله", "Abdulla"}, {"خليفة", "Khalifa"}, {"سلمان", "Salman"}, {"عيسى", "Isa"}, {"راشد", "Rashid"},
            {"جاسم", "Jasim"}, {"يوسف", "Yusuf"}, {"إبراهيم", "Ebrahim"}, {"صالح", "Saleh"}, {"فيصل", "Faisal"},
            {"ناصر", "Nasser"}, {"عبدالرحمن", "Abdulrahman"}, {"منصور", "Mansoor"}, {"جعفر", "Jaffar"}, {"مهدي", "Mahdi"}};
    private static final String[][] FEMALE = {
            {"فاطمة", "Fatema"}, {"زينب", "Zainab"}, {"مريم", "Maryam"}, {"نورة", "Noora"}, {"شيخة", "Shaikha"},
            {"آمنة", "Amina"}, {"ريم", "Reem"}, {"هدى", "Huda"}, {"سارة", "Sara"}, {"لطيفة", "Latifa"},
            {"منى", "Mona"}, {"دانة", "Dana"}, {"بتول", "Batool"}, {"حصة", "Hessa"}};
    private static final String[][] FAMILY = {
            {"آل خليفة", "Al Khalifa"}, {"الدوسري", "Al Dossary"}, {"الزياني", "Al Zayani"}, {"كانو", "Kanoo"},
            {"فخرو", "Fakhro"}, {"المحمود", "Al Mahmood"}, {"الجلاهمة", "Al Jalahma"}, {"المسلم", "Al Musallam"},
            {"العريض", "Al Arrayed"}, {"بوخماس", "Bukhammas"}, {"البنعلي", "Al Binali"}, {"المناعي", "Al Mannai"},
            {"القصاب", "Al Qassab"}, {"الشيراوي", "Al Shirawi"}, {"جناحي", "Janahi"}, {"العلوي", "Al Alawi"},
            {"المؤيد", "Almoayyed"}, {"الستري", "Al Sitri"}};
    /** Residents: the register holds every resident with their nationality; some are registered from a passport only. */
    private static final String[][] RESIDENTS = {
            {"IND", "M", "راجيش كومار مينون", "Rajesh Kumar Menon"},
            {"IND", "F", "بريا سوريش نير", "Priya Suresh Nair"},
            {"PAK", "M", "عمران أحمد خان", "Imran Ahmed Khan"},
            {"BGD", "M", "محمد عبدالرحمن حسين", "Mohammad Abdur Rahman Hossain"},
            {"PHL", "F", "", "Maria Cristina Reyes Santos"},
            {"EGY", "M", "أحمد محمود عبدالعزيز", "Ahmed Mahmoud Abdelaziz"},
            {"GBR", "M", "", "James Edward Clarke"},
            {"JOR", "F", "رنا خليل الخطيب", "Rana Khalil Al Khatib"}};

    private CioPopulation() {
    }

    /** CPR numbers of the fixed persons, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", cpr(LocalDate.of(1985, 3, 14), 1));
        samples.put("EXPIRED", cpr(LocalDate.of(1992, 7, 15), 21));
        samples.put("REVOKED", cpr(LocalDate.of(1976, 11, 2), 310));
        samples.put("SUSPENDED", cpr(LocalDate.of(2003, 4, 20), 4512));
        samples.put("NOT_FOUND", cpr(LocalDate.of(1999, 9, 9), 9001));
        return samples;
    }

    public static List<CprRecord> build(LocalDate today) {
        Map<String, String> s = samples();
        List<CprRecord> people = new ArrayList<>();
        people.add(new CprRecord(s.get("VALID"), "محمد عبدالله أحمد الدوسري", "Mohamed Abdulla Ahmed Al Dossary",
                LocalDate.of(1985, 3, 14), Sex.MALE, "BHR", CioCardStatus.IN_FORCE, today.plusYears(3).withMonth(6).withDayOfMonth(30)));
        // Still "in force" in the register, but past its expiry: the gateway must answer EXPIRED.
        people.add(new CprRecord(s.get("EXPIRED"), "فاطمة يوسف علي المناعي", "Fatema Yusuf Ali Al Mannai",
                LocalDate.of(1992, 7, 15), Sex.FEMALE, "BHR", CioCardStatus.IN_FORCE, today.minusMonths(8).withDayOfMonth(1)));
        people.add(new CprRecord(s.get("REVOKED"), "خليفة سلمان راشد الزياني", "Khalifa Salman Rashid Al Zayani",
                LocalDate.of(1976, 11, 2), Sex.MALE, "BHR", CioCardStatus.CANCELLED, today.plusYears(1)));
        people.add(new CprRecord(s.get("SUSPENDED"), "زينب حسن جعفر العلوي", "Zainab Hasan Jaffar Al Alawi",
                LocalDate.of(2003, 4, 20), Sex.FEMALE, "BHR", CioCardStatus.SUSPENDED, today.plusYears(2)));

        Random random = new Random(973);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(57), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            String cpr = cpr(birth, random.nextInt(9000));
            if (!taken.add(cpr) || birth.isAfter(today)) {
                continue;
            }
            people.add(randomPerson(random, cpr, birth, today));
        }
        return people;
    }

    private static CprRecord randomPerson(Random random, String cpr, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        CioCardStatus status;
        LocalDate expiry;
        if (roll < 84) {
            status = CioCardStatus.IN_FORCE;
            expiry = today.plusDays(30 + random.nextInt(5 * 365));
        } else if (roll < 91) {
            status = CioCardStatus.IN_FORCE;
            expiry = today.minusDays(1 + random.nextInt(700));
        } else if (roll < 94) {
            status = CioCardStatus.EXPIRED;
            expiry = today.minusDays(1 + random.nextInt(2000));
        } else if (roll < 97) {
            status = CioCardStatus.CANCELLED;
            expiry = today.plusDays(random.nextInt(1000));
        } else {
            status = CioCardStatus.SUSPENDED;
            expiry = today.plusDays(random.nextInt(1000));
        }
        if (random.nextInt(100) < 45) {
            String[] resident = RESIDENTS[random.nextInt(RESIDENTS.length)];
            return new CprRecord(cpr, resident[2].isEmpty() ? null : resident[2], resident[3], birth,
                    resident[1].equals("M") ? Sex.MALE : Sex.FEMALE, resident[0], status, expiry);
        }
        boolean male = random.nextBoolean();
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] family = pick(random, FAMILY);
        return new CprRecord(cpr, String.join(" ", first[0], father[0], grandfather[0], family[0]),
                String.join(" ", first[1], father[1], grandfather[1], family[1]), birth, male ? Sex.MALE : Sex.FEMALE, "BHR",
                status, expiry);
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }

    /** The first CPR number for this month of birth at or after the serial that the default check digit accepts. */
    static String cpr(LocalDate birth, int serialFrom) {
        String yymm = "%02d%02d".formatted(birth.getYear() % 100, birth.getMonthValue());
        for (int serial = serialFrom; serial < 10_000; serial++) {
            var cpr = CprCheckDigit.WEIGHTED_MOD_11.complete(yymm + "%04d".formatted(serial));
            if (cpr.isPresent()) {
                return cpr.get();
            }
        }
        throw new IllegalStateException("no valid serial left for " + birth);
    }
}

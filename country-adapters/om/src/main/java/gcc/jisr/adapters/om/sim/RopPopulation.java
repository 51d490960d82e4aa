package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.om.RopCardStatus;
import gcc.jisr.adapters.om.RopPersonRecord;
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
 * The persons of the simulated ROP civil status register: four fixed ones whose civil numbers the README and tests
 * name, and three hundred more drawn from a fixed seed, so that every run serves the same people. Omani names are
 * written with their nasab ("bin" / "bint": son / daughter of) and the tribe, in both scripts. Card expiries are
 * placed relative to {@code today} so that "valid" stays valid whatever the date.
 */
public final class RopPopulation {

    public static final int GENERATED = 300;

    private static final String[][] MALE = {
            {"سالم", "Salim"}, {"سعيد", "Saeed"}, {"علي", "Ali"}, {"محمد", "Mohammed"}, {"أحمد", "Ahmed"},
            {"خالد", "Khalid"}, {"سيف", "Saif"}, {"حمد", "Hamad"}, {"سلطان", "Sultan"}, {"ناصر", "Nasser"},
            {"هلال", "Hilal"}, {"بدر", "Badar"}, {"طالب", "Talib"}, {"حمود", "Hamood"}, {"مسلم", "Musallam"},
            {"يعقوب", "Yaqoob"}, {"عبدالله", "Abdullah"}, {"زاهر", "Zaher"}, {"ماجد", "Majid"}, {"هيثم", "Haitham"}};
    private static final String[][] FEMALE = {
            {"فاطمة", "Fatma"}, {"مريم", "Maryam"}, {"عائشة", "Aisha"}, {"شيماء", "Shaima"}, {"ليلى", "Laila"},
            {"أمل", "Amal"}, {"نوال", "Nawal"}, {"موزة", "Moza"}, {"رحمة", "Rahma"}, {"بثينة", "Buthaina"},
            {"خديجة", "Khadija"}, {"زوينة", "Zuwaina"}, {"ثريا", "Thuraya"}, {"منى", "Muna"}};
    private static final String[][] TRIBES = {
            {"البوسعيدي", "Al Busaidi"}, {"الحارثي", "Al Harthy"}, {"البلوشي", "Al Balushi"}, {"الهنائي", "Al Hinai"},
            {"الكندي", "Al Kindi"}, {"الريامي", "Al Riyami"}, {"الشكيلي", "Al Shukaili"}, {"المعمري", "Al Maamari"},
            {"الرواحي", "Al Rawahi"}, {"السيابي", "Al Siyabi"}, {"العبري", "Al Abri"}, {"الغافري", "Al Ghafri"},
            {"المحروقي", "Al Mahrouqi"}, {"الزدجالي", "Al Zadjali"}, {"اللواتي", "Al Lawati"}, {"الجابري", "Al Jabri"},
            {"الفارسي", "Al Farsi"}, {"المقبالي", "Al Maqbali"}};
    /** Residents: ROP issues resident cards with civil numbers; some are registered from a passport only. */
    private static final String[][] RESIDENTS = {
            {"IND", "M", "سانجاي راماشاندران", "Sanjay Ramachandran"},
            {"IND", "F", "أنيتا جوزيف", "Anitha Joseph"},
            {"BGD", "M", "محمد رفيق الإسلام", "Mohammad Rafiqul Islam"},
            {"PAK", "M", "فيصل محمود قريشي", "Faisal Mahmood Qureshi"},
            {"PHL", "F", "", "Jocelyn Mae Dela Cruz"},
            {"EGY", "M", "محمد عبدالفتاح السيد", "Mohamed Abdelfattah Elsayed"},
            {"GBR", "F", "", "Emily Rose Thompson"},
            {"TZA", "M", "جمعة سالم مبارك", "Juma Salim Mbarak"}};

    private RopPopulation() {
    }

    /** Civil numbers of the fixed persons, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", "4231567");
        samples.put("EXPIRED", "9812044");
        samples.put("REVOKED", "316502");
        samples.put("SUSPENDED", "14873920");
        samples.put("NOT_FOUND", "7777321");
        return samples;
    }

    public static List<RopPersonRecord> build(LocalDate today) {
        Map<String, String> s = samples();
        List<RopPersonRecord> people = new ArrayList<>();
        people.add(new RopPersonRecord(s.get("VALID"), "سالم بن سعيد بن علي البوسعيدي", "Salim bin Saeed bin Ali Al Busaidi",
                LocalDate.of(1985, 3, 15), Sex.MALE, "OMN", RopCardStatus.VALID, today.plusYears(3).withMonth(6).withDayOfMonth(30)));
        // Still VALID in the register, but past its expiry: the gateway must answer EXPIRED.
        people.add(new RopPersonRecord(s.get("EXPIRED"), "مريم بنت خالد بن سيف الحارثي", "Maryam bint Khalid bin Saif Al Harthy",
                LocalDate.of(1991, 8, 2), Sex.FEMALE, "OMN", RopCardStatus.VALID, today.minusMonths(5).withDayOfMonth(1)));
        people.add(new RopPersonRecord(s.get("REVOKED"), "حمد بن ناصر بن هلال الريامي", "Hamad bin Nasser bin Hilal Al Riyami",
                LocalDate.of(1969, 12, 24), Sex.MALE, "OMN", RopCardStatus.CANCELLED, today.plusYears(1)));
        people.add(new RopPersonRecord(s.get("SUSPENDED"), "موزة بنت سالم بن حمود الكندي", "Moza bint Salim bin Hamood Al Kindi",
                LocalDate.of(2002, 5, 9), Sex.FEMALE, "OMN", RopCardStatus.SUSPENDED, today.plusYears(2)));

        Random random = new Random(968);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            // Civil numbers are serials: older citizens hold shorter ones, recent residents 8 digits.
            String civilNumber = Integer.toString(100_000 + random.nextInt(29_900_000));
            LocalDate birth = LocalDate.of(1950 + random.nextInt(57), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            if (!taken.add(civilNumber) || birth.isAfter(today)) {
                continue;
            }
            people.add(randomPerson(random, civilNumber, birth, today));
        }
        return people;
    }

    private static RopPersonRecord randomPerson(Random random, String civilNumber, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        RopCardStatus status;
        LocalDate expiry;
        if (roll < 84) {
            status = RopCardStatus.VALID;
            expiry = today.plusDays(30 + random.nextInt(5 * 365));
        } else if (roll < 91) {
            status = RopCardStatus.VALID;
            expiry = today.minusDays(1 + random.nextInt(700));
        } else if (roll < 94) {
            status = RopCardStatus.EXPIRED;
            expiry = today.minusDays(1 + random.nextInt(2000));
        } else if (roll < 97) {
            status = RopCardStatus.CANCELLED;
            expiry = today.plusDays(random.nextInt(1000));
        } else {
            status = RopCardStatus.SUSPENDED;
            expiry = today.plusDays(random.nextInt(1000));
        }
        if (random.nextInt(100) < 40) {
            String[] resident = RESIDENTS[random.nextInt(RESIDENTS.length)];
            return new RopPersonRecord(civilNumber, resident[2].isEmpty() ? null : resident[2], resident[3], birth,
                    resident[1].equals("M") ? Sex.MALE : Sex.FEMALE, resident[0], status, expiry);
        }
        boolean male = random.nextBoolean();
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] tribe = pick(random, TRIBES);
        String sonOrDaughterAr = male ? "بن" : "بنت";
        String sonOrDaughterEn = male ? "bin" : "bint";
        return new RopPersonRecord(civilNumber,
                String.join(" ", first[0], sonOrDaughterAr, father[0], "بن", grandfather[0], tribe[0]),
                String.join(" ", first[1], sonOrDaughterEn, father[1], "bin", grandfather[1], tribe[1]),
                birth, male ? Sex.MALE : Sex.FEMALE, "OMN", status, expiry);
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }
}

package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.kw.KuwaitCivilIdRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The persons of the simulated PACI registry: a few fixed ones whose civil IDs the README and tests name, and a
 * few hundred more drawn from a fixed seed, so that every run serves the same people. Card expiries are placed
 * relative to {@code today} so that "valid" stays valid whatever the date.
 */
public final class PaciPopulation {

    public static final int GENERATED = 300;

    private static final String[][] MALE = {
            {"محمد", "Mohammed"}, {"أحمد", "Ahmad"}, {"عبدالله", "Abdullah"}, {"خالد", "Khaled"}, {"فهد", "Fahad"},
            {"سعود", "Saud"}, {"ناصر", "Nasser"}, {"يوسف", "Yousef"}, {"عبدالرحمن", "Abdulrahman"}, {"حمد", "Hamad"},
            {"سالم", "Salem"}, {"مشاري", "Mishari"}, {"بدر", "Bader"}, {"جاسم", "Jassim"}, {"طلال", "Talal"},
            {"عبدالعزيز", "Abdulaziz"}, {"سعد", "Saad"}, {"علي", "Ali"}, {"حسين", "Hussain"}, {"عيسى", "Eisa"}};
    private static final String[][] FEMALE = {
            {"فاطمة", "Fatima"}, {"نورة", "Noura"}, {"مريم", "Maryam"}, {"شيخة", "Sheikha"}, {"دانة", "Dana"},
            {"سارة", "Sarah"}, {"هيا", "Haya"}, {"لولوة", "Lulwa"}, {"عائشة", "Aisha"}, {"منيرة", "Munira"},
            {"أسماء", "Asma"}, {"رهف", "Rahaf"}, {"جنى", "Jana"}, {"غدير", "Ghadeer"}, {"بشاير", "Bashayer"}};
    private static final String[][] FAMILY = {
            {"الصباح", "Al-Sabah"}, {"العتيبي", "Al-Otaibi"}, {"العنزي", "Al-Enezi"}, {"المطيري", "Al-Mutairi"},
            {"الرشيدي", "Al-Rashidi"}, {"العجمي", "Al-Ajmi"}, {"الهاجري", "Al-Hajri"}, {"الغانم", "Al-Ghanim"},
            {"الخرافي", "Al-Kharafi"}, {"البدر", "Al-Bader"}, {"الشمري", "Al-Shammari"}, {"الكندري", "Al-Kandari"},
            {"الفضلي", "Al-Fadhli"}, {"الدوسري", "Al-Dosari"}, {"المرزوق", "Al-Marzouq"}, {"الرومي", "Al-Roumi"},
            {"القطان", "Al-Qattan"}, {"الصقر", "Al-Saqer"}, {"العيسى", "Al-Essa"}, {"الحربي", "Al-Harbi"}};
    /** Residents: PACI issues civil IDs to every resident, with their nationality. */
    private static final String[][][] RESIDENTS = {
            {{"EGY", "مصري"}, {"أحمد", "Ahmed"}, {"محمود", "Mahmoud"}, {"السيد", "El-Sayed"}, {"عبدالفتاح", "Abdel Fattah"}},
            {{"IND", "هندي"}, {"راجيش", "Rajesh"}, {"كومار", "Kumar"}, {"ناير", "Nair"}, {"", ""}},
            {{"PAK", "باكستاني"}, {"عمران", "Imran"}, {"علي", "Ali"}, {"خان", "Khan"}, {"", ""}},
            {{"PHL", "فلبيني"}, {"ماريا", "Maria"}, {"لويزا", "Luisa"}, {"سانتوس", "Santos"}, {"", ""}},
            {{"SYR", "سوري"}, {"عمر", "Omar"}, {"حسن", "Hassan"}, {"الأحمد", "Al-Ahmad"}, {"", ""}},
            {{"JOR", "أردني"}, {"زيد", "Zaid"}, {"عبدالكريم", "Abdulkareem"}, {"الخطيب", "Al-Khatib"}, {"", ""}}};

    private PaciPopulation() {
    }

    /** Civil IDs of the fixed persons, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", civilNo(LocalDate.of(1985, 1, 1), 1));
        samples.put("EXPIRED", civilNo(LocalDate.of(1990, 7, 15), 21));
        samples.put("REVOKED", civilNo(LocalDate.of(1978, 11, 2), 310));
        samples.put("SUSPENDED", civilNo(LocalDate.of(2001, 4, 20), 4512));
        samples.put("NOT_FOUND", civilNo(LocalDate.of(1999, 9, 9), 9001));
        return samples;
    }

    public static List<PaciRecord> build(LocalDate today) {
        Map<String, String> s = samples();
        List<PaciRecord> people = new ArrayList<>();
        people.add(new PaciRecord(s.get("VALID"), List.of("محمد", "عبدالله", "أحمد", "الصباح"),
                List.of("Mohammed", "Abdullah", "Ahmad", "Al-Sabah"), LocalDate.of(1985, 1, 1), 'M', "KWT", "كويتي",
                "ACTIVE", today.plusYears(3).withMonth(6).withDayOfMonth(30)));
        people.add(new PaciRecord(s.get("EXPIRED"), List.of("فاطمة", "يوسف", "علي", "المطيري"),
                List.of("Fatima", "Yousef", "Ali", "Al-Mutairi"), LocalDate.of(1990, 7, 15), 'F', "KWT", "كويتية",
                "ACTIVE", today.minusMonths(8).withDayOfMonth(1)));
        people.add(new PaciRecord(s.get("REVOKED"), List.of("خالد", "سعد", "ناصر", "العجمي"),
                List.of("Khaled", "Saad", "Nasser", "Al-Ajmi"), LocalDate.of(1978, 11, 2), 'M', "KWT", "كويتي",
                "CANCELLED", today.plusYears(1)));
        people.add(new PaciRecord(s.get("SUSPENDED"), List.of("نورة", "حمد", "سالم", "الغانم"),
                List.of("Noura", "Hamad", "Salem", "Al-Ghanim"), LocalDate.of(2001, 4, 20), 'F', "KWT", "كويتية",
                "SUSPENDED", today.plusYears(2)));

        Random random = new Random(965);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(57), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            String civilNo = civilNo(birth, random.nextInt(9000));
            if (!taken.add(civilNo) || birth.isAfter(today)) {
                continue;
            }
            people.add(randomPerson(random, civilNo, birth, today));
        }
        return people;
    }

    private static PaciRecord randomPerson(Random random, String civilNo, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        String status;
        LocalDate expiry;
        if (roll < 84) {
            status = "ACTIVE";
            expiry = today.plusDays(30 + random.nextInt(5 * 365));
        } else if (roll < 92) {
            status = "ACTIVE";
            expiry = today.minusDays(1 + random.nextInt(700));
        } else if (roll < 95) {
            status = "EXPIRED";
            expiry = today.minusDays(1 + random.nextInt(2000));
        } else if (roll < 98) {
            status = "CANCELLED";
            expiry = today.plusDays(random.nextInt(1000));
        } else {
            status = "SUSPENDED";
            expiry = today.plusDays(random.nextInt(1000));
        }
        if (random.nextInt(100) < 30) {
            String[][] resident = RESIDENTS[random.nextInt(RESIDENTS.length)];
            List<String> ar = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int i = 1; i < resident.length; i++) {
                if (!resident[i][0].isEmpty()) {
                    ar.add(resident[i][0]);
                    en.add(resident[i][1]);
                }
            }
            char gender = resident[0][0].equals("PHL") ? 'F' : 'M';
            return new PaciRecord(civilNo, ar, en, birth, gender, resident[0][0], resident[0][1], status, expiry);
        }
        boolean male = random.nextBoolean();
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] family = pick(random, FAMILY);
        return new PaciRecord(civilNo, List.of(first[0], father[0], grandfather[0], family[0]),
                List.of(first[1], father[1], grandfather[1], family[1]), birth, male ? 'M' : 'F', "KWT",
                male ? "كويتي" : "كويتية", status, expiry);
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }

    /** The first valid civil number for this birth date at or after the serial. */
    static String civilNo(LocalDate birth, int serialFrom) {
        String prefix = (birth.getYear() >= 2000 ? "3" : "2") + "%02d%02d%02d".formatted(birth.getYear() % 100,
                birth.getMonthValue(), birth.getDayOfMonth());
        for (int serial = serialFrom; serial < 10_000; serial++) {
            String firstEleven = prefix + "%04d".formatted(serial);
            Integer check = KuwaitCivilIdRules.checkDigit(firstEleven);
            if (check != null) {
                return firstEleven + check;
            }
        }
        throw new IllegalStateException("no valid serial left for " + birth);
    }
}

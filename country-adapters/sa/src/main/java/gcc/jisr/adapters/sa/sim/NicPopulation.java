package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.sa.NicCardStatus;
import gcc.jisr.adapters.sa.NicDate;
import gcc.jisr.adapters.sa.NicName;
import gcc.jisr.adapters.sa.NicPerson;
import gcc.jisr.adapters.sa.SaudiNationalId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The persons of the simulated Saudi registry: fixed ones whose identity numbers the README and tests name, and a
 * few hundred more drawn from a fixed seed, so that every run serves the same people. Citizens' dates are Hijri;
 * residents carry a Gregorian date of birth and an Iqama expiry in either calendar. Card expiries are placed
 * relative to {@code today}, so that "valid" stays valid whatever the date.
 */
public final class NicPopulation {

    public static final int GENERATED = 300;

    private static final String[][] MALE = {
            {"محمد", "Mohammed"}, {"عبدالله", "Abdullah"}, {"فهد", "Fahad"}, {"سلطان", "Sultan"}, {"تركي", "Turki"},
            {"عبدالعزيز", "Abdulaziz"}, {"خالد", "Khalid"}, {"سعود", "Saud"}, {"فيصل", "Faisal"}, {"نايف", "Naif"},
            {"ماجد", "Majed"}, {"بندر", "Bandar"}, {"عبدالرحمن", "Abdulrahman"}, {"سلمان", "Salman"}, {"منصور", "Mansour"},
            {"عمر", "Omar"}, {"ناصر", "Nasser"}, {"إبراهيم", "Ibrahim"}, {"يزيد", "Yazeed"}, {"راكان", "Rakan"}};
    private static final String[][] FEMALE = {
            {"نورة", "Noura"}, {"سارة", "Sarah"}, {"ريم", "Reem"}, {"لطيفة", "Latifa"}, {"هيفاء", "Haifa"},
            {"منيرة", "Munira"}, {"الجوهرة", "Aljawhara"}, {"عبير", "Abeer"}, {"أمل", "Amal"}, {"شهد", "Shahad"},
            {"رغد", "Raghad"}, {"لمى", "Lama"}, {"دلال", "Dalal"}, {"مها", "Maha"}, {"حصة", "Hessa"}};
    private static final String[][] FAMILY = {
            {"القحطاني", "Al-Qahtani"}, {"الغامدي", "Al-Ghamdi"}, {"الزهراني", "Al-Zahrani"}, {"العتيبي", "Al-Otaibi"},
            {"الحربي", "Al-Harbi"}, {"الدوسري", "Al-Dosari"}, {"الشهري", "Al-Shehri"}, {"المطيري", "Al-Mutairi"},
            {"السبيعي", "Al-Subaie"}, {"الشمري", "Al-Shammari"}, {"العنزي", "Al-Anazi"}, {"المالكي", "Al-Malki"},
            {"الجهني", "Al-Juhani"}, {"الرشيد", "Al-Rasheed"}, {"العمري", "Al-Omari"}, {"البقمي", "Al-Buqami"},
            {"السديري", "Al-Sudairi"}, {"التميمي", "Al-Tamimi"}, {"الأحمدي", "Al-Ahmadi"}, {"اليامي", "Al-Yami"}};
    /** Residents: nationality code and Arabic name, then first, father and family names (Arabic, Latin). */
    private static final String[][][] RESIDENTS = {
            {{"EGY", "مصري"}, {"محمود", "Mahmoud"}, {"حسن", "Hassan"}, {"عبدالفتاح", "Abdel Fattah"}},
            {{"IND", "هندي"}, {"سانجاي", "Sanjay"}, {"كومار", "Kumar"}, {"ميناكشي", "Meenakshi"}},
            {{"PAK", "باكستاني"}, {"عمران", "Imran"}, {"أسلم", "Aslam"}, {"خان", "Khan"}},
            {{"BGD", "بنغلاديشي"}, {"رحيم", "Rahim"}, {"الدين", "Uddin"}, {"حسين", "Hossain"}},
            {{"PHL", "فلبيني"}, {"ماريا", "Maria"}, {"كريستينا", "Cristina"}, {"ريس", "Reyes"}},
            {{"YEM", "يمني"}, {"عبدالكريم", "Abdulkarim"}, {"صالح", "Saleh"}, {"العولقي", "Al-Awlaki"}},
            {{"SDN", "سوداني"}, {"الطيب", "Altayeb"}, {"عثمان", "Osman"}, {"الأمين", "Alamin"}},
            {{"JOR", "أردني"}, {"زيد", "Zaid"}, {"عبدالكريم", "Abdulkareem"}, {"الخطيب", "Al-Khatib"}}};

    private NicPopulation() {
    }

    /** Identity numbers of the fixed persons, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", SaudiNationalId.complete("101234567"));
        samples.put("EXPIRED", SaudiNationalId.complete("234567890"));
        samples.put("REVOKED", SaudiNationalId.complete("108765432"));
        samples.put("SUSPENDED", SaudiNationalId.complete("105551234"));
        samples.put("NOT_FOUND", SaudiNationalId.complete("109999999"));
        return samples;
    }

    public static List<NicPerson> build(LocalDate today) {
        Map<String, String> s = samples();
        List<NicPerson> people = new ArrayList<>();
        people.add(new NicPerson(s.get("VALID"),
                new NicName("محمد", "عبدالله", "أحمد", "القحطاني"), new NicName("Mohammed", "Abdullah", "Ahmad", "Al-Qahtani"),
                'M', "SAU", "سعودي", NicDate.hijri(LocalDate.of(1985, 1, 2)),
                NicCardStatus.ACTIVE, NicDate.hijri(today.plusYears(3).withDayOfMonth(1))));
        // An Iqama whose registry status is still active but whose expiry has passed: the most common expired card.
        people.add(new NicPerson(s.get("EXPIRED"),
                new NicName("محمود", "حسن", null, "عبدالفتاح"), new NicName("Mahmoud", "Hassan", null, "Abdel Fattah"),
                'M', "EGY", "مصري", NicDate.gregorian(LocalDate.of(1979, 5, 14)),
                NicCardStatus.ACTIVE, NicDate.hijri(today.minusMonths(5).withDayOfMonth(1))));
        people.add(new NicPerson(s.get("REVOKED"),
                new NicName("سلطان", "فهد", "ناصر", "العتيبي"), new NicName("Sultan", "Fahad", "Nasser", "Al-Otaibi"),
                'M', "SAU", "سعودي", NicDate.hijri(LocalDate.of(1972, 9, 3)),
                NicCardStatus.CANCELLED, NicDate.hijri(today.plusYears(4))));
        people.add(new NicPerson(s.get("SUSPENDED"),
                new NicName("نورة", "خالد", "سعود", "الدوسري"), new NicName("Noura", "Khalid", "Saud", "Al-Dosari"),
                'F', "SAU", "سعودية", NicDate.hijri(LocalDate.of(2000, 2, 18)),
                NicCardStatus.SUSPENDED, NicDate.hijri(today.plusYears(2))));

        Random random = new Random(966);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            boolean resident = random.nextInt(100) < 30;
            String idNumber = SaudiNationalId.complete((resident ? "2" : "1") + "%08d".formatted(random.nextInt(100_000_000)));
            if (!taken.add(idNumber)) {
                continue;
            }
            people.add(resident ? randomResident(random, idNumber, today) : randomCitizen(random, idNumber, today));
        }
        return people;
    }

    private static NicPerson randomCitizen(Random random, String idNumber, LocalDate today) {
        boolean male = random.nextBoolean();
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] family = pick(random, FAMILY);
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(56 * 365));
        Card card = randomCard(random, today);
        return new NicPerson(idNumber, new NicName(first[0], father[0], grandfather[0], family[0]),
                new NicName(first[1], father[1], grandfather[1], family[1]), male ? 'M' : 'F', "SAU",
                male ? "سعودي" : "سعودية", NicDate.hijri(birth), card.status(), NicDate.hijri(card.expiry()));
    }

    private static NicPerson randomResident(Random random, String idNumber, LocalDate today) {
        String[][] r = RESIDENTS[random.nextInt(RESIDENTS.length)];
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(42 * 365));
        Card card = randomCard(random, today);
        // Older Iqamas were issued with a Hijri expiry, newer ones increasingly with a Gregorian one.
        NicDate expiry = random.nextInt(100) < 70 ? NicDate.hijri(card.expiry()) : NicDate.gregorian(card.expiry());
        char gender = r[0][0].equals("PHL") ? 'F' : 'M';
        return new NicPerson(idNumber, new NicName(r[1][0], r[2][0], null, r[3][0]), new NicName(r[1][1], r[2][1], null, r[3][1]),
                gender, r[0][0], r[0][1], NicDate.gregorian(birth), card.status(), expiry);
    }

    private record Card(NicCardStatus status, LocalDate expiry) {
    }

    private static Card randomCard(Random random, LocalDate today) {
        int roll = random.nextInt(100);
        if (roll < 82) {
            return new Card(NicCardStatus.ACTIVE, today.plusDays(30 + random.nextInt(8 * 365)));
        } else if (roll < 90) {
            return new Card(NicCardStatus.ACTIVE, today.minusDays(1 + random.nextInt(700)));
        } else if (roll < 94) {
            return new Card(NicCardStatus.EXPIRED, today.minusDays(1 + random.nextInt(2000)));
        } else if (roll < 97) {
            return new Card(NicCardStatus.CANCELLED, today.plusDays(random.nextInt(1500)));
        }
        return new Card(NicCardStatus.SUSPENDED, today.plusDays(random.nextInt(1500)));
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }
}

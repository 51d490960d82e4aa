package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.qa.MoiPerson;
import gcc.jisr.adapters.qa.QatarIdRules;
import gcc.jisr.adapters.qa.QidStatus;
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
 * The persons of the simulated Ministry of Interior registry: a few fixed ones whose QIDs the README and tests name,
 * and a few hundred more drawn from a fixed seed, so that every run serves the same people. Most are residents, as in
 * Qatar itself; the ministry writes some residents' English names as their passports do, {@code SURNAME, GIVEN NAMES},
 * which is why the CSV must quote. Card expiries are placed relative to {@code today} so that "valid" stays valid.
 */
public final class MoiPopulation {

    public static final int GENERATED = 300;

    private static final String QATAR = "634";

    private static final String[][] MALE = {
            {"حمد", "Hamad"}, {"تميم", "Tamim"}, {"جاسم", "Jassim"}, {"خليفة", "Khalifa"}, {"عبدالله", "Abdulla"},
            {"محمد", "Mohammed"}, {"ناصر", "Nasser"}, {"علي", "Ali"}, {"فهد", "Fahad"}, {"سعد", "Saad"},
            {"خالد", "Khalid"}, {"عبدالعزيز", "Abdulaziz"}, {"مبارك", "Mubarak"}, {"راشد", "Rashid"}, {"حسن", "Hassan"}};
    private static final String[][] FEMALE = {
            {"الجازي", "Aljazi"}, {"شيخة", "Sheikha"}, {"موزة", "Moza"}, {"هند", "Hind"}, {"العنود", "Alanoud"},
            {"مريم", "Maryam"}, {"نورة", "Noora"}, {"عائشة", "Aisha"}, {"لطيفة", "Latifa"}, {"دانة", "Dana"}, {"فاطمة", "Fatma"}};
    private static final String[][] FAMILY = {
            {"آل ثاني", "Al Thani"}, {"الكواري", "Al Kuwari"}, {"المري", "Al Marri"}, {"السليطي", "Al Sulaiti"},
            {"الكبيسي", "Al Kubaisi"}, {"النعيمي", "Al Naimi"}, {"المهندي", "Al Mohannadi"}, {"الهاجري", "Al Hajri"},
            {"العمادي", "Al Emadi"}, {"المناعي", "Al Mannai"}, {"الخليفي", "Al Khulaifi"}, {"الدوسري", "Al Dosari"},
            {"الأنصاري", "Al Ansari"}, {"المفتاح", "Al Muftah"}, {"العطية", "Al Attiyah"}};

    /** Residents by ISO numeric nationality; {@code passportStyle} residents' English names read SURNAME, GIVEN NAMES. */
    private static final List<Residents> RESIDENTS = List.of(
            new Residents("356", false, new String[][]{{"أرجون", "Arjun"}, {"فينود", "Vinod"}, {"سانجاي", "Sanjay"}},
                    new String[][]{{"لاكشمي", "Lakshmi"}, {"ديفيا", "Divya"}},
                    new String[][]{{"بيلاي", "Pillai"}, {"ريدي", "Reddy"}, {"كومار", "Kumar"}}),
            new Residents("524", false, new String[][]{{"رام", "Ram"}, {"بيكاش", "Bikash"}},
                    new String[][]{{"سيتا", "Sita"}},
                    new String[][]{{"ثابا", "Thapa"}, {"غورونغ", "Gurung"}, {"شريستا", "Shrestha"}}),
            new Residents("050", false, new String[][]{{"رفيق", "Rafiq"}, {"جمال", "Jamal"}},
                    new String[][]{{"نسرين", "Nasrin"}},
                    new String[][]{{"الدين", "Uddin"}, {"حسين", "Hossain"}, {"ميا", "Miah"}}),
            new Residents("608", true, new String[][]{{"خوان كارلوس", "JUAN CARLOS"}, {"مارك أنتوني", "MARK ANTHONY"}},
                    new String[][]{{"ماريا لويزا", "MARIA LUISA"}, {"جوي", "JOY"}},
                    new String[][]{{"ديلا كروز", "DELA CRUZ"}, {"سانتوس", "SANTOS"}, {"ريس", "REYES"}}),
            new Residents("818", false, new String[][]{{"محمود", "Mahmoud"}, {"عمرو", "Amr"}, {"طارق", "Tarek"}},
                    new String[][]{{"هبة", "Heba"}, {"رانيا", "Rania"}},
                    new String[][]{{"عبدالعال", "Abdelaal"}, {"الشربيني", "El Sherbiny"}, {"فوزي", "Fawzy"}}),
            new Residents("586", false, new String[][]{{"فيصل", "Faisal"}, {"عمر", "Umar"}},
                    new String[][]{{"حنا", "Hina"}},
                    new String[][]{{"ملك", "Malik"}, {"شودري", "Chaudhry"}}),
            new Residents("144", false, new String[][]{{"نيمال", "Nimal"}},
                    new String[][]{{"كوماري", "Kumari"}},
                    new String[][]{{"بيريرا", "Perera"}, {"فرناندو", "Fernando"}}),
            new Residents("729", false, new String[][]{{"عثمان", "Osman"}, {"الطيب", "Altayeb"}},
                    new String[][]{{"سلمى", "Salma"}},
                    new String[][]{{"الأمين", "Alamin"}, {"عبدالرحيم", "Abdelrahim"}}),
            new Residents("826", true, new String[][]{{"توماس", "THOMAS"}, {"دانيال", "DANIEL"}},
                    new String[][]{{"شارلوت", "CHARLOTTE"}},
                    new String[][]{{"أوكونور", "O'CONNOR"}, {"ويليامز", "WILLIAMS"}}),
            new Residents("682", false, new String[][]{{"تركي", "Turki"}, {"بندر", "Bandar"}},
                    new String[][]{{"ريما", "Reema"}},
                    new String[][]{{"القحطاني", "Al Qahtani"}, {"العتيبي", "Al Otaibi"}}),
            new Residents("048", false, new String[][]{{"عيسى", "Isa"}},
                    new String[][]{{"منيرة", "Muneera"}},
                    new String[][]{{"آل خليفة", "Al Khalifa"}, {"المناعي", "Al Mannai"}}));

    private MoiPopulation() {
    }

    /** QIDs of the fixed persons, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", QatarIdRules.qid(1985, QATAR, 1234));
        samples.put("EXPIRED", QatarIdRules.qid(1990, QATAR, 2345));
        samples.put("REVOKED", QatarIdRules.qid(1978, "356", 3456));
        samples.put("SUSPENDED", QatarIdRules.qid(2001, "608", 4567));
        samples.put("NOT_FOUND", QatarIdRules.qid(1999, QATAR, 98765));
        return samples;
    }

    public static List<MoiPerson> build(LocalDate today) {
        Map<String, String> s = samples();
        List<MoiPerson> people = new ArrayList<>();
        people.add(new MoiPerson(s.get("VALID"), "حمد خليفة جاسم آل ثاني", "Hamad Khalifa Jassim Al Thani",
                LocalDate.of(1985, 3, 14), Sex.MALE, QATAR, QidStatus.ACTIVE, today.plusYears(3).withMonth(6).withDayOfMonth(30)));
        people.add(new MoiPerson(s.get("EXPIRED"), "مريم عبدالله علي الكواري", "Maryam Abdulla Ali Al Kuwari",
                LocalDate.of(1990, 8, 2), Sex.FEMALE, QATAR, QidStatus.ACTIVE, today.minusMonths(8).withDayOfMonth(1)));
        people.add(new MoiPerson(s.get("REVOKED"), "أرجون فينود بيلاي", "Arjun Vinod Pillai",
                LocalDate.of(1978, 11, 21), Sex.MALE, "356", QidStatus.CANCELLED, today.plusYears(1)));
        people.add(new MoiPerson(s.get("SUSPENDED"), "ماريا لويزا ديلا كروز", "DELA CRUZ, MARIA LUISA",
                LocalDate.of(2001, 5, 9), Sex.FEMALE, "608", QidStatus.ON_HOLD, today.plusYears(2)));

        Random random = new Random(974);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(57), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            boolean resident = random.nextInt(100) < 70;
            Residents r = resident ? RESIDENTS.get(random.nextInt(RESIDENTS.size())) : null;
            String qid = QatarIdRules.qid(birth.getYear(), resident ? r.nationality() : QATAR, random.nextInt(100_000));
            if (birth.isAfter(today) || !taken.add(qid)) {
                continue;
            }
            people.add(randomPerson(random, qid, birth, r, today));
        }
        return people;
    }

    private static MoiPerson randomPerson(Random random, String qid, LocalDate birth, Residents resident, LocalDate today) {
        int roll = random.nextInt(100);
        QidStatus status;
        LocalDate expiry;
        if (roll < 82) {
            status = QidStatus.ACTIVE;
            expiry = today.plusDays(30 + random.nextInt(5 * 365));
        } else if (roll < 90) {
            // The ministry leaves a lapsed card ACTIVE until it is renewed or cancelled; only the date tells.
            status = QidStatus.ACTIVE;
            expiry = today.minusDays(1 + random.nextInt(700));
        } else if (roll < 94) {
            status = QidStatus.EXPIRED;
            expiry = today.minusDays(1 + random.nextInt(2000));
        } else if (roll < 97) {
            status = QidStatus.CANCELLED;
            expiry = today.plusDays(random.nextInt(1000));
        } else {
            status = QidStatus.ON_HOLD;
            expiry = today.plusDays(random.nextInt(1000));
        }
        boolean male = random.nextInt(100) < 65;
        Sex sex = male ? Sex.MALE : Sex.FEMALE;
        if (resident != null) {
            String[] first = male ? pick(random, resident.male()) : pick(random, resident.female());
            String[] family = pick(random, resident.family());
            String english = resident.passportStyle() ? family[1] + ", " + first[1] : first[1] + " " + family[1];
            return new MoiPerson(qid, first[0] + " " + family[0], english, birth, sex, resident.nationality(), status, expiry);
        }
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] family = pick(random, FAMILY);
        return new MoiPerson(qid, String.join(" ", first[0], father[0], grandfather[0], family[0]),
                String.join(" ", first[1], father[1], grandfather[1], family[1]), birth, sex, QATAR, status, expiry);
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }

    private record Residents(String nationality, boolean passportStyle, String[][] male, String[][] female, String[][] family) {
    }
}

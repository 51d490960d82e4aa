package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.ae.EmiratesIdRules;
import gcc.jisr.adapters.ae.IcpCardStatus;
import gcc.jisr.adapters.ae.IcpIdentity;
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
 * The identities of the simulated ICP registry: a few fixed ones whose IDNs the README and tests name, and a few
 * hundred more drawn from a fixed seed, so that every run serves the same people. As in the UAE itself, residents
 * hold Emirates IDs too, and outnumber citizens. Card expiries are placed relative to {@code today} so that "valid"
 * stays valid whatever the date.
 */
public final class IcpPopulation {

    public static final int GENERATED = 300;

    private static final String[][] MALE = {
            {"محمد", "Mohammed"}, {"أحمد", "Ahmed"}, {"راشد", "Rashid"}, {"سعيد", "Saeed"}, {"حمدان", "Hamdan"},
            {"خليفة", "Khalifa"}, {"سلطان", "Sultan"}, {"سيف", "Saif"}, {"خالد", "Khalid"}, {"عبيد", "Obaid"},
            {"ماجد", "Majid"}, {"حمد", "Hamad"}, {"منصور", "Mansour"}, {"حميد", "Humaid"}, {"علي", "Ali"},
            {"عبدالله", "Abdulla"}, {"عبدالرحمن", "Abdulrahman"}, {"جمعة", "Juma"}, {"مطر", "Matar"}, {"زايد", "Zayed"}};
    private static final String[][] FEMALE = {
            {"فاطمة", "Fatima"}, {"مريم", "Mariam"}, {"شمة", "Shamma"}, {"حصة", "Hessa"}, {"مهرة", "Mahra"},
            {"موزة", "Moza"}, {"اليازية", "Alyazia"}, {"لطيفة", "Latifa"}, {"آمنة", "Amna"}, {"ريم", "Reem"},
            {"ميرة", "Meera"}, {"نورة", "Noura"}, {"شيخة", "Sheikha"}, {"ميثاء", "Maitha"}, {"هند", "Hind"}};
    private static final String[][] FAMILY = {
            {"المنصوري", "Al Mansoori"}, {"الكعبي", "Al Kaabi"}, {"الشامسي", "Al Shamsi"}, {"المهيري", "Al Muhairi"},
            {"الظاهري", "Al Dhaheri"}, {"النعيمي", "Al Nuaimi"}, {"الهاملي", "Al Hameli"}, {"السويدي", "Al Suwaidi"},
            {"المزروعي", "Al Mazrouei"}, {"الفلاسي", "Al Falasi"}, {"الكتبي", "Al Ketbi"}, {"الرميثي", "Al Romaithi"},
            {"البلوشي", "Al Balushi"}, {"العامري", "Al Ameri"}, {"الزعابي", "Al Zaabi"}, {"المري", "Al Marri"},
            {"الطنيجي", "Al Tunaiji"}, {"الحمادي", "Al Hammadi"}, {"الشحي", "Al Shehhi"}, {"القبيسي", "Al Qubaisi"}};

    /** Residents by nationality: male given names, female given names, family names, each as {Arabic, English}. */
    private static final List<Residents> RESIDENTS = List.of(
            new Residents("IND", new String[][]{{"راجيش", "Rajesh"}, {"سوريش", "Suresh"}, {"أنيل", "Anil"}, {"ديباك", "Deepak"}},
                    new String[][]{{"بريا", "Priya"}, {"أنجالي", "Anjali"}},
                    new String[][]{{"كومار", "Kumar"}, {"ناير", "Nair"}, {"مينون", "Menon"}, {"شارما", "Sharma"}}),
            new Residents("PAK", new String[][]{{"عمران", "Imran"}, {"عثمان", "Usman"}, {"بلال", "Bilal"}},
                    new String[][]{{"عائشة", "Ayesha"}, {"سدرة", "Sidra"}},
                    new String[][]{{"خان", "Khan"}, {"بت", "Butt"}, {"قريشي", "Qureshi"}}),
            new Residents("BGD", new String[][]{{"رحيم", "Rahim"}, {"كريم", "Karim"}},
                    new String[][]{{"نسرين", "Nasrin"}},
                    new String[][]{{"حسين", "Hossain"}, {"إسلام", "Islam"}, {"رحمن", "Rahman"}}),
            new Residents("PHL", new String[][]{{"خوسيه", "Jose"}, {"مارك", "Mark"}},
                    new String[][]{{"ماريا", "Maria"}, {"أنجليكا", "Angelica"}, {"كريستين", "Kristine"}},
                    new String[][]{{"سانتوس", "Santos"}, {"رييس", "Reyes"}, {"ديلا كروز", "Dela Cruz"}}),
            new Residents("EGY", new String[][]{{"أحمد", "Ahmed"}, {"محمود", "Mahmoud"}, {"مصطفى", "Mostafa"}},
                    new String[][]{{"منى", "Mona"}, {"ياسمين", "Yasmin"}},
                    new String[][]{{"السيد", "El Sayed"}, {"عبدالفتاح", "Abdel Fattah"}, {"حسن", "Hassan"}}),
            new Residents("GBR", new String[][]{{"جيمس", "James"}, {"أوليفر", "Oliver"}},
                    new String[][]{{"إميلي", "Emily"}, {"سارة", "Sarah"}},
                    new String[][]{{"سميث", "Smith"}, {"براون", "Brown"}, {"تايلور", "Taylor"}}));

    private IcpPopulation() {
    }

    /** IDNs of the fixed identities, by the card status a verification answers for them. */
    public static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("VALID", idn(1985, 1234567));
        samples.put("EXPIRED", idn(1990, 2345678));
        samples.put("REVOKED", idn(1978, 3456789));
        samples.put("SUSPENDED", idn(2001, 4567890));
        samples.put("NOT_FOUND", idn(1999, 9876543));
        return samples;
    }

    public static List<IcpIdentity> build(LocalDate today) {
        Map<String, String> s = samples();
        List<IcpIdentity> people = new ArrayList<>();
        people.add(new IcpIdentity(s.get("VALID"), "محمد عبدالله أحمد المنصوري", "Mohammed Abdulla Ahmed Al Mansoori",
                LocalDate.of(1985, 3, 14), Sex.MALE, "ARE", IcpCardStatus.ACTIVE, today.plusYears(3).withMonth(6).withDayOfMonth(30)));
        people.add(new IcpIdentity(s.get("EXPIRED"), "فاطمة سعيد راشد الكعبي", "Fatima Saeed Rashid Al Kaabi",
                LocalDate.of(1990, 8, 2), Sex.FEMALE, "ARE", IcpCardStatus.ACTIVE, today.minusMonths(8).withDayOfMonth(1)));
        people.add(new IcpIdentity(s.get("REVOKED"), "راجيش كومار ناير", "Rajesh Kumar Nair",
                LocalDate.of(1978, 11, 21), Sex.MALE, "IND", IcpCardStatus.CANCELLED, today.plusYears(1)));
        people.add(new IcpIdentity(s.get("SUSPENDED"), "شمة خليفة سلطان الشامسي", "Shamma Khalifa Sultan Al Shamsi",
                LocalDate.of(2001, 5, 9), Sex.FEMALE, "ARE", IcpCardStatus.BLOCKED, today.plusYears(2)));

        Random random = new Random(971);
        Set<String> taken = new HashSet<>(s.values());
        while (people.size() < GENERATED + 4) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(57), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            String idn = idn(birth.getYear(), random.nextInt(10_000_000));
            if (birth.isAfter(today) || !taken.add(idn)) {
                continue;
            }
            people.add(randomIdentity(random, idn, birth, today));
        }
        return people;
    }

    private static IcpIdentity randomIdentity(Random random, String idn, LocalDate birth, LocalDate today) {
        int roll = random.nextInt(100);
        IcpCardStatus status;
        LocalDate expiry;
        if (roll < 82) {
            status = IcpCardStatus.ACTIVE;
            expiry = today.plusDays(30 + random.nextInt(5 * 365));
        } else if (roll < 90) {
            // ICP keeps a lapsed card ACTIVE until renewal is processed; only the date tells it has expired.
            status = IcpCardStatus.ACTIVE;
            expiry = today.minusDays(1 + random.nextInt(700));
        } else if (roll < 93) {
            status = IcpCardStatus.EXPIRED;
            expiry = today.minusDays(1 + random.nextInt(2000));
        } else if (roll < 95) {
            status = IcpCardStatus.LOST;
            expiry = today.plusDays(random.nextInt(1000));
        } else if (roll < 98) {
            status = IcpCardStatus.CANCELLED;
            expiry = today.plusDays(random.nextInt(1000));
        } else {
            status = IcpCardStatus.BLOCKED;
            expiry = today.plusDays(random.nextInt(1000));
        }
        boolean male = random.nextInt(100) < 60;
        if (random.nextInt(100) < 45) {
            Residents r = RESIDENTS.get(random.nextInt(RESIDENTS.size()));
            String[] first = male ? pick(random, r.male()) : pick(random, r.female());
            String[] second = pick(random, r.male());
            String[] family = pick(random, r.family());
            return new IcpIdentity(idn, first[0] + " " + second[0] + " " + family[0], first[1] + " " + second[1] + " " + family[1],
                    birth, male ? Sex.MALE : Sex.FEMALE, r.nationality(), status, expiry);
        }
        String[] first = male ? pick(random, MALE) : pick(random, FEMALE);
        String[] father = pick(random, MALE);
        String[] grandfather = pick(random, MALE);
        String[] family = pick(random, FAMILY);
        return new IcpIdentity(idn, String.join(" ", first[0], father[0], grandfather[0], family[0]),
                String.join(" ", first[1], father[1], grandfather[1], family[1]), birth, male ? Sex.MALE : Sex.FEMALE,
                "ARE", status, expiry);
    }

    private static String[] pick(Random random, String[][] names) {
        return names[random.nextInt(names.length)];
    }

    /** The Emirates ID for this year of birth and serial, its Luhn digit appended. */
    static String idn(int birthYear, int serial) {
        String firstFourteen = "784" + birthYear + "%07d".formatted(serial);
        return firstFourteen + EmiratesIdRules.luhnCheckDigit(firstFourteen);
    }

    private record Residents(String nationality, String[][] male, String[][] female, String[][] family) {
    }
}

package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.AdapterSettings;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 3166-1 numeric country codes a Qatar ID may carry in digits 4 to 6 (the holder's nationality), with their
 * alpha-3 codes. Qatar issues QIDs to residents of almost every nationality; this table holds all GCC states and the
 * nationalities that make up nearly all of Qatar's residents. A nationality not listed here makes an otherwise
 * well-formed QID invalid, so an operator who meets one adds it with the setting {@value #EXTRA}, e.g.
 * {@code 591:PAN, 068:BOL} (ISO 3166-1 numeric and alpha-3 codes): the codes are ISO's and never change meaning, but
 * which of them this table holds is this adapter's assumption.
 */
public final class QidNationalities {

    /** The setting that adds nationalities to the table: comma-separated {@code numeric:alpha-3} pairs. */
    public static final String EXTRA = "civil-id.extra-nationalities";

    /** A nationality: its ISO 3166-1 numeric code (three digits, as in the QID), alpha-3 code and English name. */
    public record Nationality(String numeric, String alpha3, String englishName) {
    }

    private static final Map<String, Nationality> BUILT_IN_TABLE = table(
            // The GCC states.
            "634 QAT Qatar", "682 SAU Saudi Arabia", "784 ARE United Arab Emirates", "414 KWT Kuwait", "048 BHR Bahrain",
            "512 OMN Oman",
            // South and South-East Asia.
            "356 IND India", "524 NPL Nepal", "050 BGD Bangladesh", "608 PHL Philippines", "586 PAK Pakistan",
            "144 LKA Sri Lanka", "360 IDN Indonesia", "458 MYS Malaysia", "764 THA Thailand", "704 VNM Viet Nam",
            "104 MMR Myanmar", "004 AFG Afghanistan", "156 CHN China", "410 KOR Korea, Republic of", "392 JPN Japan",
            "702 SGP Singapore",
            // The Arab states and Iran, Türkiye.
            "818 EGY Egypt", "729 SDN Sudan", "400 JOR Jordan", "760 SYR Syrian Arab Republic", "422 LBN Lebanon",
            "275 PSE Palestine, State of", "887 YEM Yemen", "368 IRQ Iraq", "788 TUN Tunisia", "504 MAR Morocco",
            "012 DZA Algeria", "434 LBY Libya", "478 MRT Mauritania", "706 SOM Somalia", "262 DJI Djibouti",
            "174 COM Comoros", "364 IRN Iran", "792 TUR Türkiye",
            // Africa.
            "404 KEN Kenya", "800 UGA Uganda", "231 ETH Ethiopia", "232 ERI Eritrea", "566 NGA Nigeria", "288 GHA Ghana",
            "834 TZA Tanzania", "120 CMR Cameroon", "686 SEN Senegal", "710 ZAF South Africa",
            // Europe, the Americas, Oceania.
            "826 GBR United Kingdom", "372 IRL Ireland", "250 FRA France", "276 DEU Germany", "380 ITA Italy",
            "724 ESP Spain", "620 PRT Portugal", "528 NLD Netherlands", "056 BEL Belgium", "756 CHE Switzerland",
            "752 SWE Sweden", "300 GRC Greece", "616 POL Poland", "642 ROU Romania", "804 UKR Ukraine",
            "643 RUS Russian Federation", "070 BIH Bosnia and Herzegovina", "008 ALB Albania", "860 UZB Uzbekistan",
            "840 USA United States", "124 CAN Canada", "076 BRA Brazil", "032 ARG Argentina", "484 MEX Mexico",
            "036 AUS Australia", "554 NZL New Zealand");

    /** The nationalities this adapter knows without configuration. */
    public static final QidNationalities BUILT_IN = new QidNationalities(BUILT_IN_TABLE);

    private final Map<String, Nationality> byNumeric;

    private QidNationalities(Map<String, Nationality> byNumeric) {
        this.byNumeric = byNumeric;
    }

    /** A nationality of the built-in table. */
    public static Optional<Nationality> byNumeric(String numeric) {
        return BUILT_IN.find(numeric);
    }

    /** The built-in table. */
    public static Collection<Nationality> all() {
        return BUILT_IN.nationalities();
    }

    public Optional<Nationality> find(String numeric) {
        return Optional.ofNullable(byNumeric.get(numeric));
    }

    public Collection<Nationality> nationalities() {
        return byNumeric.values();
    }

    /**
     * This table and the nationalities of {@value #EXTRA}.
     *
     * @throws gcc.jisr.adapters.InvalidAdapterSettingException for a pair that is not {@code NNN:AAA}, or a numeric code
     *                                                          the table already gives another alpha-3 code
     */
    public QidNationalities configured(AdapterSettings settings) {
        List<String> pairs = settings.list(EXTRA, List.of(), pair -> {
            if (!pair.matches("[0-9]{3}:[A-Z]{3}")) {
                throw new IllegalArgumentException("each nationality is written numeric:alpha-3, e.g. 591:PAN, not " + pair);
            }
            Nationality known = byNumeric.get(pair.substring(0, 3));
            if (known != null && !known.alpha3().equals(pair.substring(4))) {
                throw new IllegalArgumentException(pair.substring(0, 3) + " is already " + known.alpha3());
            }
            return pair;
        });
        if (pairs.isEmpty()) {
            return this;
        }
        Map<String, Nationality> map = new LinkedHashMap<>(byNumeric);
        for (String pair : pairs) {
            // The setting carries no English name; the alpha-3 code stands in for it.
            map.putIfAbsent(pair.substring(0, 3), new Nationality(pair.substring(0, 3), pair.substring(4), pair.substring(4)));
        }
        return new QidNationalities(Collections.unmodifiableMap(map));
    }

    private static Map<String, Nationality> table(String... rows) {
        Map<String, Nationality> map = new LinkedHashMap<>();
        for (String row : rows) {
            String numeric = row.substring(0, 3);
            if (map.put(numeric, new Nationality(numeric, row.substring(4, 7), row.substring(8))) != null) {
                throw new IllegalStateException("nationality " + numeric + " listed twice");
            }
        }
        return Map.copyOf(map);
    }
}

package gcc.jisr.adapters.qa;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 3166-1 numeric country codes a Qatar ID may carry in digits 4 to 6 (the holder's nationality), with their
 * alpha-3 codes. Qatar issues QIDs to residents of almost every nationality; this table holds all GCC states and the
 * nationalities that make up nearly all of Qatar's residents. A nationality not listed here makes an otherwise
 * well-formed QID invalid, so an operator who meets one adds it here: the codes are ISO's and never change meaning.
 */
public final class QidNationalities {

    /** A nationality: its ISO 3166-1 numeric code (three digits, as in the QID), alpha-3 code and English name. */
    public record Nationality(String numeric, String alpha3, String englishName) {
    }

    private static final Map<String, Nationality> BY_NUMERIC = table(
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

    private QidNationalities() {
    }

    public static Optional<Nationality> byNumeric(String numeric) {
        return Optional.ofNullable(BY_NUMERIC.get(numeric));
    }

    public static Collection<Nationality> all() {
        return BY_NUMERIC.values();
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

package gcc.jisr.adapters.kw.sim;

import java.time.LocalDate;
import java.util.List;

/** One person of the simulated PACI registry, as PACI stores it (four-part names in both scripts). */
public record PaciRecord(String civilNo, List<String> namePartsArabic, List<String> namePartsLatin, LocalDate birthDate,
                         char gender, String nationalityCode, String nationalityArabic, String cardStatus, LocalDate cardExpiry) {
}

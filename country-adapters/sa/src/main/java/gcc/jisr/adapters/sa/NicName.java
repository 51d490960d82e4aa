package gcc.jisr.adapters.sa;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A name in one script as the Saudi registry keeps it: the person's first name, the father's, the grandfather's
 * and the family name. Residents' records often have no grandfather's name (null); a citizen's have all four.
 */
public record NicName(String first, String father, String grandfather, String family) {

    public NicName {
        Objects.requireNonNull(first, "first");
    }

    /** The parts present, in order, separated by one space. */
    public String fullName() {
        return Stream.of(first, father, grandfather, family).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" "));
    }
}

package gcc.jisr.adapters.pension.segments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of a national pension file: a line of a flat file, an element of an XML file, an object of a JSON file.
 * Its type and fields carry logical names ({@code record}, {@code employeeContribution}); each syntax writes them
 * under the state's own names. A field that is absent has no entry: no syntax tells an empty value from a missing one.
 *
 * <p>A segment the syntax could not take apart (a CSV line with too few columns, a fixed-width line of the wrong
 * length, an XML element with an unknown child) is returned with a {@link #problem()} instead of being thrown, so that
 * one bad record of a batch does not stop the batch.
 *
 * @param type    the logical segment type, or {@code null} when not even that could be read
 * @param line    where the segment starts: its line number in the file, from 1
 * @param problem why the syntax could not read it, or {@code null}
 */
public record NationalSegment(String type, Map<String, String> fields, int line, String problem) {

    public NationalSegment {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static NationalSegment of(String type, Map<String, String> fields) {
        return new NationalSegment(Objects.requireNonNull(type, "type"), fields, 0, null);
    }

    public static NationalSegment unreadable(String type, int line, String problem) {
        return new NationalSegment(type, Map.of(), line, Objects.requireNonNull(problem, "problem"));
    }

    public boolean readable() {
        return problem == null;
    }

    public String field(String name) {
        return fields.get(name);
    }
}

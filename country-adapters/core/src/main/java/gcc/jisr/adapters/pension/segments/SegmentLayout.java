package gcc.jisr.adapters.pension.segments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of segment: its logical type, its fields in the order flat files write them, and whether a file may hold
 * many of it in a row (a JSON file then writes them as an array under {@code plural}).
 */
public record SegmentLayout(String type, String plural, List<FieldSpec> fields) {

    public SegmentLayout {
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
    }

    public static SegmentLayout single(String type, FieldSpec... fields) {
        return new SegmentLayout(type, null, List.of(fields));
    }

    public static SegmentLayout repeated(String type, String plural, FieldSpec... fields) {
        return new SegmentLayout(type, Objects.requireNonNull(plural, "plural"), List.of(fields));
    }

    public boolean repeated() {
        return plural != null;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}

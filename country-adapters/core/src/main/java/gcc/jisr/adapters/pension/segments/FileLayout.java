package gcc.jisr.adapters.pension.segments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of national pension file: its root name (the XML root element) and the segments it may hold, in the order
 * they come. The last segment type of a contribution report is its records, which a reader streams.
 */
public record FileLayout(String root, List<SegmentLayout> segments) {

    public FileLayout {
        Objects.requireNonNull(root, "root");
        segments = List.copyOf(segments);
    }

    public Optional<SegmentLayout> segment(String type) {
        return segments.stream().filter(s -> s.type().equals(type)).findFirst();
    }

    /** The segment written under this JSON member or XML element name, singular or plural. */
    public Optional<SegmentLayout> segmentNamed(String name, FieldNaming naming) {
        return segments.stream().filter(s -> naming.name(s.type()).equals(name)
                || (s.repeated() && naming.name(s.plural()).equals(name))).findFirst();
    }
}

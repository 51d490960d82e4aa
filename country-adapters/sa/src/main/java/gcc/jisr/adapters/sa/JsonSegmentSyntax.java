package gcc.jisr.adapters.sa;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.segments.FieldNaming;
import gcc.jisr.adapters.pension.segments.FieldSpec;
import gcc.jisr.adapters.pension.segments.FileLayout;
import gcc.jisr.adapters.pension.segments.NationalSegment;
import gcc.jisr.adapters.pension.segments.SegmentLayout;
import gcc.jisr.adapters.pension.segments.SegmentSyntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * National JSON files, streamed with Jackson's parser and generator: one JSON object per file, a member per segment
 * type (an object for a single segment, an array of objects under the plural name for a repeated one, e.g.
 * {@code "records": [...]}) and a string member per field. Each element of an array starts a new line, so that a
 * problem in a record can be told by its line as well as its index. Reading is strict: no duplicate members, no
 * trailing content, nesting no deeper than a file needs; a record with an unknown member or a member that is not a
 * string or number is returned unreadable and the reader goes on; JSON that is not well formed ends the file.
 */
public final class JsonSegmentSyntax implements SegmentSyntax {

    private static final int MAX_DEPTH = 4;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(8192).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final FieldNaming naming;
    /** Keyed by identity: layouts are constants, and hashing a record of lists for every field would cost more. */
    private final Map<SegmentLayout, Map<String, FieldSpec>> fieldsByName = Collections.synchronizedMap(new IdentityHashMap<>());

    public JsonSegmentSyntax(FieldNaming naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    @Override
    public SegmentWriter writer(FileLayout file, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        return new SegmentWriter() {
            private String array;

            @Override
            public void write(NationalSegment segment) throws IOException {
                SegmentLayout layout = file.segment(segment.type())
                        .orElseThrow(() -> new IllegalArgumentException(file.root() + " has no segment " + segment.type()));
                if (array != null && !array.equals(layout.type())) {
                    json.writeEndArray();
                    array = null;
                }
                if (layout.repeated()) {
                    if (array == null) {
                        json.writeArrayFieldStart(naming.name(layout.plural()));
                        array = layout.type();
                    }
                    json.writeRaw('\n');
                    json.writeStartObject();
                } else {
                    json.writeRaw('\n');
                    json.writeObjectFieldStart(naming.name(layout.type()));
                }
                for (FieldSpec field : layout.fields()) {
                    String value = segment.field(field.name());
                    if (value != null) {
                        json.writeStringField(naming.name(field.name()), value);
                    }
                }
                json.writeEndObject();
            }

            @Override
            public void finish() throws IOException {
                if (array != null) {
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            }
        };
    }

    @Override
    public SegmentReader reader(FileLayout file, InputStream in) throws IOException {
        JsonParser json = JSON.createParser(in);
        try {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new RegistryFormatException("the national JSON file is not a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return new SegmentReader() {
            private SegmentLayout array;
            private boolean ended;

            @Override
            public NationalSegment next() throws IOException {
                try {
                    return read();
                } catch (JsonProcessingException e) {
                    throw malformed(e);
                }
            }

            private NationalSegment read() throws IOException {
                while (!ended) {
                    if (array != null) {
                        JsonToken token = json.nextToken();
                        if (token == JsonToken.END_ARRAY) {
                            array = null;
                            continue;
                        }
                        return object(array, token);
                    }
                    JsonToken token = json.nextToken();
                    if (token == JsonToken.END_OBJECT) {
                        ended = true;
                        if (json.nextToken() != null) {
                            throw new RegistryFormatException("content after the end of the national JSON file");
                        }
                        return null;
                    }
                    if (token != JsonToken.FIELD_NAME) {
                        throw new RegistryFormatException("the national JSON file is cut short");
                    }
                    String name = json.currentName();
                    SegmentLayout layout = file.segmentNamed(name, naming).orElse(null);
                    JsonToken value = json.nextToken();
                    int line = json.currentLocation().getLineNr();
                    if (layout == null) {
                        json.skipChildren();
                        return NationalSegment.unreadable(null, line, "member " + name + " is not one of this file's");
                    }
                    if (layout.repeated() && naming.name(layout.plural()).equals(name)) {
                        if (value != JsonToken.START_ARRAY) {
                            json.skipChildren();
                            throw new RegistryFormatException(name + " must be an array");
                        }
                        array = layout;
                        continue;
                    }
                    return object(layout, value);
                }
                return null;
            }

            private NationalSegment object(SegmentLayout layout, JsonToken token) throws IOException {
                int line = json.currentLocation().getLineNr();
                String what = naming.name(layout.type());
                if (token != JsonToken.START_OBJECT) {
                    json.skipChildren();
                    return NationalSegment.unreadable(layout.type(), line, what + " must be a JSON object");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                String problem = null;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    JsonToken value = json.nextToken();
                    FieldSpec field = fieldNamed(layout, name);
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        json.skipChildren();
                        problem = problem != null ? problem : what + "." + name + " must be a string";
                    } else if (field == null) {
                        problem = problem != null ? problem : what + " has no member " + name;
                    } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                            || value == JsonToken.VALUE_NUMBER_FLOAT) {
                        String text = json.getText();
                        if (!text.isEmpty()) {
                            fields.put(field.name(), text);
                        }
                    } else if (value != JsonToken.VALUE_NULL) {
                        problem = problem != null ? problem : what + "." + name + " must be a string";
                    }
                }
                return problem == null ? new NationalSegment(layout.type(), fields, line, null)
                        : new NationalSegment(layout.type(), fields, line, problem);
            }

            @Override
            public void close() throws IOException {
                json.close();
            }
        };
    }

    private FieldSpec fieldNamed(SegmentLayout layout, String name) {
        return fieldsByName.computeIfAbsent(layout, l -> {
            Map<String, FieldSpec> byName = new HashMap<>();
            l.fields().forEach(f -> byName.put(naming.name(f.name()), f));
            return byName;
        }).get(name);
    }

    private static RegistryFormatException malformed(JsonProcessingException e) {
        return new RegistryFormatException("the national JSON file cannot be read: " + e.getOriginalMessage(), e);
    }
}

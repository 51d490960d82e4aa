package gcc.jisr.contracts.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * xs:dateTime as {@link OffsetDateTime}: a value without its UTC offset cannot be read, because the same local
 * time is a different instant in each GCC state's zone.
 *
 * <p>Written with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, not {@code toString()}: the latter leaves out
 * zero seconds ({@code 21:14+03:00}), which is not a valid xs:dateTime.
 */
public final class XmlDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

    @Override
    public OffsetDateTime unmarshal(String lexical) {
        return lexical == null ? null : OffsetDateTime.parse(lexical.strip());
    }

    @Override
    public String marshal(OffsetDateTime dateTime) {
        return dateTime == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
}

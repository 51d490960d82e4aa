package gcc.jisr.contracts.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.LocalDate;

/**
 * xs:date as {@link LocalDate}. A date with a zone suffix is refused rather than silently dropping the zone: the
 * canonical dates (birth, expiry, due date) are calendar days of their state, not instants.
 */
public final class XmlDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String lexical) {
        return lexical == null ? null : LocalDate.parse(lexical.strip());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

package gcc.jisr.contracts.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.YearMonth;

/**
 * xs:gYearMonth as {@link YearMonth}. A month with a zone suffix is refused: a contribution month is a month of the
 * host state's calendar, and XJC's default (XMLGregorianCalendar) would carry a zone that means nothing here.
 */
public final class XmlYearMonthAdapter extends XmlAdapter<String, YearMonth> {

    @Override
    public YearMonth unmarshal(String lexical) {
        return lexical == null ? null : YearMonth.parse(lexical.strip());
    }

    @Override
    public String marshal(YearMonth month) {
        return month == null ? null : month.toString();
    }
}

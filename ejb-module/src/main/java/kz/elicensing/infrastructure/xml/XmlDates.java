package kz.elicensing.infrastructure.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Converts java.time values to the xs:dateTime / xs:date values of the contracts. */
public final class XmlDates {
    private static final DatatypeFactory DATATYPES = create();

    private XmlDates() {}

    private static DatatypeFactory create() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static XMLGregorianCalendar dateTime(Instant instant) {
        return DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    public static XMLGregorianCalendar date(LocalDate day) {
        return DATATYPES.newXMLGregorianCalendarDate(
                day.getYear(), day.getMonthValue(), day.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }
}

package kz.elicensing.interfaces.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the workbench writes dates, times and money for a person: Asia/Almaty, {@code dd.MM.yyyy HH:mm}, and
 * {@code 19 660,00 ₸} (a no-break space between thousands, a comma before the tiyn).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {
    /** The regulations' clock: every time a person sees is Almaty time. */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A date as {@code dd.MM.yyyy}; empty for none. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        return DATE.format(almaty(value));
    }

    /** An instant (or a zoned or offset time) as Almaty {@code dd.MM.yyyy HH:mm}; a local date-time as it is. */
    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        return DATE_TIME.format(almaty(value));
    }

    /** Tenge as {@code 19 660,00 ₸}; an amount in tenge (BigDecimal, Long, Integer or a decimal string). */
    public String money(Object tenge) {
        if (tenge == null) {
            return "";
        }
        BigDecimal amount = tenge instanceof BigDecimal b ? b : new BigDecimal(tenge.toString());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + "\u00a0₸";
    }

    /** Tiyn (hundredths of a tenge, as payments count them) as {@link #money}. */
    public String tiyn(long tiyn) {
        return money(BigDecimal.valueOf(tiyn, 2));
    }

    private static LocalDateTime almaty(Object value) {
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ALMATY);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ALMATY).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ALMATY).toLocalDateTime();
        }
        if (value instanceof LocalDateTime l) {
            return l;
        }
        if (value instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), ALMATY);
        }
        throw new IllegalArgumentException(
                "Not a date or time: " + value.getClass().getName());
    }
}

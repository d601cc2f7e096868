package kz.elicensing.domain.workflow;

import java.time.LocalDate;
import java.util.Objects;

/** One row of the working calendar: a date, its kind and its name in Russian and Kazakh. */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String nameRu, String nameKz) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        nameRu = nameRu == null ? "" : nameRu;
        nameKz = nameKz == null ? "" : nameKz;
    }
}

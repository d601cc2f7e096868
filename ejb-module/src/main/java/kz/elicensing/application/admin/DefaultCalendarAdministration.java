package kz.elicensing.application.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChangeLog;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.workflow.CalendarDay;
import kz.elicensing.domain.workflow.CalendarNotLoadedException;
import kz.elicensing.domain.workflow.CalendarYear;
import kz.elicensing.domain.workflow.StatutoryCalendar;
import kz.elicensing.domain.workflow.WorkingCalendars;

/** The calendar commands: rows checked by {@link CalendarRows}, kept through {@link CalendarStore}, logged. */
@Stateless
public class DefaultCalendarAdministration implements CalendarAdministration {
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    CalendarStore store;

    @Inject
    WorkingCalendars calendars;

    @Inject
    AdminChangeLog changes;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public List<Integer> loadedYears() {
        return store.years().stream().map(Year::getValue).toList();
    }

    @Override
    public CalendarYearView year(int year) {
        return store.year(Year.of(year))
                .map(DefaultCalendarAdministration::view)
                .orElseGet(() -> new CalendarYearView(year, false, "", List.of(), 0));
    }

    @Override
    public CalendarYearView load(String actor, int year, LocalDate kurbanAitFirstDay, String rows, String note) {
        Year y = checkedYear(year);
        if (store.year(y).isPresent()) {
            throw new ElicensingException(ErrorCode.CALENDAR_YEAR_LOADED, y + " is loaded", String.valueOf(year));
        }
        List<CalendarDay> days = new ArrayList<>();
        String source;
        if (kurbanAitFirstDay != null) {
            if (!y.equals(Year.from(kurbanAitFirstDay))) {
                throw new ElicensingException(
                        ErrorCode.CALENDAR_DAY_INVALID,
                        "Kurban Ait not in " + y,
                        "Kurban Ait " + DOTTED.format(kurbanAitFirstDay));
            }
            try {
                days.addAll(StatutoryCalendar.rows(y, kurbanAitFirstDay));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ElicensingException(ErrorCode.CALENDAR_DAY_INVALID, e.getMessage(), e.getMessage());
            }
            source = "Law \"On holidays in the RK\"; Kurban Ait " + kurbanAitFirstDay;
        } else {
            source = "list entered by the administrator";
        }
        List<CalendarDay> listed = CalendarRows.parse(rows);
        days.addAll(listed);
        CalendarYear checked = CalendarRows.year(y, days);
        String fullNote = (note == null || note.isBlank() ? source : note.strip() + " (" + source + ")")
                + (listed.isEmpty() ? "" : "; " + listed.size() + " rows entered");
        StoredYear stored = new StoredYear(y, cut(fullNote), List.copyOf(checked.days()));
        store.add(stored);
        changes.record(
                actor,
                AdminArea.CALENDAR,
                String.valueOf(year),
                "LOAD",
                fullNote + "; days off: "
                        + checked.days().stream()
                                .map(d -> d.date() + " " + d.kind())
                                .collect(Collectors.joining(", ")));
        reloadAfterCommit();
        return view(stored);
    }

    @Override
    public CalendarYearView move(String actor, int year, LocalDate from, LocalDate to, String nameRu, String nameKz) {
        Year y = checkedYear(year);
        StoredYear stored = store.year(y).orElseThrow(() -> new CalendarNotLoadedException(y));
        CalendarRows.Move move = CalendarRows.move(CalendarRows.year(y, stored.days()), from, to, nameRu, nameKz);
        for (LocalDate date : List.of(from, to)) {
            long open = store.openApplicationsCountingOver(date);
            if (open > 0) {
                throw new ElicensingException(
                        ErrorCode.CALENDAR_DEADLINES_AFFECTED,
                        open + " open applications count over " + date,
                        String.valueOf(open),
                        DOTTED.format(date));
            }
        }
        store.replace(move.removed(), move.added());
        changes.record(
                actor,
                AdminArea.CALENDAR,
                String.valueOf(year),
                "MOVE",
                from + " -> " + to + ": removed " + move.removed() + ", added "
                        + move.added().stream()
                                .map(d -> d.date() + " " + d.kind())
                                .toList());
        reloadAfterCommit();
        return year(year);
    }

    @Override
    public LocalDate lastDay(LocalDate start, int workingDays) {
        if (start == null || workingDays < 0 || workingDays > 400) {
            throw new ElicensingException(
                    ErrorCode.CALENDAR_DAY_INVALID, "start and 0..400 working days", "start, days");
        }
        return calendars.current().addWorkingDays(start, workingDays);
    }

    private static Year checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ElicensingException(ErrorCode.CALENDAR_DAY_INVALID, "year " + year, String.valueOf(year));
        }
        return Year.of(year);
    }

    /** The cached calendar is dropped once the change is committed, so the next deadline reads it. */
    private void reloadAfterCommit() {
        if (transactions == null) {
            calendars.reload();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    calendars.reload();
                }
            }
        });
    }

    static CalendarYearView view(StoredYear stored) {
        CalendarYear year = new CalendarYear(stored.year(), stored.days());
        int working = (int) stored.year()
                .atDay(1)
                .datesUntil(stored.year().plusYears(1).atDay(1))
                .filter(year::isWorkingDay)
                .count();
        return new CalendarYearView(
                stored.year().getValue(),
                true,
                stored.note(),
                year.days().stream()
                        .map(d -> new CalendarDayView(
                                d.date(), d.kind().name(), d.kind().dayOff(), d.nameRu(), d.nameKz()))
                        .toList(),
                working);
    }

    private static String cut(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}

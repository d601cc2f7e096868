package kz.elicensing.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.elicensing.application.admin.CalendarAdministration;
import kz.elicensing.application.admin.CalendarAdministration.CalendarDayView;
import kz.elicensing.application.admin.CalendarAdministration.CalendarYearView;
import kz.elicensing.application.admin.CalendarRows;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;

/** admin/calendar.xhtml: a year as twelve months, the year loaded from the holidays law (or a list), a day off moved. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CalendarAdministration calendar;

    @Inject
    transient PageMessages messages;

    @Inject
    transient Clock clock;

    private int year;
    private CalendarYearView view;
    private List<Integer> loadedYears;
    private String kurbanAit;
    private String rows;
    private String note;
    private String from;
    private String to;
    private String nameRu;
    private String nameKz;

    /** One day cell of a month: its date (null for padding), its CSS kind and its row's names. */
    public record Cell(LocalDate date, String kind, String nameRu, String nameKz) {}

    /** A month: its first day and its weeks of seven cells (Monday first). */
    public record Month(LocalDate first, List<List<Cell>> weeks) {}

    @PostConstruct
    void init() {
        // the current Almaty year unless the address names one (?year=2028, the view parameter)
        year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty"))).getYear();
    }

    /** Reads the year asked for (page opened, or "Open"). */
    public void show() {
        try {
            view = calendar.year(year);
        } catch (ElicensingException e) {
            messages.refused(e);
            view = new CalendarYearView(year, false, "", List.of(), 0);
        }
        loadedYears = calendar.loadedYears();
    }

    public void load() {
        try {
            view = calendar.load(actor(), year, CalendarRows.date(kurbanAit), rows, note);
            loadedYears = calendar.loadedYears();
            messages.info("admin", "calendar.loadedDone", String.valueOf(year));
            kurbanAit = null;
            rows = null;
            note = null;
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    public void move() {
        try {
            view = calendar.move(actor(), year, required(from), required(to), nameRu, nameKz);
            messages.info("admin", "calendar.movedDone", from, to);
            from = null;
            to = null;
            nameRu = null;
            nameKz = null;
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    private static LocalDate required(String text) {
        LocalDate date = CalendarRows.date(text);
        if (date == null) {
            return CalendarRows.date("-");
        }
        return date;
    }

    /** The twelve months of the year, each as weeks of day cells marked by their calendar row or weekend. */
    public List<Month> getMonths() {
        Map<LocalDate, CalendarDayView> byDate =
                view.days().stream().collect(Collectors.toMap(CalendarDayView::date, Function.identity()));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(null, "pad", "", ""));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarDayView row = byDate.get(date);
                String kind = row != null
                        ? row.kind()
                        : date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                                ? "WEEKEND"
                                : "WORKING";
                week.add(new Cell(date, kind, row == null ? "" : row.nameRu(), row == null ? "" : row.nameKz()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, "pad", "", ""));
                }
                weeks.add(week);
            }
            months.add(new Month(month.atDay(1), weeks));
        }
        return months;
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public CalendarYearView getView() {
        return view;
    }

    public List<Integer> getLoadedYears() {
        return loadedYears;
    }

    public String getKurbanAit() {
        return kurbanAit;
    }

    public void setKurbanAit(String kurbanAit) {
        this.kurbanAit = kurbanAit;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameKz() {
        return nameKz;
    }

    public void setNameKz(String nameKz) {
        this.nameKz = nameKz;
    }
}

package kz.elicensing.interfaces.web.deadlines;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.elicensing.application.deadline.DeadlinesDesk;
import kz.elicensing.application.deadline.DeadlinesOverview;
import kz.elicensing.application.deadline.DefaultDeadlinesDesk;
import kz.elicensing.application.deadline.QualityQuestionnaire.QuestionnaireRow;
import kz.elicensing.application.deadline.SlaRow;
import kz.elicensing.application.registry.RegistryChoice;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.Language;
import kz.elicensing.interfaces.web.shared.PageMessages;

/**
 * {@code officer/deadlines.xhtml}: the provider's open applications by deadline (nearing and overdue first shown
 * apart), the SLA summary per service and the quality questionnaire, as tables and as Chart.js bar charts
 * ({@code p:chart} takes the chart's configuration as JSON, written here with JSON-B from records).
 */
@Named("deadlines")
@ViewScoped
public class DeadlinesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ON_TIME_COLOR = "#2e7d32";
    private static final String LATE_COLOR = "#b3261e";
    private static final String OPEN_OVERDUE_COLOR = "#8a5a00";
    private static final String INFO_COLOR = "#0b57a4";

    @Inject
    DeadlinesDesk desk;

    @Inject
    RegistryDesk registry;

    @Inject
    Language lang;

    @Inject
    PageMessages messages;

    private DeadlinesOverview overview;
    private Map<String, RegistryChoice> services;

    /** The view action: reads the overview of the signed-in officer's provider. */
    public void load() {
        try {
            overview = desk.overview(
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            services = registry.services().stream()
                    .collect(java.util.stream.Collectors.toMap(RegistryChoice::code, c -> c));
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    public DeadlinesOverview getOverview() {
        return overview;
    }

    /** How many open (and marked) applications the page lists at most. */
    public int getShown() {
        return DefaultDeadlinesDesk.SHOWN;
    }

    /** The service's title in the person's language (its code when the catalog no longer has it). */
    public String serviceTitle(String code) {
        RegistryChoice c = services == null ? null : services.get(code);
        return c == null ? code : lang.isKazakh() ? c.nameKz() : c.nameRu();
    }

    /** The mark's text in the person's language. */
    public String markText(String ru, String kk) {
        return lang.isKazakh() ? kk : ru;
    }

    /** A number with one decimal, as both languages write it (comma). */
    public String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    /** Chart.js: decisions on time and late (and open past the deadline) per service, stacked bars. */
    public String getSlaChart() {
        List<SlaRow> rows = overview == null ? List.of() : overview.sla();
        List<String> labels =
                rows.stream().map(r -> serviceTitle(r.serviceCode())).toList();
        return json(new Chart(
                "bar",
                new Data(
                        labels,
                        List.of(
                                new Dataset(
                                        text("deadlines.onTime"),
                                        rows.stream()
                                                .map(r -> (Number) r.onTime())
                                                .toList(),
                                        ON_TIME_COLOR,
                                        "decided"),
                                new Dataset(
                                        text("deadlines.late"),
                                        rows.stream()
                                                .map(r -> (Number) r.late())
                                                .toList(),
                                        LATE_COLOR,
                                        "decided"),
                                new Dataset(
                                        text("deadlines.openOverdue"),
                                        rows.stream()
                                                .map(r -> (Number) r.openOverdue())
                                                .toList(),
                                        OPEN_OVERDUE_COLOR,
                                        "open"))),
                options(text("deadlines.chart.sla"), true)));
    }

    /** Chart.js: the share of satisfied answers to both questions per service. */
    public String getQualityChart() {
        List<QuestionnaireRow> rows = overview == null ? List.of() : overview.quality();
        return json(new Chart(
                "bar",
                new Data(
                        rows.stream().map(r -> serviceTitle(r.serviceCode())).toList(),
                        List.of(
                                new Dataset(
                                        text("quality.processShare"),
                                        rows.stream()
                                                .map(r -> (Number) Math.round(r.qualityPercent()))
                                                .toList(),
                                        ON_TIME_COLOR,
                                        null),
                                new Dataset(
                                        text("quality.informationShare"),
                                        rows.stream()
                                                .map(r -> (Number) Math.round(r.accessibilityPercent()))
                                                .toList(),
                                        INFO_COLOR,
                                        null))),
                options(text("deadlines.chart.quality"), false)));
    }

    /** The chart's accessible name (the table below it has the same numbers). */
    public String chartLabel(String key) {
        return text(key);
    }

    private Map<String, Object> options(String title, boolean stacked) {
        return Map.of(
                "responsive", true,
                "maintainAspectRatio", false,
                "animation", false,
                "plugins", Map.of("title", Map.of("display", true, "text", title)),
                "scales",
                        Map.of(
                                "x", Map.of("stacked", stacked),
                                "y", Map.of("stacked", stacked, "beginAtZero", true, "ticks", Map.of("precision", 0))));
    }

    private String text(String key) {
        return messages.text("registry", key);
    }

    private static String json(Object value) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(value);
        } catch (Exception e) {
            throw new IllegalStateException("chart configuration", e);
        }
    }

    /** A Chart.js configuration: type, data and options. */
    public record Chart(String type, Data data, Map<String, Object> options) {}

    /** The chart's categories (services) and its series. */
    public record Data(List<String> labels, List<Dataset> datasets) {}

    /** One series: its name, values, colour and stack. */
    public record Dataset(String label, List<Number> data, String backgroundColor, String stack) {}
}

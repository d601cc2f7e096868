package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import kz.elicensing.application.deadline.DeadlineWatch;
import kz.elicensing.application.deadline.QualityQuestionnaire;
import kz.elicensing.application.deadline.SlaRow;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.domain.error.Messages;

/**
 * Deadlines and quality for the officers of one provider: the open applications they may see, most urgent first, with
 * the timer's mark; the SLA summary per service; and the quality questionnaire's summary per service.
 */
@WebServlet("/officer/deadlines")
public class DeadlinesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient DeadlineWatch watch;

    @EJB
    private transient QualityQuestionnaire questionnaire;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebTexts t = WebTexts.of(request, response);
        Locale locale = Messages.locale(t.lang());
        String officer = request.getRemoteUser();
        StringBuilder body = new StringBuilder("<p><a href=\"../officer\">")
                .append(t.html("registry.back"))
                .append("</a></p>");
        body.append("<h2>")
                .append(t.html("deadlines.open"))
                .append("</h2><table id=\"watched\"><tr><th>")
                .append(t.html("officer.number"))
                .append("</th><th>")
                .append(t.html("officer.service"))
                .append("</th><th>")
                .append(t.html("officer.deadline"))
                .append("</th><th>")
                .append(t.html("deadlines.mark"))
                .append("</th></tr>");
        for (ApplicationView a : watch.watched(officer)) {
            String mark = a.deadlineMark() == null ? "" : a.deadlineMark().name();
            body.append("<tr id=\"watch-")
                    .append(Html.escape(a.number()))
                    .append("\" data-mark=\"")
                    .append(mark)
                    .append("\"><td>")
                    .append(Html.escape(a.number()))
                    .append("</td><td>")
                    .append(Html.escape(a.serviceCode()))
                    .append("</td><td>")
                    .append(a.stepDeadline() != null ? a.stepDeadline() : a.deadline())
                    .append("</td><td>")
                    .append(
                            mark.isEmpty()
                                    ? ""
                                    : Html.escape(Messages.text(
                                            locale, a.deadlineMark().messageKey())))
                    .append("</td></tr>");
        }
        body.append("</table><h2>")
                .append(t.html("deadlines.sla"))
                .append("</h2><table id=\"sla\"><tr><th>")
                .append(t.html("officer.service"))
                .append("</th><th>")
                .append(t.html("deadlines.decided"))
                .append("</th><th>")
                .append(t.html("deadlines.onTime"))
                .append("</th><th>")
                .append(t.html("deadlines.late"))
                .append("</th><th>")
                .append(t.html("deadlines.openOverdue"))
                .append("</th><th>")
                .append(t.html("deadlines.avgWorking"))
                .append("</th><th>")
                .append(t.html("deadlines.avgCalendar"))
                .append("</th></tr>");
        for (SlaRow r : watch.sla(officer)) {
            body.append("<tr id=\"sla-")
                    .append(Html.escape(r.serviceCode()))
                    .append("\" data-on-time=\"")
                    .append(r.onTime())
                    .append("\" data-late=\"")
                    .append(r.late())
                    .append("\" data-open-overdue=\"")
                    .append(r.openOverdue())
                    .append("\"><td>")
                    .append(Html.escape(r.serviceCode()))
                    .append("</td><td>")
                    .append(r.decided())
                    .append("</td><td>")
                    .append(r.onTime())
                    .append("</td><td>")
                    .append(r.late())
                    .append("</td><td>")
                    .append(r.openOverdue())
                    .append("/")
                    .append(r.open())
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", r.averageWorkingDays()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", r.averageCalendarDays()))
                    .append("</td></tr>");
        }
        body.append("</table><h2>")
                .append(t.html("quality.title"))
                .append("</h2><table id=\"quality\"><tr><th>")
                .append(t.html("officer.service"))
                .append("</th><th>")
                .append(t.html("quality.answers"))
                .append("</th><th>")
                .append(t.html("quality.process"))
                .append("</th><th>")
                .append(t.html("quality.information"))
                .append("</th></tr>");
        for (QualityQuestionnaire.QuestionnaireRow r : questionnaire.summary(officer)) {
            body.append("<tr id=\"quality-")
                    .append(Html.escape(r.serviceCode()))
                    .append("\" data-answers=\"")
                    .append(r.answers())
                    .append("\"><td>")
                    .append(Html.escape(r.serviceCode()))
                    .append("</td><td>")
                    .append(r.answers())
                    .append("</td><td>")
                    .append(levels(r.processQuality()))
                    .append(" — ")
                    .append(String.format(Locale.ROOT, "%.0f%%", r.qualityPercent()))
                    .append("</td><td>")
                    .append(levels(r.informationQuality()))
                    .append(" — ")
                    .append(String.format(Locale.ROOT, "%.0f%%", r.accessibilityPercent()))
                    .append("</td></tr>");
        }
        body.append("</table>");
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(t, t.html("deadlines.title"), body.toString()));
    }

    /** not satisfied / partly / satisfied counts. */
    private static String levels(int[] counts) {
        return counts[0] + " / " + counts[1] + " / " + counts[2];
    }
}

package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import kz.elicensing.application.catalog.CatalogAdministration;
import kz.elicensing.application.catalog.OperationRow;
import kz.elicensing.domain.error.ElicensingException;

/**
 * The administrator's catalog API (role admin; a POST needs the X-Requested-By header against CSRF): GET lists every
 * service's operations; POST changes an operation, a refusal ground or a required document. `./catalog.sh` wraps it.
 */
@WebServlet("/admin/catalog")
public class CatalogAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient CatalogAdministration catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json; charset=UTF-8");
        response.getWriter()
                .write(catalog.overview().stream()
                        .map(CatalogAdminServlet::json)
                        .collect(Collectors.joining(",", "[", "]")));
    }

    /** {service, operation, enabled, term, unit, fee}. */
    static String json(OperationRow r) {
        return "{\"service\":" + EvidenceServlet.string(r.service()) + ",\"operation\":"
                + EvidenceServlet.string(r.operation())
                + ",\"enabled\":" + r.enabled() + ",\"term\":" + r.term() + ",\"unit\":"
                + EvidenceServlet.string(r.unit())
                + ",\"fee\":" + r.fee() + "}";
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getHeader("X-Requested-By") == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "X-Requested-By header required");
            return;
        }
        request.setCharacterEncoding("UTF-8");
        response.setContentType("application/json; charset=UTF-8");
        String admin = request.getRemoteUser();
        String service = request.getParameter("service");
        try {
            boolean found = true;
            switch (String.valueOf(request.getParameter("action"))) {
                case "set-operation" ->
                    catalog.setOperation(
                            admin,
                            service,
                            request.getParameter("operation"),
                            Boolean.parseBoolean(request.getParameter("enabled")),
                            Integer.parseInt(request.getParameter("term")),
                            request.getParameter("unit"),
                            new BigDecimal(request.getParameter("fee")));
                case "put-ground" ->
                    catalog.putRefusalGround(
                            admin,
                            service,
                            request.getParameter("code"),
                            request.getParameter("nameRu"),
                            request.getParameter("nameKz"),
                            request.getParameter("basisRu"),
                            request.getParameter("basisKz"));
                case "remove-ground" ->
                    found = catalog.removeRefusalGround(admin, service, request.getParameter("code"));
                case "put-document" ->
                    catalog.putRequiredDocument(
                            admin,
                            service,
                            request.getParameter("operation"),
                            request.getParameter("code"),
                            Boolean.parseBoolean(request.getParameter("mandatory")),
                            request.getParameter("applicantKind"),
                            request.getParameter("nameRu"),
                            request.getParameter("nameKz"));
                case "remove-document" ->
                    found = catalog.removeRequiredDocument(
                            admin, service, request.getParameter("operation"), request.getParameter("code"));
                default -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.getWriter().write("{\"ok\":false,\"errorCode\":\"UNKNOWN_ACTION\"}");
                    return;
                }
            }
            if (!found) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            response.getWriter().write("{\"ok\":" + found + "}");
        } catch (NumberFormatException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("{\"ok\":false,\"errorCode\":\"SCHEMA_VIOLATION\"}");
        } catch (ElicensingException | EJBException e) {
            ElicensingException refusal = OfficerForms.refusal(e);
            if (refusal == null) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter()
                    .write("{\"ok\":false,\"errorCode\":\"" + refusal.code().name() + "\",\"message\":"
                            + EvidenceServlet.string(refusal.getMessage()) + "}");
        }
    }
}

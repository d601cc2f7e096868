package kz.elicensing.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.elicensing.application.decision.PaymentReceipts;
import kz.elicensing.application.decision.ReceiptView;
import kz.elicensing.domain.error.ElicensingException;

/**
 * The scanned payment receipt of an application (Reg. 000 §2.2(6)), as stored, for the officer of its provider: the
 * bytes with the type their first bytes proved, and their SHA-256 in the {@code X-Content-SHA256} header.
 */
@WebServlet("/officer/receipt")
public class ReceiptServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient PaymentReceipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReceiptView receipt;
        try {
            receipt = receipts.receipt(request.getParameter("number"), request.getRemoteUser());
        } catch (ElicensingException | EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = receipt.content();
        response.setContentType(receipt.contentType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Content-SHA256", receipt.sha256());
        response.setHeader("Content-Disposition", "inline; filename=\"receipt-" + receipt.applicationNumber() + "\"");
        response.getOutputStream().write(content);
    }
}

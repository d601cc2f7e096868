package kz.elicensing.interfaces.soap;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.elicensing.application.AnsweredMessage;
import kz.elicensing.application.MessageService;

/**
 * Taps the SyncChannel for the evidence log: reads each POSTed envelope in full (the endpoint hands these bytes to
 * the application, which keeps them with the business change), copies the answer as it is sent, and afterwards has
 * the answer kept, and a refused request with it.
 */
public class SoapEvidenceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapEvidenceFilter.class.getName());

    @EJB
    private transient MessageService messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Instant receivedAt = Instant.now();
        byte[] body = request.getInputStream().readAllBytes();
        SoapExchange exchange = new SoapExchange(receivedAt, body);
        request.setAttribute(SoapExchange.ATTRIBUTE, exchange);
        CopyingResponse copying = new CopyingResponse(response);
        try {
            chain.doFilter(new BufferedRequest(request, body), copying);
        } finally {
            keep(exchange, copying.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR, copying.copy());
        }
    }

    /** SOAP 1.1 answers a fault with HTTP 500. */
    private void keep(SoapExchange exchange, boolean fault, byte[] answer) {
        try {
            messages.recordAnswer(new AnsweredMessage(exchange.receivedAt(), exchange.senderId(), exchange.messageId(),
                    exchange.serviceId(), exchange.applicationNumber(), exchange.requestKept(),
                    exchange.requestKept() ? null : exchange.requestBytes(), fault, answer));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "messageId=" + exchange.messageId() + ": the answer could not be kept in the evidence log", e);
        }
    }
}

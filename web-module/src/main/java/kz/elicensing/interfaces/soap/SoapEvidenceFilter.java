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
import kz.elicensing.shep.AnsweredMessage;
import kz.elicensing.shep.MessageService;

/**
 * Frames every SyncChannel exchange: hands the request's bytes to the endpoint (for the message signature check and
 * the evidence log), holds the answer back until it is signed (WS-Security, contracts §1), sends it, has it kept.
 */
public class SoapEvidenceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapEvidenceFilter.class.getName());

    @EJB
    private transient MessageService messages;

    /** Reads the POSTed envelope in full (the application keeps these bytes with the business change), signs and sends the answer. */
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
        BufferedResponse buffered = new BufferedResponse(response);
        byte[] answer = null;
        try {
            chain.doFilter(new BufferedRequest(request, body), buffered);
            answer = messages.signAnswer(buffered.body());
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
        } finally {
            keep(exchange, buffered.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    answer == null ? buffered.body() : answer);
        }
    }

    /** Has the answer kept (a fault when the status is 500, as SOAP 1.1 answers one) and a refused request with it. */
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

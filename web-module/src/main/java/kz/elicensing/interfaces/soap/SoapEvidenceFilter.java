package kz.elicensing.interfaces.soap;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.io.IOException;
import java.time.Instant;
import kz.elicensing.shep.SyncChannel;

/**
 * Frames every SyncChannel exchange: keeps the request's bytes for the endpoint (message signature check, evidence
 * log), holds the answer back until the ShEP adapter has signed and kept it (WS-Security, contracts §1), then sends it.
 */
public class SoapEvidenceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String REQUEST_BYTES = SoapEvidenceFilter.class.getName() + ".requestBytes";

    @EJB
    private transient SyncChannel channel;

    /** The envelope's bytes as received, as this filter read them for the current call (null without the filter). */
    static byte[] requestBytes(WebServiceContext context) {
        Object request = context == null ? null : context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http && http.getAttribute(REQUEST_BYTES) instanceof byte[] bytes
                ? bytes
                : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Instant receivedAt = Instant.now();
        byte[] body = request.getInputStream().readAllBytes();
        request.setAttribute(REQUEST_BYTES, body);
        BufferedResponse buffered = new BufferedResponse(response);
        try {
            chain.doFilter(new BufferedRequest(request, body), buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            channel.answered(receivedAt, body, buffered.body(), true);
            throw e;
        }
        byte[] answer = channel.answered(
                receivedAt,
                body,
                buffered.body(),
                buffered.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}

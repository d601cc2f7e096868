package kz.elicensing.interfaces.soap;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import kz.elicensing.shep.SyncChannel;

/**
 * Frames every SyncChannel exchange: refuses an address over its rate limit or a body over the size limit before
 * reading it, keeps the request's bytes (at most the limit) for the endpoint (message signature check, evidence log),
 * holds the answer back until the ShEP adapter has signed and kept it (WS-Security, contracts §1), then sends it.
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
        String address = request.getRemoteAddr();
        byte[] early = channel.refusedBeforeReading(receivedAt, address, request.getContentLengthLong());
        if (early != null) {
            refuse(response, early);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), channel.maxEnvelopeBytes());
        if (body.length > channel.maxEnvelopeBytes()) {
            refuse(response, channel.tooLarge(receivedAt, address, body));
            return;
        }
        request.setAttribute(REQUEST_BYTES, body);
        BufferedResponse buffered = new BufferedResponse(response);
        try {
            chain.doFilter(new BufferedRequest(request, body), buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            channel.answered(receivedAt, address, body, buffered.body(), true);
            throw e;
        }
        byte[] answer = channel.answered(
                receivedAt,
                address,
                body,
                buffered.body(),
                buffered.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /**
     * The body, read up to one byte past {@code limit} (a longer array means "too large"), so a body without a
     * Content-Length cannot make the server hold more than the limit; the HTTP listener's max-post-size cuts it too.
     */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, (long) limit + 1 - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
                if (total > limit) {
                    break;
                }
            }
        } catch (IOException e) {
            if (total < limit) {
                throw e;
            }
            out.write(0); // the listener cut the body at its max-post-size: too large
        }
        return out.toByteArray();
    }

    /** Sends a fault made before the body was read in full, and closes the connection (the rest is not read). */
    private static void refuse(HttpServletResponse response, byte[] fault) throws IOException {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml; charset=UTF-8");
        response.setHeader("Connection", "close");
        response.setContentLength(fault.length);
        response.getOutputStream().write(fault);
    }
}

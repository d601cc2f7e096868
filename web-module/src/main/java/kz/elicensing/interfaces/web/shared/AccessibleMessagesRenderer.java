package kz.elicensing.interfaces.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages without {@code role="alert"} on each list item: a list may hold only list items (axe-core's
 * "list" rule, serious); the messages' container announces them (aria-live) as before.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {
    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(
                new ResponseWriterWrapper(writer) {
                    @Override
                    public void writeAttribute(String name, Object value, String property) throws IOException {
                        if (!"role".equals(name) || !"alert".equals(value)) {
                            super.writeAttribute(name, value, property);
                        }
                    }
                },
                messages,
                message,
                severity,
                escape);
    }
}

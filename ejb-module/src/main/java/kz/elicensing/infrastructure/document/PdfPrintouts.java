package kz.elicensing.infrastructure.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.elicensing.application.query.Printouts;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders a signed result as an A4 PDF with DejaVu Sans embedded (every Kazakh letter) and a QR code carrying the
 * document's number and the SHA-256 of the signed XML, so a paper copy leads back to the registry and the original.
 */
@ApplicationScoped
public class PdfPrintouts implements Printouts {
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    @Override
    public byte[] pdf(ResultDocument result, String language) {
        Locale locale = Messages.locale(language);
        boolean kk = "kk".equals(locale.getLanguage());
        Document xml = SecureXml.parse(result.signedDocument());
        Element root = xml.getDocumentElement();
        List<String> lines = new ArrayList<>();
        String number = switch (root.getLocalName()) {
            case "License" -> text(root, "licenseNumber");
            case "Order" -> text(root, "orderNumber");
            default -> result.applicationNumber();
        };
        lines.add(Messages.text(locale, "print.title." + root.getLocalName(), number));
        lines.add(text(root, kk ? "titleKz" : "titleRu"));
        lines.add(Messages.text(locale, "print.application", result.applicationNumber()));
        for (Map.Entry<String, String> party : List.of(
                Map.entry("licensor", "print.licensor"),
                Map.entry("provider", "print.licensor"),
                Map.entry("issuer", "print.licensor"),
                Map.entry("licensee", "print.licensee"),
                Map.entry("trainingCenter", "print.licensee"))) {
            Element p = child(root, party.getKey());
            if (p != null) {
                lines.add(Messages.text(locale, party.getValue(), text(p, kk ? "nameKz" : "nameRu"), text(p, "id")));
                if (!text(p, "address").isEmpty()) {
                    lines.add(Messages.text(locale, "print.address", text(p, "address")));
                }
                if (!text(p, "headName").isEmpty()) {
                    lines.add(Messages.text(locale, "print.head", text(p, "headName"), text(p, "headIin")));
                }
            }
        }
        for (String field : List.of("reasonRu", "reasonKz", "commentRu", "commentKz", "decisionRu", "decisionKz")) {
            if (field.endsWith(kk ? "Kz" : "Ru") && !text(root, field).isEmpty()) {
                lines.add(text(root, field));
            }
        }
        for (String date : List.of("issuedAt", "refusedAt", "orderedAt")) {
            if (!text(root, date).isEmpty()) {
                lines.add(Messages.text(locale, "print.date", text(root, date)));
            }
        }
        if ("true".equals(text(root, "duplicate"))) {
            lines.add(Messages.text(locale, "print.duplicate"));
        }
        String digest = sha256(result.signedDocument());
        lines.add(Messages.text(locale, "print.signed", digest));
        return render(lines, number + "\n" + digest);
    }

    private static byte[] render(List<String> lines, String qrText) {
        try (PDDocument pdf = new PDDocument();
                InputStream font = PdfPrintouts.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("font " + FONT + " is not on the class path");
            }
            PDType0Font dejavu = PDType0Font.load(pdf, font);
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(pdf, qr(qrText));
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                boolean first = true;
                for (String line : lines) {
                    float size = first ? 14 : 11;
                    for (String wrapped : wrap(line, dejavu, size)) {
                        out.beginText();
                        out.setFont(dejavu, size);
                        out.newLineAtOffset(MARGIN, y);
                        out.showText(wrapped);
                        out.endText();
                        y -= size * 1.5f;
                    }
                    y -= 4;
                    first = false;
                }
                out.drawImage(qr, MARGIN, Math.max(MARGIN, y - 140), 128, 128);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line broken into pieces that fit the page width. */
    private static List<String> wrap(String line, PDType0Font font, float size) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.replace('\n', ' ').split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(tried) / 1000 * size > WIDTH && !current.isEmpty()) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static BufferedImage qr(String text) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            256,
                            256,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < m.getWidth(); x++) {
                for (int y = 0; y < m.getHeight(); y++) {
                    image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code of " + text, e);
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

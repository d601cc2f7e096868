package kz.elicensing.infrastructure.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Sets a printout's lines on A4 pages as PDF/A-2b: DejaVu Sans embedded (every Kazakh letter), an sRGB output intent,
 * XMP metadata matching the document information, a QR code with its caption after the text, "page N of M" on every
 * page.
 */
final class PdfA2bWriter {
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24;
    private static final float QR_SIZE = 128;
    private static final String PRODUCER = "E-licensing (Apache PDFBox)";

    private PdfA2bWriter() {}

    /**
     * The PDF: {@code lines} in order, then the QR code of {@code qrText} with {@code qrCaption} beside it; every page's
     * footer is {@code pageFooter} formatted with the page's number and the page count ({0}, {1}).
     */
    static byte[] write(
            List<PrintLine> lines,
            String qrText,
            String qrCaption,
            java.util.function.BiFunction<Integer, Integer, String> pageFooter,
            String title,
            String language,
            ZonedDateTime created) {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font regular = load(pdf, FONT);
            PDType0Font bold = load(pdf, BOLD);
            List<PDPage> pages = new ArrayList<>();
            PDPage page = newPage(pdf, pages);
            PDPageContentStream out = new PDPageContentStream(pdf, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try {
                for (PrintLine line : lines) {
                    PDType0Font font = line.bold() ? bold : regular;
                    y -= line.spaceBefore();
                    for (String piece : wrap(line.text(), font, line.size())) {
                        if (y - line.size() < BOTTOM) {
                            out.close();
                            page = newPage(pdf, pages);
                            out = new PDPageContentStream(pdf, page);
                            y = PDRectangle.A4.getHeight() - MARGIN;
                        }
                        float x = line.centred()
                                ? MARGIN + (WIDTH - font.getStringWidth(piece) / 1000 * line.size()) / 2
                                : MARGIN;
                        y -= line.size() * 1.35f;
                        text(out, font, line.size(), x, y, piece);
                    }
                }
                if (y - QR_SIZE - 12 < BOTTOM) {
                    out.close();
                    page = newPage(pdf, pages);
                    out = new PDPageContentStream(pdf, page);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                }
                y -= QR_SIZE + 12;
                PDImageXObject qr = LosslessFactory.createFromImage(pdf, qr(qrText));
                qr.setInterpolate(false);
                out.drawImage(qr, MARGIN, y, QR_SIZE, QR_SIZE);
                float captionY = y + QR_SIZE - 10;
                for (String piece : wrap(qrCaption, regular, 8.5f, WIDTH - QR_SIZE - 12)) {
                    text(out, regular, 8.5f, MARGIN + QR_SIZE + 12, captionY, piece);
                    captionY -= 8.5f * 1.35f;
                }
            } finally {
                out.close();
            }
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer =
                        new PDPageContentStream(pdf, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String f = pageFooter.apply(i + 1, pages.size());
                    float x = MARGIN + WIDTH - regular.getStringWidth(f) / 1000 * 8.5f;
                    text(footer, regular, 8.5f, x, MARGIN - 10, f);
                }
            }
            conformance(pdf, title, language, created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDF/A-2b: the sRGB output intent and XMP metadata (pdfaid 2/B) that say the same as the document information. */
    private static void conformance(PDDocument pdf, String title, String language, ZonedDateTime created)
            throws IOException {
        Calendar when = GregorianCalendar.from(created);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addLanguage(language);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer(PRODUCER);
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(serialized.toByteArray());
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            catalog.setMetadata(metadata);
            catalog.setLanguage(language);
            PDOutputIntent intent = new PDOutputIntent(
                    pdf,
                    new ByteArrayInputStream(
                            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("PDF/A metadata", e);
        }
    }

    private static PDPage newPage(PDDocument pdf, List<PDPage> pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        pages.add(page);
        return page;
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private static PDType0Font load(PDDocument pdf, String resource) throws IOException {
        try (InputStream font = PdfA2bWriter.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path");
            }
            return PDType0Font.load(pdf, font);
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size) throws IOException {
        return wrap(line, font, size, WIDTH);
    }

    /** The line broken into pieces that fit {@code width}. */
    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String whole : line.replace('\n', ' ').replace('\t', ' ').split(" ")) {
            String word = whole;
            while (font.getStringWidth(word) / 1000 * size > width && word.length() > 1) {
                int fits = word.length() - 1;
                while (fits > 1 && font.getStringWidth(word.substring(0, fits)) / 1000 * size > width) {
                    fits--;
                }
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current = new StringBuilder();
                }
                out.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            String tried = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(tried) / 1000 * size > width && !current.isEmpty()) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The QR code as a bitmap of one pixel per module (scaled up in the page without smoothing: sharp modules). */
    private static BufferedImage qr(String text) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < m.getWidth(); x++) {
                for (int y = 0; y < m.getHeight(); y++) {
                    image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code of " + text, e);
        }
    }
}

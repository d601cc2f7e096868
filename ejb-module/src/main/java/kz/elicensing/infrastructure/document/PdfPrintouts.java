package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import kz.elicensing.application.query.Printouts;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The printout of a signed result laid out like the state forms (issue 15 item 5): the licensor, the document's title
 * and number in the applicant's language with the other language's title, the Almaty date, the holder with IIN/BIN and
 * address, the activity with its subtypes and objects, the signer's name, position and certificate serial, the note that
 * an electronic document equals a paper one, the QR code of the public check, page numbers; set by {@link
 * PdfA2bWriter} as PDF/A-2b.
 */
@ApplicationScoped
public class PdfPrintouts implements Printouts {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The licensors' authorized persons (their names and positions); none outside the container. */
    @Inject
    AuthorizedPersons persons;

    /** The signer as the licensor's catalog names them (full name, position in the language), else as the certificate. */
    private Signer catalogued(Signer signer, String providerCode, java.time.LocalDate day, boolean kk) {
        if (signer == null || signer.iin() == null || providerCode == null || persons == null) {
            return signer;
        }
        return persons.validOn(providerCode, signer.iin(), day)
                .map(p -> signer.as(p.fullName(), kk ? p.positionKz() : p.positionRu()))
                .orElse(signer);
    }

    @Override
    public byte[] pdf(ResultDocument result, String language) {
        Locale locale = Messages.locale(language);
        Locale other = "kk".equals(locale.getLanguage()) ? Messages.RU : Messages.KK;
        boolean kk = "kk".equals(locale.getLanguage());
        Document xml = SecureXml.parse(result.signedDocument());
        Element root = xml.getDocumentElement();
        String kind = root.getLocalName();
        String number = switch (kind) {
            case "License" -> text(root, "licenseNumber");
            case "Order" -> text(root, "orderNumber");
            default -> result.applicationNumber();
        };
        List<PrintLine> lines = new ArrayList<>();
        Element authority = firstChild(root, "licensor", "provider", "issuer");
        if (authority != null) {
            lines.add(PrintLine.heading(text(authority, kk ? "nameKz" : "nameRu"), 12));
            lines.add(PrintLine.centred(text(authority, kk ? "nameRu" : "nameKz"), 9));
            lines.add(PrintLine.centred(Messages.text(locale, "print.authorityId", text(authority, "id")), 9));
        }
        String title = Messages.text(locale, "print.title." + kind, number);
        lines.add(new PrintLine(title, 16, true, true, 18));
        lines.add(PrintLine.centred(Messages.text(other, "print.title." + kind, number), 10));
        if (!text(root, "titleRu").isEmpty()) {
            lines.add(PrintLine.heading(text(root, kk ? "titleKz" : "titleRu"), 11));
            lines.add(PrintLine.centred(text(root, kk ? "titleRu" : "titleKz"), 9));
        }
        String dateField = switch (kind) {
            case "License" -> "issuedAt";
            case "Order" -> "orderedAt";
            default -> "refusedAt";
        };
        ZonedDateTime date = almaty(text(root, dateField));
        lines.add(
                new PrintLine(Messages.text(locale, "print.date." + kind, DATE.format(date)), 10.5f, false, false, 12));
        lines.add(PrintLine.body(Messages.text(locale, "print.application", result.applicationNumber())));
        if ("true".equals(text(root, "duplicate"))) {
            lines.add(new PrintLine(Messages.text(locale, "print.duplicate"), 11, true, false, 6));
        }
        if (!text(root, "baseLicenseNumber").isEmpty() && !"true".equals(text(root, "duplicate"))) {
            lines.add(PrintLine.body(Messages.text(locale, "print.base", text(root, "baseLicenseNumber"))));
        }
        Element holder = firstChild(root, "licensee", "trainingCenter");
        if (holder != null) {
            lines.add(PrintLine.label(Messages.text(locale, "print.holder." + kind)));
            lines.add(PrintLine.body(text(holder, kk ? "nameKz" : "nameRu")));
            lines.add(PrintLine.body(Messages.text(locale, "print.holderId", text(holder, "id"))));
            if (!text(holder, "address").isEmpty()) {
                lines.add(PrintLine.body(Messages.text(locale, "print.address", text(holder, "address"))));
            }
            if (!text(holder, "headName").isEmpty()) {
                lines.add(PrintLine.body(
                        Messages.text(locale, "print.head", text(holder, "headName"), text(holder, "headIin"))));
            }
        }
        if (!text(root, "applicantId").isEmpty()) {
            lines.add(PrintLine.label(Messages.text(locale, "print.applicant")));
            lines.add(PrintLine.body(Messages.text(locale, "print.holderId", text(root, "applicantId"))));
        }
        Element activity = child(root, "activity");
        if (activity != null) {
            List<String> subtypes = texts(activity, "subtype");
            if (!subtypes.isEmpty()) {
                lines.add(PrintLine.label(Messages.text(locale, "print.activity")));
                subtypes.forEach(s -> lines.add(PrintLine.body("• " + s)));
            }
            List<Element> objects = children(activity, "object");
            if (!objects.isEmpty()) {
                lines.add(PrintLine.label(Messages.text(locale, "print.objects")));
                int i = 1;
                for (Element o : objects) {
                    String description = text(o, "description");
                    lines.add(PrintLine.body(
                            i++ + ". " + text(o, "address") + (description.isEmpty() ? "" : " — " + description)));
                }
            }
        }
        if ("Refusal".equals(kind)) {
            lines.add(PrintLine.label(Messages.text(locale, "print.reason")));
            lines.add(PrintLine.body(text(root, kk ? "reasonKz" : "reasonRu")));
            String basis = text(root, kk ? "legalBasisKz" : "legalBasisRu");
            if (!basis.isEmpty()) {
                lines.add(PrintLine.body(Messages.text(locale, "print.legalBasis", basis)));
            }
            String comment = text(root, kk ? "commentKz" : "commentRu");
            if (!comment.isEmpty()) {
                lines.add(PrintLine.label(Messages.text(locale, "print.motivation")));
                lines.add(PrintLine.body(comment));
            }
        }
        if ("Order".equals(kind)) {
            lines.add(PrintLine.label(Messages.text(locale, "print.decision")));
            lines.add(PrintLine.body(text(root, kk ? "decisionKz" : "decisionRu")));
        }
        Signer signer = catalogued(Signer.of(xml), result.providerCode(), date.toLocalDate(), kk);
        lines.add(PrintLine.label(Messages.text(locale, "print.signature")));
        if (signer != null) {
            lines.add(PrintLine.body(Messages.text(locale, "print.signer", signer.name())));
            if (!signer.position().isEmpty()) {
                lines.add(PrintLine.body(Messages.text(locale, "print.signerPosition", signer.position())));
            }
            lines.add(PrintLine.body(Messages.text(
                    locale, "print.certificate", signer.serial(), signer.issuer(), DATE.format(signer.notAfter()))));
        }
        String digest = sha256(result.signedDocument());
        lines.add(PrintLine.small(Messages.text(locale, "print.digest", digest)));
        lines.add(PrintLine.small(Messages.text(locale, "print.law")));
        String verify = verifyUrl(number, digest);
        return PdfA2bWriter.write(
                lines,
                verify,
                Messages.text(locale, "print.verify", verify),
                (page, pages) -> Messages.text(locale, "print.page", page, pages),
                title,
                locale.getLanguage(),
                date);
    }

    /** The public check of this document (the QR code's content): {@code <public base>/verify/<number>?h=<sha256>}. */
    static String verifyUrl(String number, String digest) {
        String base = System.getProperty("elicensing.public-base-url", "http://127.0.0.1:8080/elicensing");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?h=" + digest;
    }

    private static ZonedDateTime almaty(String dateTime) {
        if (dateTime.isEmpty()) {
            return ZonedDateTime.now(ALMATY);
        }
        return OffsetDateTime.parse(dateTime).atZoneSameInstant(ALMATY);
    }

    private static Element firstChild(Element parent, String... localNames) {
        for (String name : localNames) {
            Element e = child(parent, name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream()
                .map(e -> e.getTextContent().strip())
                .toList();
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

package kz.elicensing.sandbox.ncalayer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.pki.TestPki;
import kz.elicensing.sandbox.portal.XmlSigner;
import kz.elicensing.sandbox.xml.SafeXml;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The subset of NCALayer's JSON protocol the sandbox answers: {@code kz.gov.pki.knca.basics} {@code sign} (format
 * xml) and {@code kz.gov.pki.knca.commonUtils} {@code signXml}, {@code signXmls}, {@code getActiveTokens},
 * {@code getKeyInfo}, {@code changeLocale}; signing with the key the {@link KeyPicker} chooses.
 */
public final class NcaLayerProtocol {

    public static final String MODULE_BASICS = "kz.gov.pki.knca.basics";
    public static final String MODULE_COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    /** What NCALayer reports on connect. */
    public static final String VERSION = "1.4";
    /** The keep-alive text some pages send; answered with itself. */
    public static final String HEARTBEAT = "--heartbeat--";
    /** commonUtils' message when the person closes the key dialog (with code 500). */
    public static final String CANCELED = "action.canceled";

    private static final DateTimeFormatter KEY_INFO_DATE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Almaty"));

    private final KeyPicker picker;

    public NcaLayerProtocol(KeyPicker picker) {
        this.picker = Objects.requireNonNull(picker, "picker");
    }

    /** The message sent when a connection opens: {@code {"result":{"version":"1.4"}}}. */
    public static String greeting() {
        return Json.createObjectBuilder()
                .add("result", Json.createObjectBuilder().add("version", VERSION))
                .build()
                .toString();
    }

    /** Answers one request text. */
    public String handle(String text) {
        if (HEARTBEAT.equals(text)) {
            return HEARTBEAT;
        }
        JsonObject request;
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            request = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return commonError("invalid request: " + e.getMessage(), null);
        }
        String module = request.getString("module", "kz.gov.pki.knca.applet.Applet");
        String method = request.getString("method", "");
        return switch (module) {
            case MODULE_BASICS -> basics(method, request.get("args"));
            case MODULE_COMMON_UTILS -> commonUtils(method, request.get("args"), request.get("uuid"));
            default ->
                Json.createObjectBuilder()
                        .add("success", false)
                        .add("errorCode", "MODULE_NOT_FOUND")
                        .build()
                        .toString();
        };
    }

    private String basics(String method, JsonValue args) {
        if (!"sign".equals(method)) {
            return basicsError("INVOCATION_ERROR", "unknown method " + method + " of " + MODULE_BASICS);
        }
        if (!(args instanceof JsonObject a)) {
            return basicsError("INVALID_SIGNING_PARAMS", "args must be an object");
        }
        if (!"xml".equalsIgnoreCase(a.getString("format", ""))) {
            return basicsError("INVALID_SIGNING_PARAMS", "the sandbox signs format \"xml\" only");
        }
        List<String> documents = new ArrayList<>();
        JsonValue data = a.get("data");
        if (data instanceof JsonString s) {
            documents.add(s.getString());
        } else if (data instanceof JsonArray arr && !arr.isEmpty()) {
            for (JsonValue v : arr) {
                if (!(v instanceof JsonString s)) {
                    return basicsError("INVALID_SIGNING_PARAMS", "data must be a string or an array of strings");
                }
                documents.add(s.getString());
            }
        } else {
            return basicsError("INVALID_SIGNING_PARAMS", "data must be a string or an array of strings");
        }
        KeyPicker.Choice choice = picker.choose(filter(a.get("signerParams")));
        if (choice.cancelled()) {
            return Json.createObjectBuilder()
                    .add("status", true)
                    .add("body", JsonValue.EMPTY_JSON_OBJECT)
                    .build()
                    .toString();
        }
        JsonArrayBuilder result = Json.createArrayBuilder();
        try {
            for (String xml : documents) {
                result.add(signXml(choice.identity(), xml, "", ""));
            }
        } catch (SigningException e) {
            return basicsError("SIGNING_FAILURE", e.getMessage());
        }
        return Json.createObjectBuilder()
                .add("status", true)
                .add("body", Json.createObjectBuilder().add("result", result))
                .build()
                .toString();
    }

    private static KeyPicker.Filter filter(JsonValue signerParams) {
        if (!(signerParams instanceof JsonObject p)) {
            return KeyPicker.Filter.NONE;
        }
        return new KeyPicker.Filter(string(p, "iin"), string(p, "bin"), string(p, "serialNumber"));
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private String commonUtils(String method, JsonValue args, JsonValue uuid) {
        JsonArray a = args instanceof JsonArray arr ? arr : JsonValue.EMPTY_JSON_ARRAY;
        switch (method) {
            case "getActiveTokens":
                return commonOk(JsonValue.EMPTY_JSON_ARRAY, uuid);
            case "changeLocale":
                return commonOk(null, uuid);
            case "getKeyInfo": {
                KeyPicker.Choice choice = picker.choose(KeyPicker.Filter.NONE);
                return choice.cancelled() ? commonError(CANCELED, uuid) : commonOk(keyInfo(choice), uuid);
            }
            case "signXml":
            case "signXmls": {
                if (a.size() < 3) {
                    return commonError(
                            "args: [storageName, keyType, xml, tbsElementXPath, signatureParentElementXPath]", uuid);
                }
                String tbs = a.size() > 3 ? a.getString(3, "") : "";
                String parent = a.size() > 4 ? a.getString(4, "") : "";
                List<String> documents = new ArrayList<>();
                JsonValue xml = a.get(2);
                if ("signXml".equals(method) && xml instanceof JsonString s) {
                    documents.add(s.getString());
                } else if ("signXmls".equals(method) && xml instanceof JsonArray arr) {
                    for (JsonValue v : arr) {
                        if (v instanceof JsonString s) {
                            documents.add(s.getString());
                        }
                    }
                } else {
                    return commonError("the third argument must be the XML (signXmls: an array of XML)", uuid);
                }
                KeyPicker.Choice choice = picker.choose(KeyPicker.Filter.NONE);
                if (choice.cancelled()) {
                    return commonError(CANCELED, uuid);
                }
                try {
                    if ("signXml".equals(method)) {
                        return commonOk(
                                Json.createValue(signXml(choice.identity(), documents.get(0), tbs, parent)), uuid);
                    }
                    JsonArrayBuilder out = Json.createArrayBuilder();
                    for (String d : documents) {
                        out.add(signXml(choice.identity(), d, tbs, parent));
                    }
                    return commonOk(out.build(), uuid);
                } catch (SigningException e) {
                    return commonError(e.getMessage(), uuid);
                }
            }
            default:
                return commonError("unknown method " + method + " of " + MODULE_COMMON_UTILS, uuid);
        }
    }

    /**
     * Signs like NCALayer: without {@code tbsXPath} the whole document (Reference URI=""), else the element it selects
     * (by its Id attribute); ds:Signature goes into the element {@code parentXPath} selects, else the root.
     */
    static String signXml(IssuedIdentity identity, String xml, String tbsXPath, String parentXPath)
            throws SigningException {
        Document doc;
        try {
            doc = SafeXml.parse(xml);
        } catch (SAXException | RuntimeException e) {
            throw new SigningException("the data is not well-formed XML: " + e.getMessage());
        }
        XmlSigner signer = new XmlSigner(identity);
        Element parent =
                parentXPath == null || parentXPath.isBlank() ? doc.getDocumentElement() : element(doc, parentXPath);
        String uri = "";
        if (tbsXPath != null && !tbsXPath.isBlank()) {
            Element tbs = element(doc, tbsXPath);
            String idName = tbs.hasAttribute("Id") ? "Id" : tbs.hasAttribute("id") ? "id" : "ID";
            if (!tbs.hasAttribute(idName)) {
                throw new SigningException("the element " + tbsXPath + " has no Id attribute");
            }
            tbs.setIdAttribute(idName, true);
            uri = "#" + tbs.getAttribute(idName);
        }
        try {
            signer.sign(doc, uri, parent);
        } catch (IllegalStateException e) {
            throw new SigningException(e.getMessage());
        }
        return XmlSigner.toXml(doc);
    }

    private static Element element(Document doc, String xpath) throws SigningException {
        try {
            Object n = XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODE);
            if (n instanceof Element e) {
                return e;
            }
            throw new SigningException("no element at " + xpath);
        } catch (XPathExpressionException e) {
            throw new SigningException("bad XPath " + xpath + ": " + e.getMessage());
        }
    }

    private static JsonObject keyInfo(KeyPicker.Choice choice) {
        X509Certificate c = choice.identity().certificate();
        X500Name subject = X500Name.getInstance(
                BCStyle.INSTANCE, c.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(
                BCStyle.INSTANCE, c.getIssuerX500Principal().getEncoded());
        return Json.createObjectBuilder()
                .add("alias", choice.alias())
                .add("keyId", c.getSerialNumber().toString(16))
                .add("algorithm", choice.identity().privateKey().getAlgorithm())
                .add("subjectCn", cn(subject))
                .add("subjectDn", subject.toString())
                .add("issuerCn", cn(issuer))
                .add("issuerDn", issuer.toString())
                .add("serialNumber", c.getSerialNumber().toString(16))
                .add("certNotAfter", KEY_INFO_DATE.format(c.getNotAfter().toInstant()))
                .add("certNotBefore", KEY_INFO_DATE.format(c.getNotBefore().toInstant()))
                .add("authorityKeyIdentifier", "")
                .add("pem", TestPki.toPem(c))
                .build();
    }

    private static String cn(X500Name name) {
        var rdns = name.getRDNs(BCStyle.CN);
        return rdns.length == 0
                ? ""
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private static String basicsError(String code, String message) {
        return Json.createObjectBuilder()
                .add("status", false)
                .add("code", code)
                .add("message", message)
                .build()
                .toString();
    }

    private static String commonOk(JsonValue responseObject, JsonValue uuid) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", "200").add("message", "");
        if (responseObject != null) {
            b.add("responseObject", responseObject);
        }
        if (uuid != null) {
            b.add("uuid", uuid);
        }
        return b.build().toString();
    }

    private static String commonError(String message, JsonValue uuid) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", "500").add("message", message);
        if (uuid != null) {
            b.add("uuid", uuid);
        }
        return b.build().toString();
    }

    /** The document cannot be signed as asked (not XML, no element at an XPath, ...). */
    static final class SigningException extends Exception {
        SigningException(String message) {
            super(message);
        }
    }
}

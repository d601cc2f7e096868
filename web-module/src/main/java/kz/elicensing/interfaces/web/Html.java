package kz.elicensing.interfaces.web;

/** Escapes text for HTML element content and attribute values. */
final class Html {
    /**
     * The pages' one stylesheet, a file of the application (the Content-Security-Policy allows no inline style); the
     * context root is fixed by the EAR's application.xml.
     */
    static final String STYLESHEET = "/elicensing/static/elicensing.css";

    private Html() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The common page frame: title, language switch, body. */
    static String page(WebTexts t, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + t.lang() + "\"><head><meta charset=\"UTF-8\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body>"
                + "<nav><a href=\"?lang=ru\">Русский</a> | <a href=\"?lang=kk\">Қазақша</a></nav>"
                + "<h1>" + title + "</h1>" + body + "</body></html>";
    }
}

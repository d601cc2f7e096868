package kz.elicensing.interfaces.web;

/** Escapes text for HTML element content and attribute values. */
final class Html {
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
                + "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:4px 8px}.msg{background:#eef;padding:8px}"
                + ".err{background:#fee;padding:8px}</style></head><body>"
                + "<nav><a href=\"?lang=ru\">Русский</a> | <a href=\"?lang=kk\">Қазақша</a></nav>"
                + "<h1>" + title + "</h1>" + body + "</body></html>";
    }
}

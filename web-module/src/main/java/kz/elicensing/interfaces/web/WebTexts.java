package kz.elicensing.interfaces.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The officer pages' texts in the person's language (ru or kk, chosen with ?lang= and kept in a cookie). */
final class WebTexts {
    private static final String BUNDLE = "kz.elicensing.web.i18n.web";
    private static final String COOKIE = "lang";

    private final Locale locale;
    private final ResourceBundle bundle;

    private WebTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                WebTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of this request: ?lang=, else the cookie, else Russian; remembers an explicit choice. */
    static WebTexts of(HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter(COOKIE);
        if ("ru".equals(lang) || "kk".equals(lang)) {
            Cookie cookie = new Cookie(COOKIE, lang);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        } else {
            lang = "ru";
            if (request.getCookies() != null) {
                for (Cookie c : request.getCookies()) {
                    if (COOKIE.equals(c.getName()) && "kk".equals(c.getValue())) {
                        lang = "kk";
                    }
                }
            }
        }
        return new WebTexts(Locale.forLanguageTag(lang));
    }

    /** The texts in {@code lang} (ru or kk) whatever the request asked: for pages that show both languages. */
    static WebTexts of(String lang) {
        return new WebTexts(Locale.forLanguageTag(lang));
    }

    String lang() {
        return locale.getLanguage();
    }

    /** The text for {@code key}, HTML-escaped, with arguments filled in (arguments escaped too). */
    String html(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = Html.escape(String.valueOf(args[i]));
        }
        String pattern = Html.escape(bundle.getString(key));
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(escaped);
    }
}

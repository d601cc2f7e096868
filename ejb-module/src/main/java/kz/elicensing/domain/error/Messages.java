package kz.elicensing.domain.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Person-facing texts in Russian and Kazakh from the {@code kz.elicensing.i18n.messages} bundles. */
public final class Messages {
    public static final Locale RU = Locale.forLanguageTag("ru");
    public static final Locale KK = Locale.forLanguageTag("kk");
    private static final String BUNDLE = "kz.elicensing.i18n.messages";

    private Messages() {}

    /** The text for {@code key} in {@code locale}, with {@code args} filled in. */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for key " + key + " in " + locale, e);
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String ru(String key, Object... args) {
        return text(RU, key, args);
    }

    public static String kk(String key, Object... args) {
        return text(KK, key, args);
    }

    /** Locale for a language code of the contract ({@code ru} or {@code kk}); Russian by default. */
    public static Locale locale(String language) {
        return "kk".equalsIgnoreCase(language) ? KK : RU;
    }
}

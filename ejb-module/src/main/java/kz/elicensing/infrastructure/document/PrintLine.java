package kz.elicensing.infrastructure.document;

/** One paragraph of a printout: its text and how it is set (size in points, bold, centred, space before it). */
record PrintLine(String text, float size, boolean bold, boolean centred, float spaceBefore) {

    static PrintLine heading(String text, float size) {
        return new PrintLine(text, size, true, true, 6);
    }

    static PrintLine centred(String text, float size) {
        return new PrintLine(text, size, false, true, 2);
    }

    static PrintLine label(String text) {
        return new PrintLine(text, 10.5f, true, false, 8);
    }

    static PrintLine body(String text) {
        return new PrintLine(text, 10.5f, false, false, 2);
    }

    static PrintLine small(String text) {
        return new PrintLine(text, 8.5f, false, false, 4);
    }
}

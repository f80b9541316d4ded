package org.multivector.common;

import java.util.Locale;

/** String helpers shared by name lookups, search and error messages. */
public final class Text {

    private Text() {
    }

    /**
     * The key under which a name or alias is stored and looked up: trimmed, inner white space
     * folded to one space, lower-cased. "  the  CSTO " and "The CSTO" share one key.
     */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Shortens a client-supplied value before it is echoed in an error message. */
    public static String abbreviate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max) + "…";
    }
}

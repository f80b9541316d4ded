package org.multivector.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** String helpers shared by name lookups, search and error messages. */
public final class Text {

    /** Compiled once: every lookup by name and every name a bulk import writes folds its white space. */
    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * The key under which a name or alias is stored and looked up: trimmed, inner white space
     * folded to one space, lower-cased. "  the  CSTO " and "The CSTO" share one key.
     */
    public static String nameKey(String name) {
        return WHITE_SPACE_RUN.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
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

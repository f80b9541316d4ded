package org.multivector.persistence;

/** Patterns of {@code like ... escape '\\'} conditions, in HQL and SQL alike. */
public final class Like {

    private Like() {
    }

    /** The pattern of values that contain {@code text}, whose own {@code %}, {@code _} and {@code \\} match themselves. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

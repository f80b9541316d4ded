package org.multivector.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.multivector.errors.InvalidCursorException;

/**
 * An opaque keyset cursor: the sort key and id of the last row a page returned. Cursors name
 * their connection, so one issued by another connection is refused instead of misread. They
 * stay valid while rows are added or removed, because they point at a key, not an offset.
 */
public record Cursor(String connection, long id, String sortKey) {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "|";

    public String encode() {
        String plain = String.join(SEPARATOR, VERSION, connection, Long.toString(id), sortKey == null ? "" : sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor issued by {@code connection}, or throws {@link InvalidCursorException}. */
    public static Cursor decode(String cursor, String connection) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !connection.equals(parts[1])) {
                throw new InvalidCursorException(cursor);
            }
            return new Cursor(connection, Long.parseLong(parts[2]), parts[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(cursor);
        }
    }
}

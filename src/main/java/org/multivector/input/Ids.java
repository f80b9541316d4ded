package org.multivector.input;
import org.multivector.common.Text;
import org.multivector.errors.InvalidArgumentException;

/**
 * Ids arrive as GraphQL {@code ID} strings; parsing them here gives a clear error for a
 * malformed one instead of the scalar coercion's.
 */
public final class Ids {

    private Ids() {
    }

    /** The numeric id in {@code value}, or an error naming {@code argument}. */
    public static long parse(String value, String argument) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidArgumentException("Argument '" + argument + "' is not an id of this service: '"
                + Text.abbreviate(value, 40) + "'");
    }
}

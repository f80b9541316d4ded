package org.multivector.security;

/** The roles the service knows. Reads are public; every write needs {@link #EDITOR}. */
public final class Roles {

    public static final String EDITOR = "editor";

    private Roles() {
    }
}

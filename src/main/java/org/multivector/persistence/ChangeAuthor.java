package org.multivector.persistence;

/**
 * Who makes the writes of the current thread, as revisions record it: {@code editor} (the
 * mutations; the default), {@code seed}, or {@code import:<file name>}.
 */
public final class ChangeAuthor {

    public static final String EDITOR = "editor";
    public static final String SEED = "seed";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ChangeAuthor() {
    }

    /** The author of a bulk import of this file. */
    public static String importOf(String fileName) {
        return "import:" + fileName;
    }

    /** Makes {@code author} the author of this thread's writes until the scope is closed. */
    public static Scope as(String author) {
        String previous = CURRENT.get();
        CURRENT.set(author);
        return () -> CURRENT.set(previous);
    }

    static String current() {
        String author = CURRENT.get();
        return author == null ? EDITOR : author;
    }

    /** Restores the author that was in place before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

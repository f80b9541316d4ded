package org.multivector.support;

import java.util.concurrent.ThreadLocalRandom;

/** Names no dataset holds, so that tests that write never meet each other's records. */
public final class Names {

    private Names() {
    }

    /** {@code prefix} and a made-up capitalised word of eight letters: "Realm Zqkfhwea". */
    public static String unique(String prefix) {
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return prefix + " " + word;
    }
}

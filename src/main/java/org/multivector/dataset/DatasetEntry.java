package org.multivector.dataset;

/**
 * One entry of a dataset list as read from the file: its value, or, where the entry does not
 * fit the format, the {@code problem}.
 *
 * @param line the line of the file the entry starts on
 */
public record DatasetEntry(DatasetSection section, int index, int line, Object value, String problem) {

    /** Where the entry is: {@code memberships[3]}. */
    public String path() {
        return section.field() + "[" + index + "]";
    }

    public boolean readable() {
        return problem == null;
    }
}

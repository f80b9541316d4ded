package org.multivector.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Partial ISO dates as the API stores them: "2024", "2024-10" or "2024-10-23". */
public final class PartialDate {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDate() {
    }

    /** Whether {@code value} is a real year, month or day in one of the three forms. */
    public static boolean isValid(String value) {
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            } else if (matcher.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

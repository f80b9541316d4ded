package org.multivector.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name's key: what lookups by name and the stored names are compared on. */
class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  the  CSTO '|the csto",
            "The CSTO|the csto",
            "'Russian\tFederation'|russian federation",
            "'Astana\n\r  City'|astana city",
            "kazakhstan|kazakhstan",
            "'İstanbul'|i̇stanbul",
            "'   '|''"
    })
    void aNameKeyIsTrimmedWithWhiteSpaceFoldedAndLowerCased(String name, String key) {
        assertEquals(key, Text.nameKey(name));
    }
}

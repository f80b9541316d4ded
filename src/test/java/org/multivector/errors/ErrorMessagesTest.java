package org.multivector.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error messages show the client's value, never graphql-java's syntax-tree object around it. */
class ErrorMessagesTest {

    @Test
    void syntaxTreeValuesBecomePlainValues() {
        assertEquals("argument 'first' with value 'abc' is not a valid 'Int'", ErrorMessages.clean(
                "argument 'first' with value 'StringValue{value='abc'}' is not a valid 'Int'"));
        assertEquals("argument 'first' with value '2147483648' is not a valid 'Int'", ErrorMessages.clean(
                "argument 'first' with value 'IntValue{value=2147483648}' is not a valid 'Int'"));
        assertEquals("not in allowable values for enum 'ActorKind' - 'EMPIRE'", ErrorMessages.clean(
                "not in allowable values for enum 'ActorKind' - 'EnumValue{name='EMPIRE'}'"));
        assertEquals("argument 'certainty' with value '['ASSERTED', 'PROBABLE']' is not a valid 'Certainty'",
                ErrorMessages.clean("argument 'certainty' with value 'ArrayValue{values=[EnumValue{name='ASSERTED'},"
                        + " EnumValue{name='PROBABLE'}]}' is not a valid 'Certainty'"));
    }

    @Test
    void otherMessagesStayAsTheyAre() {
        String message = "No actor is named 'Atlantis' (argument 'member')";
        assertEquals(message, ErrorMessages.clean(message));
    }
}

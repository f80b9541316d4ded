package org.multivector.fact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which refusals of a flush are a taken name: the database's words, as H2 and PostgreSQL put them. */
class NameKeyViolationTest {

    @Test
    void h2sDuplicateOfTheNamesKeyIsATakenName() {
        // as logged by H2 2.5 when ten clients added one name at once
        assertTrue(FactWriter.breaksNameKey(violation(null, "Unique index or primary key violation:"
                + " \"PUBLIC.ACTOR_NAME_KEY_UNIQUE INDEX PUBLIC.ACTOR_NAME_KEY_UNIQUE_INDEX_C ON PUBLIC.ACTOR_NAME(NAME_KEY"
                + " NULLS FIRST) VALUES ( /* 605 */ 'contested 84b4b34b' )\"")));
    }

    @Test
    void postgresqlsDuplicateOfTheNamesKeyIsATakenName() {
        assertTrue(FactWriter.breaksNameKey(violation("actor_name_key_unique",
                "ERROR: duplicate key value violates unique constraint \"actor_name_key_unique\"")));
    }

    @Test
    void anotherConstraintIsNot() {
        assertFalse(FactWriter.breaksNameKey(violation(null, "Unique index or primary key violation:"
                + " \"PUBLIC.PRIMARY KEY ON PUBLIC.ACTOR(ID) ( /* key:51 */ 51 )\"")));
        assertFalse(FactWriter.breaksNameKey(violation("actor_name_actor_id_fkey",
                "ERROR: insert or update on table \"actor_name\" violates foreign key constraint \"actor_name_actor_id_fkey\"")));
    }

    private static ConstraintViolationException violation(String constraint, String databaseMessage) {
        return new ConstraintViolationException("could not execute batch", new SQLException(databaseMessage, "23505"),
                "insert into actor_name", constraint);
    }
}

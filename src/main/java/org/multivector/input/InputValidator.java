package org.multivector.input;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.multivector.errors.InvalidArgumentException;

/**
 * Checks mutation inputs against their Bean Validation constraints and reports every violation
 * in one {@link InvalidArgumentException}: "input.name: must not be blank". Called explicitly
 * because SmallRye's own report of violations carries Java message keys to the client.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T valid(T input, String argument) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidArgumentException(violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> argument + "." + violation.getPropertyPath().toString().replace(".<list element>", "") + ": " + violation.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return input;
    }
}

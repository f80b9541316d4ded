package org.multivector.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Reads one property of a class: by its public getter, record accessor or field; {@link #NONE}
 * where the class has none. Getters come first: at run time the public fields of Panache entities
 * are read through the getters Quarkus generates, and {@code getField} does not find them.
 */
record PropertyAccessor(Method method, Field field) {

    static final PropertyAccessor NONE = new PropertyAccessor(null, null);

    static PropertyAccessor find(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + capitalised, "is" + capitalised, property)) {
            try {
                Method method = type.getMethod(name);
                if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
                    // skips the access check on every read, which took 1.4% of a list query
                    method.trySetAccessible();
                    return new PropertyAccessor(method, null);
                }
            } catch (NoSuchMethodException notThisOne) {
                // try the next name
            }
        }
        try {
            Field field = type.getField(property);
            if (Modifier.isStatic(field.getModifiers())) {
                return NONE;
            }
            field.trySetAccessible();
            return new PropertyAccessor(null, field);
        } catch (NoSuchFieldException none) {
            return NONE;
        }
    }

    /** The type of the value it reads. */
    Class<?> type() {
        return field != null ? field.getType() : method.getReturnType();
    }

    Object read(Object source) throws Exception {
        if (field != null) {
            return field.get(source);
        }
        try {
            return method.invoke(source);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

package io.github.imprint.typeset.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 digest of a tree of records (the model, the theme), written structurally: each record as
 * its class's name and its components in order, each string with its length, each list with its size,
 * so no two different trees are written alike, as they could be through {@code toString()} when a
 * paragraph's text happens to read like a record. Maps and sets are written in their iteration order,
 * so the trees digested keep them ordered (the theme's are sorted).
 */
final class RecordDigest {

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    private final Bytes.Out out = new Bytes.Out();

    RecordDigest add(Object value) {
        if (value == null) {
            out.unsigned(0);
        } else if (value instanceof String s) {
            out.unsigned(1);
            out.string(s);
        } else if (value instanceof Integer i) {
            out.unsigned(2);
            out.signed(i);
        } else if (value instanceof Long l) {
            out.unsigned(3);
            out.signed(l);
        } else if (value instanceof Boolean b) {
            out.unsigned(4);
            out.bool(b);
        } else if (value instanceof Enum<?> e) {
            out.unsigned(5);
            out.string(e.getDeclaringClass().getName());
            out.string(e.name());
        } else if (value instanceof Optional<?> o) {
            out.unsigned(6);
            add(o.orElse(null));
        } else if (value instanceof Collection<?> c) {
            out.unsigned(7);
            out.unsigned(c.size());
            c.forEach(this::add);
        } else if (value instanceof Map<?, ?> m) {
            out.unsigned(8);
            out.unsigned(m.size());
            m.forEach((k, v) -> add(k).add(v));
        } else if (value instanceof Record r) {
            out.unsigned(9);
            out.string(r.getClass().getName());
            for (Method accessor : ACCESSORS.computeIfAbsent(r.getClass(), RecordDigest::accessors)) {
                add(component(accessor, r));
            }
        } else if (value instanceof Path p) {
            out.unsigned(10);
            out.string(p.toString());
        } else {
            out.unsigned(11);
            out.string(value.getClass().getName());
            out.string(value.toString());
        }
        return this;
    }

    /** The digest of everything added. */
    byte[] digest() {
        return sha256().digest(out.toArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }

    private static Object component(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}

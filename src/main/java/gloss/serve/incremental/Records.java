package gloss.serve.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Generic access to record components, so that wrapping and comparing the model keeps working when
 * fields are added to it. Accessors are looked up once per class.
 */
final class Records {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) c.getAccessor().setAccessible(true);
            return components;
        }
    };

    private Records() {}

    /** One component of a record: its name and value. */
    record Part(String name, Object value) {}

    static List<Part> parts(Record record) {
        List<Part> out = new ArrayList<>();
        for (RecordComponent c : COMPONENTS.get(record.getClass())) out.add(new Part(c.getName(), get(c, record)));
        return out;
    }

    /** A copy of {@code record} with each component passed through {@code change(name, value)}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R copy(R record, BiFunction<String, Object, Object> change) {
        RecordComponent[] components = COMPONENTS.get(record.getClass());
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = change.apply(components[i].getName(), get(components[i], record));
        }
        try {
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (R) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        }
    }

    private static Object get(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor " + c.getName() + " failed", e.getCause());
        }
    }
}

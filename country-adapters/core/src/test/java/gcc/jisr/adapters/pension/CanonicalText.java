package gcc.jisr.adapters.pension;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The generated contract classes have no {@code equals}: this writes one as text, property by property (getters,
 * sorted by name), so that a test can compare what went into a national file with what came out of it. Amounts keep
 * their scale: {@code 2127.50} and {@code 2127.5} differ.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(item -> {
                write(item, out);
                out.append(", ");
            });
            out.append(']');
        } else if (value.getClass().getPackageName().startsWith("gcc.jisr.contracts") && !value.getClass().isEnum()) {
            out.append(value.getClass().getSimpleName()).append('{');
            Arrays.stream(value.getClass().getMethods())
                    .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class
                            && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> {
                        out.append(m.getName()).append('=');
                        try {
                            write(m.invoke(value), out);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                        out.append(", ");
                    });
            out.append('}');
        } else {
            out.append(value);
        }
    }
}

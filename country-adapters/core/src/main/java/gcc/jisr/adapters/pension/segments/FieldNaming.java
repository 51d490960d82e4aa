package gcc.jisr.adapters.pension.segments;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How a state spells logical names: {@code employerId} as {@code employerId}, {@code EmployerId} or {@code EMPLOYER_ID}. */
public enum FieldNaming {
    CAMEL, PASCAL, UPPER_SNAKE;

    /** Names are asked for every field of every record: computed once each (a few dozen logical names exist). */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public String name(String logical) {
        return names.computeIfAbsent(logical, this::spell);
    }

    private String spell(String logical) {
        return switch (this) {
            case CAMEL -> logical;
            case PASCAL -> Character.toUpperCase(logical.charAt(0)) + logical.substring(1);
            case UPPER_SNAKE -> logical.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        };
    }
}

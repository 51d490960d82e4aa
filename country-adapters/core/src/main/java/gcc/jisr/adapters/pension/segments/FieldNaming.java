package gcc.jisr.adapters.pension.segments;

import java.util.Locale;

/** How a state spells logical names: {@code employerId} as {@code employerId}, {@code EmployerId} or {@code EMPLOYER_ID}. */
public enum FieldNaming {
    CAMEL, PASCAL, UPPER_SNAKE;

    public String name(String logical) {
        return switch (this) {
            case CAMEL -> logical;
            case PASCAL -> Character.toUpperCase(logical.charAt(0)) + logical.substring(1);
            case UPPER_SNAKE -> logical.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        };
    }
}

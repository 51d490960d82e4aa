package gcc.jisr.gateway.production;

import java.util.List;
import java.util.stream.Collectors;

/** The production profile is active and development defaults are in force: the gateway does not start. */
public class UnsafeProductionSettings extends RuntimeException {

    private final List<UnsafeSetting> settings;

    public UnsafeProductionSettings(List<UnsafeSetting> settings) {
        super(describe(settings));
        this.settings = List.copyOf(settings);
    }

    public List<UnsafeSetting> settings() {
        return settings;
    }

    static String describe(List<UnsafeSetting> settings) {
        return "The production profile is active, and " + settings.size()
                + (settings.size() == 1 ? " setting is a development default" : " settings are development defaults")
                + " that must not reach production:\n\n"
                + settings.stream().map(setting -> "  - " + setting).collect(Collectors.joining("\n\n"));
    }
}

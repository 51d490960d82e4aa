package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code --name value} options of one pki sub-command, read strictly: anything unknown or malformed is a usage error. */
final class CommandLineOptions {

    private final String command;
    private final Map<String, String> values;

    private CommandLineOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    static CommandLineOptions parse(String command, List<String> arguments, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (!name.startsWith("--")) {
                throw new UsageException("pki " + command + ": unexpected argument '" + name + "'");
            }
            String option = name.substring(2);
            if (!allowed.contains(option)) {
                throw new UsageException("pki " + command + ": unknown option " + name + " (allowed: "
                        + allowed.stream().sorted().map(o -> "--" + o).collect(Collectors.joining(", ")) + ")");
            }
            if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                throw new UsageException("pki " + command + ": " + name + " needs a value");
            }
            if (values.put(option, arguments.get(++i)) != null) {
                throw new UsageException("pki " + command + ": " + name + " is given twice");
            }
        }
        return new CommandLineOptions(command, values);
    }

    boolean has(String option) {
        return values.containsKey(option);
    }

    Optional<String> text(String option) {
        return Optional.ofNullable(values.get(option));
    }

    String required(String option) {
        return text(option).orElseThrow(() -> new UsageException("pki " + command + ": --" + option + " is required"));
    }

    Path directory() {
        return Path.of(required("dir"));
    }

    int positive(String option, int byDefault) {
        Optional<String> value = text(option);
        if (value.isEmpty()) {
            return byDefault;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a number that is not positive
        }
        throw new UsageException("pki " + command + ": --" + option + " must be a whole number of days above 0, not '" + value.get() + "'");
    }

    GccState state() {
        String code = required("state").toUpperCase(Locale.ROOT);
        return GccState.fromCode(code).orElseThrow(() -> new UsageException("pki " + command + ": unknown state '" + values.get("state")
                + "' (one of " + Arrays.stream(GccState.values()).map(GccState::code).collect(Collectors.joining(", ")) + ")"));
    }

    Optional<CertificateKind> kind() {
        return text("kind").map(alias -> CertificateKind.fromAlias(alias.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UsageException("pki " + command + ": --kind must be tls or signing, not '" + alias + "'")));
    }

    BigInteger serial() {
        String hex = required("serial").replace(":", "");
        try {
            BigInteger serial = new BigInteger(hex, 16);
            if (serial.signum() > 0) {
                return serial;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("pki " + command + ": --serial must be a positive hexadecimal number, not '" + values.get("serial") + "'");
    }

    Optional<Instant> instant(String option) {
        return text(option).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("pki " + command + ": --" + option + " must be an ISO-8601 instant such as 2030-01-31T00:00:00Z, not '"
                        + value + "'");
            }
        });
    }

    Optional<URI> uri(String option) {
        return text(option).map(value -> {
            try {
                URI uri = new URI(value);
                if (uri.isAbsolute()) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new UsageException("pki " + command + ": --" + option + " must be an absolute URL, not '" + value + "'");
        });
    }

    /** A mistake in how the command was called, answered with the usage text and exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

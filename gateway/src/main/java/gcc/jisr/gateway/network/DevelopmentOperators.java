package gcc.jisr.gateway.network;

import gcc.jisr.gateway.admin.OperatorRole;
import gcc.jisr.gateway.files.OwnerOnlyFiles;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One operator of each role for every gateway of the local network ({@code admin}, {@code operator}, {@code auditor}),
 * so that the admin API, timelines and evidence export can be tried as the docs show. Each password is made once,
 * at random, and kept in {@code <pki>/operators/<name>.password}, readable by its owner only: the docs read it from
 * there, and a restarted network keeps it.
 */
final class DevelopmentOperators {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Map<OperatorRole, String> passwords = new LinkedHashMap<>();

    private DevelopmentOperators(Path directory) {
        this.directory = directory;
    }

    static DevelopmentOperators in(Path pkiDirectory) {
        DevelopmentOperators operators = new DevelopmentOperators(pkiDirectory.resolve("operators"));
        for (OperatorRole role : OperatorRole.values()) {
            operators.passwords.put(role, operators.passwordOf(name(role)));
        }
        return operators;
    }

    Path directory() {
        return directory;
    }

    /** The gateway settings that configure these operators (bcrypt hashes, never the passwords). */
    Map<String, String> settings() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        Map<String, String> settings = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<OperatorRole, String> operator : passwords.entrySet()) {
            settings.put("jisr.admin.users[" + i + "].name", name(operator.getKey()));
            settings.put("jisr.admin.users[" + i + "].password-hash", bcrypt.encode(operator.getValue()));
            settings.put("jisr.admin.users[" + i + "].roles", operator.getKey().name());
            i++;
        }
        return settings;
    }

    void describe(PrintStream out) {
        passwords.keySet().forEach(role -> out.printf("  %-9s %-9s curl -u \"%s:$(cat %s)\" ...%n", name(role), role,
                name(role), directory.resolve(name(role) + ".password")));
    }

    private String passwordOf(String name) {
        Path file = directory.resolve(name + ".password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] secret = new byte[18];
            RANDOM.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            OwnerOnlyFiles.write(file, password.getBytes(StandardCharsets.US_ASCII));
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development operator " + name + "'s password in " + file, e);
        }
    }

    private static String name(OperatorRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}

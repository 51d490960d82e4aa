package gcc.jisr.gateway.store;

import gcc.jisr.gateway.files.OwnerOnlyFiles;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded H2 store holds every envelope this gateway archived, personal data included, in files H2 creates itself
 * with whatever permissions the process's umask allows (rw-r--r-- on most machines). Its directory is therefore made
 * rwx------ before the data source opens its first connection (a data source opens none until it is first asked), and
 * the store's files from earlier runs are narrowed to rw-------; files H2 adds later sit in that directory, which no
 * other user can enter.
 */
public class H2StoreDirectory implements BeanPostProcessor {

    /** The files of one H2 database: the store, and those H2 writes beside it while it runs or when it fails. */
    private static final List<String> STORE_FILES = List.of(".mv.db", ".trace.db", ".lock.db");

    private final Environment environment;

    public H2StoreDirectory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            databaseFile(environment.getProperty("spring.datasource.url")).ifPresent(H2StoreDirectory::protect);
        }
        return bean;
    }

    private static void protect(Path database) {
        Path directory = database.toAbsolutePath().getParent();
        OwnerOnlyFiles.directory(directory);
        for (String suffix : STORE_FILES) {
            OwnerOnlyFiles.narrow(directory.resolve(database.getFileName() + suffix));
        }
    }

    /**
     * The database path of an H2 URL that names a local file ({@code jdbc:h2:file:./data/jisr-KW;MODE=PostgreSQL} gives
     * {@code ./data/jisr-KW}), or nothing for an in-memory database, an H2 server (its files are the server's) or any
     * other database.
     */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        // File-system prefixes (file:, nio:, split:, async:, ...) name how H2 writes, not where.
        while (name.matches("(?i)^[a-z]+:.*") && !name.matches("(?i)^[a-z]:[\\\\/].*")) {
            name = name.substring(name.indexOf(':') + 1);
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name));
    }
}

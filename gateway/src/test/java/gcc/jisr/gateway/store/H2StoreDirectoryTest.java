package gcc.jisr.gateway.store;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

class H2StoreDirectoryTest {

    @TempDir
    Path work;

    @Test
    void narrowsTheStoreOfAnEarlierRunAndItsDirectoryToTheOwnerBeforeTheFirstConnection() throws Exception {
        Path data = work.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("jisr-KW") + ";MODE=PostgreSQL";
        // An earlier gateway's store, as H2 leaves it: files and directory as open as the umask allows.
        try (Connection earlier = dataSource(url).getConnection()) {
            earlier.createStatement().execute("CREATE TABLE archive (id INT)");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("jisr-KW.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        JdbcDataSource store = dataSource(url);
        new H2StoreDirectory(new MockEnvironment().withProperty("spring.datasource.url", url))
                .postProcessBeforeInitialization(store, "dataSource");

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("jisr-KW.mv.db"))).isEqualTo("rw-------");
        try (Connection connection = store.getConnection()) {
            assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM archive").next()).isTrue();
        }
    }

    @Test
    void createsTheDirectoryOfANewStoreForItsOwnerOnly() throws Exception {
        String url = "jdbc:h2:" + work.resolve("new").resolve("data").resolve("jisr-SA");

        new H2StoreDirectory(new MockEnvironment().withProperty("spring.datasource.url", url))
                .postProcessBeforeInitialization(dataSource(url), "dataSource");

        assertThat(permissions(work.resolve("new").resolve("data"))).isEqualTo("rwx------");
    }

    @Test
    void findsTheDatabaseFileOfLocalH2UrlsOnly() {
        assertThat(H2StoreDirectory.databaseFile("jdbc:h2:file:./data/jisr-KW;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(Path.of("./data/jisr-KW"));
        assertThat(H2StoreDirectory.databaseFile("jdbc:h2:nio:/var/lib/jisr/jisr")).contains(Path.of("/var/lib/jisr/jisr"));
        assertThat(H2StoreDirectory.databaseFile("jdbc:h2:mem:jisr-KW;MODE=PostgreSQL")).isEmpty();
        assertThat(H2StoreDirectory.databaseFile("jdbc:h2:tcp://db.example:9092/jisr")).isEmpty();
        assertThat(H2StoreDirectory.databaseFile("jdbc:postgresql://db.example:5432/jisr")).isEmpty();
        assertThat(H2StoreDirectory.databaseFile(null)).isEmpty();
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("jisr");
        dataSource.setPassword("test-only");
        return dataSource;
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

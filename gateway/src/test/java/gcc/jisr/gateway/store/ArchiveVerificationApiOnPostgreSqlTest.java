package gcc.jisr.gateway.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway pointed at PostgreSQL by its spring.datasource settings alone: Flyway creates the tables in the
 * (fresh, empty) schema it is given, and the archive and its check run there.
 */
class ArchiveVerificationApiOnPostgreSqlTest extends ArchiveVerificationApiContract {

    private FreshStore schema;

    @Override
    List<String> storeSettings() {
        schema = FreshStore.postgres(false);
        return List.of("--spring.datasource.url=" + schema.url, "--spring.datasource.username=" + schema.user,
                "--spring.datasource.password=");
    }

    @Test
    void flywayCreatedTheStoresTablesInPostgreSql() {
        List<String> tables = schema.jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() ORDER BY table_name", String.class);

        assertThat(tables).contains("archive_record", "archive_chain_head", "outbox_entry", "delivery_attempt",
                "status_history", "flyway_schema_history");
    }

    @AfterAll
    void dropTheSchema() {
        stopTheGateway();
        if (schema != null) {
            schema.close();
        }
    }
}

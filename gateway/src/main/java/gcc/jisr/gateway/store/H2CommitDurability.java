package gcc.jisr.gateway.store;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes every commit of an embedded H2 file store reach the file before the commit returns. H2 otherwise keeps the
 * commits of the last second in memory (its write delay): a gateway killed in that second (SIGKILL, out of memory)
 * forgot violations it had already answered 202 Accepted for. With a write delay of 0 they survive the death of the
 * process; surviving the loss of the machine's power takes PostgreSQL (see docs/store-and-forward.md).
 *
 * <p>A Flyway callback, so that it holds before the schema is touched and before anything else uses the store, and
 * whatever H2 URL an operator configures.
 */
public class H2CommitDurability implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(H2CommitDurability.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!isH2OnFile(connection.getMetaData().getURL())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
            LOG.info("embedded H2 store: every commit is written to its file before it returns (write delay 0)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the H2 store's commits durable", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-commit-durability";
    }

    static boolean isH2OnFile(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        // jdbc:h2:mem: lives and dies with the process. Through a server (tcp:, ssl:) the setting is the database's, so
        // it holds there too.
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }
}

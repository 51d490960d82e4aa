package gcc.jisr.gateway.store;

import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneOffset;

/** How archive records and timestamps are read from and written to the store's tables. */
final class ArchiveRows {

    static final String COLUMNS = "sequence_number, message_id, direction, service, from_state, to_state, recorded_at, "
            + "envelope, signature, receipt, receipt_signature, previous_digest, record_digest";

    /**
     * A direction that is not one of ours (only possible by writing to the table directly) is read as null rather
     * than failing, so that the chain check can report the record instead of stopping.
     */
    static final RowMapper<ArchiveRecord> RECORD = (rs, row) -> new ArchiveRecord(
            rs.getLong("sequence_number"),
            rs.getString("message_id"),
            direction(rs.getString("direction")),
            rs.getString("service"),
            rs.getString("from_state"),
            rs.getString("to_state"),
            instant(rs, "recorded_at"),
            rs.getBytes("envelope"),
            rs.getString("signature"),
            rs.getBytes("receipt"),
            rs.getString("receipt_signature"),
            rs.getBytes("previous_digest"),
            rs.getBytes("record_digest"));

    private ArchiveRows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Typed, so that a null goes to PostgreSQL as a null bytea rather than a value of unknown type. */
    static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }

    /** A timestamp that may be null, typed for the same reason. */
    static SqlParameterValue moment(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, timestamp(instant));
    }

    static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static Direction direction(String stored) {
        for (Direction direction : Direction.values()) {
            if (direction.name().equals(stored)) {
                return direction;
            }
        }
        return null;
    }
}

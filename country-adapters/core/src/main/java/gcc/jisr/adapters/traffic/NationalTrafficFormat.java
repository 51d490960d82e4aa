package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.contracts.GccState;

import java.util.Optional;
import java.util.Set;

/**
 * One state's national traffic format, both ways: the gateway's translator writes notices and status changes and
 * reads answers; the state's traffic simulator reads notices and status changes and writes answers. One class per
 * state does both, so that the simulator cannot drift from what the translator writes, and golden files pin the bytes.
 *
 * <p>Every reader is strict: a missing field, a field the format does not allow, a value that breaks its pattern,
 * an unknown code is refused with a {@link gcc.jisr.adapters.RegistryFormatException} naming the field.
 */
public interface NationalTrafficFormat {

    GccState state();

    /** The media type of this format's requests and answers, with its charset. */
    String contentType();

    /** The settings {@link #configured} reads (codes, date patterns); paths and agency are {@link TrafficSettings}'. */
    Set<String> settingKeys();

    /** This format with an operator's settings applied; a setting not given keeps its value. */
    NationalTrafficFormat configured(AdapterSettings settings);

    byte[] writeNotice(NationalNotice notice);

    NationalNotice readNotice(byte[] body);

    byte[] writeStatusChange(NationalStatusChange change);

    NationalStatusChange readStatusChange(byte[] body);

    /** The HTTP 200 answer to a notice or a status change. */
    byte[] writeAnswer(NationalTrafficAnswer answer);

    NationalTrafficAnswer readAnswer(byte[] body);

    /** The body of a refusal (400 malformed, 404, 405, 413, 415, 503 unavailable) in this format. */
    byte[] writeRefusal(int httpStatus, String message);

    /** The message of a refusal, when the body is one; never throws, because it only serves to explain an error. */
    Optional<String> readRefusal(byte[] body);
}

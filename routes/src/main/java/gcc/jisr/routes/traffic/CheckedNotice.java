package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.traffic.v1.ViolationNotice;

import java.util.List;
import java.util.Objects;

/**
 * A violation notice from a national agency that passed every check a gateway makes before accepting it (contract,
 * offence code, plate of its registering state, currency and decimals, evidence digests and sizes), with the bytes
 * of its evidence.
 */
public record CheckedNotice(ViolationNotice notice, List<EvidenceFile> evidence) {

    public CheckedNotice {
        Objects.requireNonNull(notice, "notice");
        evidence = List.copyOf(evidence);
    }
}

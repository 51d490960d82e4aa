package gcc.jisr.gateway.store;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive's integrity check for operators: {@code {"valid":true,"records":N}}, or with {@code firstBroken}
 * naming the first record at which the chain breaks and why.
 */
@RestController
public class ArchiveVerificationController {

    private final ChainVerification verification;

    public ArchiveVerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping(path = "/api/v1/archive/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    public ChainReport verification() {
        return verification.verify();
    }
}

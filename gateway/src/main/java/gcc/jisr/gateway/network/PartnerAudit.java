package gcc.jisr.gateway.network;

import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.LogEscaping;
import gcc.jisr.gateway.problems.LogMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of the border: who called (certificate subject, address), what (envelope service and id when it
 * could be read) and why it was refused or accepted. A logger of its own ({@code jisr.audit}) so that operators can
 * route it to tamper-evident storage. Everything in a line may come from the caller, so each value is escaped to stay
 * on its line.
 */
final class PartnerAudit {

    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");

    private PartnerAudit() {
    }

    static void accepted(String who, String what) {
        AUDIT.info("partner envelope ACCEPTED who=[{}] what=[{}]", LogEscaping.escape(who), LogEscaping.escape(what));
    }

    static void refused(String who, String what, JisrException why) {
        AUDIT.warn("partner envelope REFUSED who=[{}] what=[{}] code={} why=[{}]", LogEscaping.escape(who),
                LogEscaping.escape(what), why.error().code(), LogMasking.mask(why.getMessage()));
    }
}

package gcc.jisr.gateway.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report: what an operator reads first is the list
 * of settings to change, not a stack trace.
 */
public class UnsafeProductionSettingsAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettings cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Change every setting listed above (docs/operators.md, \"Production mode\"), or start without the "
                        + ProductionSafety.PROFILE + " profile on a developer's machine.",
                cause);
    }
}

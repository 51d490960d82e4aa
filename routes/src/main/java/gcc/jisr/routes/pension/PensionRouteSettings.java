package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.traffic.RetrySchedule;

import java.time.Clock;
import java.time.Duration;

/** What the pension routes are given by the application. */
public record PensionRouteSettings(GccState ownState, PensionLedger ledger, PensionSealing sealing, PensionFund fund,
                                   RetrySchedule retries, Duration pollInterval, int batchSize, int concurrency,
                                   PensionLimits limits, Duration envelopeValidity, Clock clock) {
}

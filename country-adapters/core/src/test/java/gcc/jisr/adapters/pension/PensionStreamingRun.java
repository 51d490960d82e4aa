package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.sim.PensionFundSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.CurrencyCode;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One streaming contribution report, run in a JVM of its own so that its heap can be bounded: the translator of the
 * home state writes {@code count} records made one at a time into the national format, streamed in chunks over HTTP to
 * the fund simulator, which reads and checks them one at a time and streams its per-record answer back, which the
 * translator reads into the canonical acknowledgement. Prints one line {@code OK ...} and exits 0 when every record
 * was accepted; anything else exits 1. The heap in use is sampled every 5 ms (its peak, not the sum of the pools'
 * peaks, which happen at different times), and the process's CPU time is given beside the wall time: on a shared
 * machine the wall time says more about the neighbours than about the formats. Arguments: state code, record count, civil IDs (comma-separated) of that state.
 */
public final class PensionStreamingRun {

    private PensionStreamingRun() {
    }

    public static void main(String[] args) throws Exception {
        GccState home = GccState.valueOf(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> civilIds = Arrays.asList(args[2].split(","));
        GccState host = PensionSamples.hostFor(home);
        CurrencyCode currency = PensionSamples.currencyOf(host);

        PensionFundSimulator simulator = ServiceLoader.load(PensionFundSimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.state() == home).findFirst().orElseThrow();
        PensionSystemTranslator translator = CountryAdapters.discover().forState(home).orElseThrow().pensionSystem();
        simulator.insure(id -> true);
        URI base = simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try {
            ContributionReport report = PensionSamples.head("STREAM-" + home + "-" + count, host, home);
            report.setTotals(PensionSamples.generatedTotals(count, currency));
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            PensionCall call = translator.contributionReportDelivery(report,
                    PensionSamples.generated(count, civilIds, home, currency), PensionSamples.MESSAGE_ID);
            ContributionReportAcknowledgement ack = PensionHttp.send(base, call, (status, body) ->
                    translator.contributionAcknowledgementOf(report, PensionSamples.MESSAGE_ID, status, body, PensionHttp.now()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            sampler.interrupt();
            boolean ok = ack.getRefused() == null && ack.getAcceptedCount() == count && ack.getRejectedCount() == 0
                    && ack.getRecordResult().size() == count && simulator.contributionRecordsReceived() == count;
            System.out.println((ok ? "OK" : "FAILED") + " state=" + home + " records=" + count + " accepted=" + ack.getAcceptedCount()
                    + " rejected=" + ack.getRejectedCount() + " received=" + simulator.contributionRecordsReceived()
                    + " millis=" + millis + " cpuMillis=" + cpuMillis + " peakHeapUsedMiB=" + peak.get() / (1024 * 1024)
                    + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.exit(ok ? 0 : 1);
        } finally {
            simulator.close();
        }
    }
}

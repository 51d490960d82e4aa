package gcc.jisr.gateway.admin.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operators' console in a real headless Chromium (Debian's chromium and chromedriver), against a Kuwaiti and a
 * Saudi gateway on loopback: log in, hold and release the Saudi partner while notices are submitted (every one
 * arrives), find a message and open its timeline, replay a dead letter, change a partner's endpoint and disable and
 * enable it, switch to Arabic. The console is on the management port, over TLS with the development certificate, which
 * the browser is told to accept; the notices come from the Kuwaiti traffic agency with its certificate. Screenshots of each step
 * are kept in target/console-screenshots. Without a browser on the machine the tests are skipped, unless
 * JISR_REQUIRE_BROWSER is set (as .ci/run does), where a missing browser fails them.
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("jisr.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("jisr.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path PKI = Path.of("target", "console-test-pki");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger PLATES = new AtomicInteger(5000);

    private static LocalGccNetwork network;
    /** Operators' client for the management port: TLS trusting the GCC root, no client certificate. */
    private static HttpClient operators;
    /** The Kuwaiti traffic agency's system, with its certificate. */
    private static HttpClient trafficAgency;
    private static WebDriver browser;
    private static String console;

    @BeforeAll
    static void startTwoGatewaysAndABrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("JISR_REQUIRE_BROWSER") != null) {
            assertThat(present).as("chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER).isTrue();
        }
        assumeTrue(present, "no chromium/chromedriver: apt-get install -y chromium chromium-driver");
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jisr.admin.users[0].name", "omar");
        settings.put("jisr.admin.users[0].password-hash", bcrypt.encode("operator-secret"));
        settings.put("jisr.admin.users[0].roles", "OPERATOR");
        settings.put("jisr.admin.users[1].name", "aisha");
        settings.put("jisr.admin.users[1].password-hash", bcrypt.encode("auditor-secret"));
        settings.put("jisr.admin.users[1].roles", "AUDITOR");
        settings.put("jisr.admin.users[2].name", "amal");
        settings.put("jisr.admin.users[2].password-hash", bcrypt.encode("admin-secret"));
        settings.put("jisr.admin.users[2].roles", "ADMIN");
        settings.put("jisr.outbox.poll-interval", "200ms");
        // Qatar's gateway is configured but not there: a notice for a Qatari car fails and soon becomes a dead letter.
        settings.put("jisr.partners.gateways.QA", "https://127.0.0.1:9");
        settings.put("jisr.partners.timeout", "2s");
        settings.put("jisr.outbox.retry.first-interval", "300ms");
        settings.put("jisr.outbox.retry.give-up-after", "2s");
        network = LocalGccNetwork.onFreePorts(List.of(GccState.KW, GccState.SA))
                .start(PKI, "changeit", settings);
        console = network.node(GccState.KW).managementUrl() + "/console";
        operators = AgencyClients.anonymous(PKI);
        trafficAgency = AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The gateway's development certificate chains to a development GCC root the browser does not know.
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void theConsoleIsServedWithAPolicyThatAllowsNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = operators.send(HttpRequest.newBuilder(URI.create(console + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"console.js\">").doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheDashboard(TestInfo test) throws Exception {
        browser.get(console);
        type("login-name", "omar");
        type("login-password", "not-the-password");
        click("login-submit");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "Wrong name or password"));
        assertThat(element("app").isDisplayed()).isFalse();

        logIn();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#dash-partners tbody"), "SA"));
        assertThat(text("who")).isEqualTo("omar");
        assertThat(element("dash-certificates").getText()).contains("SIGNING KW", "GCC ROOT");
        Path shot = screenshot(test, "dashboard");
        Files.createDirectories(Path.of("target", "docs"));
        Files.copy(shot, Path.of("target", "docs", "console-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void holdingTheSaudiPartnerKeepsItsNoticesAndReleasingItDeliversEveryOne(TestInfo test) throws Exception {
        TrafficSystemSimulator saudiSystem = network.context(GccState.SA).getBean(SimulatedRegistries.class)
                .trafficSimulator(GccState.SA).orElseThrow();
        logIn();
        tab("partners");
        type("partner-reason", "SA maintenance window");
        click("partner-suspend-SA");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("partner-resume-SA")));
        assertThat(row("partners", "SA").getText()).contains("yes");

        List<String> references = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            references.add(submitNotice(GccState.SA));
        }
        Thread.sleep(1_000); // five polls of the outbox: nothing may leave while SA is held
        assertThat(references).allSatisfy(reference ->
                assertThat(saudiSystem.noticeDeliveries(GccState.KW, reference)).as(reference).isZero());
        screenshot(test, "partner-held");

        click("partner-resume-SA");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("partner-suspend-SA")));
        Instant until = Instant.now().plusSeconds(60);
        while (!references.stream().allMatch(r -> saudiSystem.noticeDeliveries(GccState.KW, r) == 1)
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(references).allSatisfy(reference ->
                assertThat(saudiSystem.noticeDeliveries(GccState.KW, reference)).as(reference).isEqualTo(1));
        // The operator may not read the audit log; the auditor finds both actions there, with the reason given.
        tab("audit");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "JISR-403-ROLE"));
        logIn("aisha", "auditor-secret");
        tab("audit");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#audit tbody"), "PARTNER_RESUME"));
        assertThat(element("audit").getText()).contains("PARTNER_SUSPEND", "SA maintenance window", "omar");
        screenshot(test, "audit");
    }

    @Test
    void aMessageIsFoundByItsIdAndItsTimelineShowsItsWay(TestInfo test) throws Exception {
        String trackingId = trackingIdOf(submitNotice(GccState.SA));
        awaitStatus(trackingId, "ACKNOWLEDGED");
        logIn();
        tab("messages");
        type("search-id", trackingId);
        click("search-submit");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertThat(text("detail-id")).isEqualTo(trackingId);
        String timeline = text("timeline");
        assertThat(timeline).contains("ACCEPTED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        // Both gateways' steps, the Saudi ones asked from the Saudi gateway and verified, each with its node.
        assertThat(text("timeline-partner")).contains("signature verified", "SA");
        List<WebElement> saudiSteps = browser.findElements(By.cssSelector("#timeline tr.side-partner"));
        assertThat(saudiSteps).isNotEmpty().allSatisfy(step -> assertThat(step.getText()).contains("SA", "sa-"));
        assertThat(element("evidence-download").isDisplayed()).as("no evidence export for an operator").isFalse();
        assertThat(text("payload")).contains("SPEEDING").doesNotContain("1012345672");
        screenshot(test, "timeline");
    }

    @Test
    void aDeadLetterIsReplayedAndThenDiscardedFromTheConsole(TestInfo test) throws Exception {
        String trackingId = trackingIdOf(submitNotice(GccState.QA));
        awaitStatus(trackingId, "DEAD_LETTER");
        logIn();
        tab("dead-letters");
        WebElement row = waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#dead-letters tr[data-tracking='" + trackingId + "']")));
        row.findElement(By.cssSelector("input.pick")).click();
        type("replay-reason", "Qatar gateway back");
        screenshot(test, "dead-letters");
        click("replay-selected");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Replayed: " + trackingId));
        assertThat(history(trackingId).events()).contains("DEAD_LETTER", "REPLAYED");

        // Qatar is still not there: it is a dead letter again, and this time the operator gives it up for good.
        awaitStatus(trackingId, "DEAD_LETTER");
        tab("messages");
        tab("dead-letters");
        waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#dead-letters tr[data-tracking='" + trackingId + "'] input.pick"))).click();
        element("replay-reason").clear();
        click("discard-selected");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Give a reason first"));
        type("replay-reason", "sent to Qatar by hand");
        click("discard-selected");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Discarded: " + trackingId));
        awaitStatus(trackingId, "DISCARDED");
        assertThat(history(trackingId).events()).endsWith("DISCARDED");
        assertThat(browser.findElements(By.cssSelector("#dead-letters tr[data-tracking='" + trackingId + "']"))).isEmpty();
    }

    @Test
    void anAdminChangesAPartnersEndpointAndDisablesAndEnablesIt(TestInfo test) throws Exception {
        logIn("amal", "admin-secret");
        tab("partners");
        type("partner-url", "https://127.0.0.1:10");
        type("partner-reason", "Qatar moved its gateway");
        click("partner-endpoint-QA");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#partners tr[data-state='QA'] .gateway"),
                "https://127.0.0.1:10"));
        click("partner-disable-QA");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("partner-enable-QA")));
        assertThat(row("partners", "QA").findElement(By.cssSelector(".enabled")).getText()).isEqualTo("no");
        screenshot(test, "partner-disabled");
        click("partner-enable-QA");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("partner-disable-QA")));
        assertThat(row("partners", "QA").findElement(By.cssSelector(".enabled")).getText()).isEqualTo("yes");
        // Back where the configuration had it: the dead-letter scenario counts on Qatar being unreachable there.
        type("partner-url", "https://127.0.0.1:9");
        click("partner-endpoint-QA");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#partners tr[data-state='QA'] .gateway"),
                "https://127.0.0.1:9"));
        // An operator sees the partner but may not change it.
        logIn();
        tab("partners");
        type("partner-url", "https://127.0.0.1:11");
        click("partner-endpoint-QA");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "JISR-403-ROLE"));
    }

    @Test
    void arabicTurnsThePageRightToLeft(TestInfo test) throws Exception {
        logIn();
        click("language");
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.cssSelector("[data-view=dashboard]")).getText()).isEqualTo("لوحة المتابعة");
        // Laid out right to left: the first tab sits to the right of the second.
        WebElement first = browser.findElement(By.cssSelector("[data-view=dashboard]"));
        WebElement second = browser.findElement(By.cssSelector("[data-view=routes]"));
        assertThat(first.getLocation().getX()).isGreaterThan(second.getLocation().getX());
        screenshot(test, "arabic");
        click("language");
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
    }

    // ------------------------------------------------------------------ the browser

    private static void logIn() {
        logIn("omar", "operator-secret");
    }

    private static void logIn(String name, String password) {
        browser.get(console);
        type("login-name", name);
        type("login-password", password);
        click("login-submit");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
    }

    private static void tab(String view) {
        browser.findElement(By.cssSelector(".tabs [data-view='" + view + "']")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
    }

    private static WebElement row(String table, String key) {
        return browser.findElement(By.cssSelector("#" + table + " tr[data-state='" + key + "']"));
    }

    private static WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    private static String text(String id) {
        return element(id).getText();
    }

    private static void type(String id, String value) {
        WebElement field = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private static void click(String id) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private static Path screenshot(TestInfo test, String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + "-" + name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    // ------------------------------------------------------------------ the national agency's side

    private static final Map<String, String> TRACKING = new java.util.concurrent.ConcurrentHashMap<>();

    /** A Kuwaiti notice about a car registered in {@code registeredIn}: its reference. */
    private static String submitNotice(GccState registeredIn) throws Exception {
        String reference = "KW-CONSOLE-" + System.nanoTime();
        String notice = """
                {"reporter": {"state": "KW", "agency": "MOI-TRAFFIC"}, "violationReference": "%s",
                 "vehicle": {"plate": %s},
                 %s
                 "offence": {"code": "SPEEDING", "nationalCode": "207", "lawArticle": {"law": "Decree-Law No. 67 of 1976 on Traffic", "article": "38"},
                             "speed": {"measuredKmh": 152, "permittedKmh": 120}},
                 "occurredAt": "2026-11-20T21:14:05+03:00", "place": {"city": "Farwaniya", "road": "6th Ring Road"},
                 "fine": {"amount": "75.250", "currency": "KWD"}, "dueDate": "2026-12-20"}"""
                .formatted(reference, registeredIn == GccState.SA
                        ? "{\"issuingState\": \"SA\", \"number\": \"" + PLATES.incrementAndGet()
                          + "\", \"lettersArabic\": \"ابح\", \"lettersLatin\": \"ABJ\", \"category\": \"private\"}"
                        : "{\"issuingState\": \"" + registeredIn + "\", \"number\": \"" + PLATES.incrementAndGet()
                          + "\", \"category\": \"PRIVATE\"}",
                        registeredIn == GccState.SA
                        // A Saudi civil ID, which the console masks for an operator without SEE_CIVIL_IDS.
                        ? "\"driver\": {\"civilId\": \"1012345672\", \"civilIdState\": \"SA\"}," : "");
        HttpResponse<String> accepted = trafficAgency.send(HttpRequest.newBuilder(
                        URI.create(network.node(GccState.KW).nationalUrl() + "/api/v1/traffic/violations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(notice)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        TRACKING.put(reference, JSON.readTree(accepted.body()).path("trackingId").asText());
        return reference;
    }

    private static String trackingIdOf(String reference) {
        return TRACKING.get(reference);
    }

    private record JsonHistory(List<String> events, List<String> details) {
    }

    private static JsonHistory history(String trackingId) throws Exception {
        var record = JSON.readTree(trafficAgency.send(HttpRequest.newBuilder(URI.create(network.node(GccState.KW).nationalUrl()
                + "/api/v1/messages/" + trackingId)).build(), HttpResponse.BodyHandlers.ofString()).body());
        List<String> events = new ArrayList<>();
        List<String> details = new ArrayList<>();
        record.path("history").forEach(e -> {
            events.add(e.path("event").asText());
            details.add(e.path("detail").asText());
        });
        return new JsonHistory(events, details);
    }

    private static void awaitStatus(String trackingId, String status) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        String now = "";
        while (Instant.now().isBefore(until)) {
            now = JSON.readTree(trafficAgency.send(HttpRequest.newBuilder(URI.create(network.node(GccState.KW).nationalUrl()
                    + "/api/v1/messages/" + trackingId)).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .path("status").asText();
            if (now.equals(status)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(now).as("status of " + trackingId).isEqualTo(status);
    }
}

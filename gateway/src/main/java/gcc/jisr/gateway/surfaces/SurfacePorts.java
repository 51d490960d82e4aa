package gcc.jisr.gateway.surfaces;

import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import java.util.Optional;

/**
 * Which port serves which face. The connectors are known from their creation; their ports only once Tomcat has bound
 * them (a configured 0 lets the system choose, as tests do).
 */
public final class SurfacePorts implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SurfacePorts.class);

    private volatile Connector partner;
    private volatile Connector management;
    private volatile int national = -1;
    private volatile boolean nationalTls;

    public void partner(Connector connector) {
        this.partner = connector;
    }

    public void management(Connector connector) {
        this.management = connector;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        national = event.getWebServer().getPort();
        LOG.info("agencies are taken on {} port {} (national API)", nationalTls ? "https" : "plain http", national);
        partnerPort().ifPresent(port -> LOG.info("partner gateways are taken on https port {} (mutual TLS)", port));
        managementPort().ifPresent(port -> LOG.info("operators are taken on {} port {} (admin API, console, actuator)",
                management.getSecure() ? "https" : "plain http", port));
    }

    void nationalTls(boolean tls) {
        this.nationalTls = tls;
    }

    /** The face a request came in through, by the local port it reached. */
    public Surface surfaceOf(int localPort) {
        Connector p = partner;
        if (p != null && p.getLocalPort() == localPort) {
            return Surface.PARTNER;
        }
        Connector m = management;
        if (m != null && m.getLocalPort() == localPort) {
            return Surface.MANAGEMENT;
        }
        return Surface.NATIONAL;
    }

    public int nationalPort() {
        return national;
    }

    public Optional<Integer> partnerPort() {
        Connector p = partner;
        return p == null || p.getLocalPort() <= 0 ? Optional.empty() : Optional.of(p.getLocalPort());
    }

    public Optional<Integer> managementPort() {
        Connector m = management;
        return m == null || m.getLocalPort() <= 0 ? Optional.empty() : Optional.of(m.getLocalPort());
    }
}

package gcc.jisr.gateway.network;

import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** The port the partner connector actually listens on (configured as 0, the system picks one). */
@Component
public class PartnerPort implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerPort.class);

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer tomcat) {
            Arrays.stream(tomcat.getTomcat().getService().findConnectors()).filter(Connector::getSecure).findFirst()
                    .ifPresent(connector -> {
                        port = connector.getLocalPort();
                        LOG.info("partner gateways are taken on https port {} (mutual TLS)", port);
                    });
        }
    }

    public int port() {
        return port;
    }
}

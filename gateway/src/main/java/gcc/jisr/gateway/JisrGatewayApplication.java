package gcc.jisr.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One state's Jisr gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JisrGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(JisrGatewayApplication.class, args);
    }
}

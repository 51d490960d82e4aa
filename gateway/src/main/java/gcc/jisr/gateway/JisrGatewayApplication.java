package gcc.jisr.gateway;

import gcc.jisr.gateway.admin.security.OperatorPasswordCommand;
import gcc.jisr.gateway.network.NetworkCommand;
import gcc.jisr.gateway.pki.PkiCommand;
import gcc.jisr.gateway.store.ArchiveCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/** One state's Jisr gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JisrGatewayApplication {

    public static void main(String[] args) throws InterruptedException {
        // The PKI command prepares the certificates a gateway starts with, so it must run without one.
        if (args.length > 0 && "pki".equals(args[0])) {
            PkiCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && "network".equals(args[0])) {
            NetworkCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && "archive".equals(args[0])) {
            ArchiveCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && "operator-password".equals(args[0])) {
            OperatorPasswordCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(JisrGatewayApplication.class, args);
    }
}

package gcc.jisr.gateway.admin;

import gcc.jisr.gateway.admin.security.OperatorPasswordCommand;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorPasswordCommandTest {

    @Test
    void printsABcryptHashOfThePasswordReadFromStandardInput() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("سر المشغل 2026\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            OperatorPasswordCommand.main(new String[] {"--cost", "5"});
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String hash = printed.toString(StandardCharsets.UTF_8).trim();
        assertThat(hash).startsWith("$2a$05$").hasSize(60);
        assertThat(new BCryptPasswordEncoder().matches("سر المشغل 2026", hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("سر المشغل 2027", hash)).isFalse();
    }
}

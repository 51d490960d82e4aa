package gcc.jisr.gateway.admin.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar jisr-gateway.jar operator-password [--cost N]}: reads an operator's password (from the terminal
 * without echo, or the first line of standard input) and prints its bcrypt hash for jisr.admin.users[i].password-hash.
 * The password is never an argument, so that it stays out of shell histories and process lists.
 */
public final class OperatorPasswordCommand {

    static final int DEFAULT_COST = 10;

    private OperatorPasswordCommand() {
    }

    public static void main(String[] args) {
        int cost = DEFAULT_COST;
        if (args.length == 2 && "--cost".equals(args[0]) && args[1].matches("[0-9]{1,2}")) {
            cost = Integer.parseInt(args[1]);
        } else if (args.length != 0) {
            System.err.println("usage: operator-password [--cost 4..31]   (the password is read from the terminal or stdin)");
            System.exit(2);
        }
        if (cost < 4 || cost > 31) {
            System.err.println("the bcrypt cost is from 4 to 31; " + DEFAULT_COST + " by default");
            System.exit(2);
        }
        String password = read();
        if (password == null || password.isEmpty()) {
            System.err.println("no password given");
            System.exit(2);
        }
        System.out.println(new BCryptPasswordEncoder(cost).encode(password));
    }

    private static String read() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("operator's password: ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}

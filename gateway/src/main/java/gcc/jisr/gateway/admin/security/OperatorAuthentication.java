package gcc.jisr.gateway.admin.security;

import gcc.jisr.gateway.admin.AdminProperties;
import gcc.jisr.gateway.admin.OperatorRight;
import gcc.jisr.gateway.admin.OperatorRole;
import gcc.jisr.gateway.problems.LogEscaping;
import io.micrometer.core.instrument.Counter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operators configured in {@code jisr.admin.users}, checked against their bcrypt hashes, with the throttle of an
 * address that keeps failing ({@link LoginThrottle}, asked before any password is compared) and the lockout of a name
 * at the address it failed from ({@link LoginLockout}). Only bcrypt hashes are accepted: a plain or weakly hashed
 * password in the configuration stops the start rather than being used.
 */
public class OperatorAuthentication implements AuthenticationProvider {

    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");
    /** Compared against when the name is unknown, so that an unknown name costs what a wrong password costs. */
    private static final String UNKNOWN_OPERATOR_HASH = new BCryptPasswordEncoder().encode("no such operator");

    private record Account(String hash, List<GrantedAuthority> authorities) {
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final LoginThrottle throttle;
    private final LoginLockout lockout;
    private final Counter passwordChecks;

    /** @param passwordChecks counts bcrypt comparisons, the cost an attacker imposes on the gateway */
    public OperatorAuthentication(List<AdminProperties.Operator> operators, LoginThrottle throttle, LoginLockout lockout,
                                  Counter passwordChecks) {
        this.throttle = throttle;
        this.lockout = lockout;
        this.passwordChecks = passwordChecks;
        for (AdminProperties.Operator operator : operators) {
            String hash = operator.passwordHash().startsWith(BCRYPT_PREFIX)
                    ? operator.passwordHash().substring(BCRYPT_PREFIX.length()) : operator.passwordHash();
            if (!BCRYPT.matcher(hash).matches()) {
                throw new IllegalArgumentException("jisr.admin.users: the password-hash of " + operator.name()
                        + " is not a bcrypt hash ($2a$, $2b$ or $2y$); see docs/operators.md");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            operator.roles().stream().map(OperatorRole::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
            operator.rights().stream().map(OperatorRight::name).map(SimpleGrantedAuthority::new).forEach(authorities::add);
            if (accounts.put(operator.name(), new Account(hash, List.copyOf(authorities))) != null) {
                throw new IllegalArgumentException("jisr.admin.users: " + operator.name() + " is configured twice");
            }
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String source = source(authentication);
        Optional<LoginThrottle.Refusal> throttled = throttle.refusal(source);
        if (throttled.isPresent()) {
            throw new LoginThrottledException("too many failed logins came from " + source + "; try again after "
                    + throttled.get().until(), throttled.get().until(), throttled.get().firstRefusal());
        }
        Optional<Instant> locked = lockout.lockedUntil(name, source);
        if (locked.isPresent()) {
            throttle.failed(source);
            throw new LockedException(lockedMessage(name, locked.get()));
        }
        Account account = accounts.get(name);
        passwordChecks.increment();
        boolean matches = bcrypt.matches(password, account == null ? UNKNOWN_OPERATOR_HASH : account.hash());
        if (account == null || !matches) {
            throttle.failed(source);
            Optional<Instant> nowLocked = lockout.failed(name, source);
            if (nowLocked.isPresent()) {
                throw new LockedException(lockedMessage(name, nowLocked.get()));
            }
            throw new BadCredentialsException("wrong operator name or password");
        }
        lockout.succeeded(name, source);
        return UsernamePasswordAuthenticationToken.authenticated(name, null, account.authorities());
    }

    /** The address the login came from, as the servlet container gives it (a trusted proxy's forwarded one, if set). */
    private static String source(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private static String lockedMessage(String name, Instant until) {
        return "operator " + LogEscaping.escape(name) + " is locked at this address after repeated failed logins until " + until;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

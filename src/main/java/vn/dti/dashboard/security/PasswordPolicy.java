package vn.dti.dashboard.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, letters and digits, not the
 * username (nor containing it). At most {@value #MAX_BYTES} bytes in UTF-8, because bcrypt reads no further
 * and Spring refuses longer ones rather than silently ignoring the rest. Applies to every password a person
 * sets (new accounts, resets, changing one's own); the first admin's password from the environment is the
 * operator's choice and only warned about.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    /** A rule the password breaks: a message key of the security bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, in a fixed order; empty when it is acceptable. */
    public static List<Problem> check(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new Problem("security.password.too-short", List.of(MIN_LENGTH)));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(new Problem("security.password.too-long", List.of(MAX_BYTES)));
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            problems.add(new Problem("security.password.letters-and-digits", List.of()));
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add(new Problem("security.password.contains-username", List.of()));
        }
        return problems;
    }
}

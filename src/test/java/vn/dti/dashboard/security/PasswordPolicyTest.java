package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules, one case per rule and the edges of each. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "xa.tichson | tichson2025a              | ",
        "xa.tichson | abcdefgh12                | ",
        "xa.tichson | abcdefgh1                 | security.password.too-short",
        "xa.tichson | abcdefghijkl              | security.password.letters-and-digits",
        "xa.tichson | 1234567890123             | security.password.letters-and-digits",
        "xa.tichson | Mật khẩu số 1 của tôi     | ",
        "xa.tichson | 2024-XA.TICHSON-x         | security.password.contains-username",
        "xa.tichson | xa.tichson                | security.password.letters-and-digits security.password.contains-username",
        "xa.tichson | short                     | security.password.too-short security.password.letters-and-digits",
        "admin      | Admin2024pass             | security.password.contains-username",
        "xa.tichson | đđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđ1 | security.password.too-long"})
    void a_password_breaks_exactly_the_rules_listed(String username, String password, String expected) {
        String broken = String.join(" ", PasswordPolicy.check(username, password).stream()
                .map(PasswordPolicy.Problem::key).toList());
        assertThat(broken).isEqualTo(expected == null ? "" : expected);
    }
}

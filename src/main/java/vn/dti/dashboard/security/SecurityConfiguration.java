package vn.dti.dashboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.dti.dashboard.security.ui.LoginView;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic, stateless, no CSRF token (API clients are scripts and
 * the provincial IOC), errors in the contract's JSON format. Everything else: the Vaadin UI with its own
 * CSRF protection and the Vietnamese login view, plus HTTP Basic so that {@code /v3/api-docs} can be
 * fetched with credentials. Public: {@code /actuator/health} (and its probes), the login page and static assets.
 * Method security ({@code @RolesAllowed}) guards service methods for the web UI and the API alike.
 *
 * <p>Both chains send the same hardening headers (docs/decisions/0009): a Content-Security-Policy with
 * {@code frame-ancestors 'none'}, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} for
 * older browsers, and a same-origin referrer policy. The UI's policy allows inline scripts and
 * {@code eval} because Vaadin's pre-compiled bundle needs them (its bootstrap page is inline script, and
 * {@code executeJs} runs through {@code new Function}); everything else must come from the app itself.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String REALM = "DTI";

    /** The web UI: Vaadin needs inline script and eval; no other origin for anything; never in a frame. */
    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The API answers JSON and files: nothing in them may load or run anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        // bcrypt by default, with {id} prefixes so the encoding can move on without a migration; a match is
        // remembered for a few minutes so that HTTP Basic clients are not hashed on every call.
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    /** Knows every web session by account, so an administrator's change can end them (AccountSessions). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end (timeout, logout), so it does not keep them forever. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) ->
                        unauthorized(response, e)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> hardening(headers, API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, e))
                        .accessDeniedHandler((request, response, e) -> writeError(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden",
                                "Tài khoản không có quyền thực hiện thao tác này. / Not allowed for this user.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/webjars/**", "/dti/**", "/images/**", "/favicon.ico").permitAll()
                        // The OpenAPI document and Swagger UI: for signed-in users (session or HTTP Basic).
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        // Build and runtime versions: for signed-in users, not for the world.
                        .requestMatchers("/actuator/info").authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .headers(headers -> hardening(headers, UI_CONTENT_SECURITY_POLICY))
                // Unlimited sessions per account, but known to the registry so that they can be ended.
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static void hardening(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        // Written before the request goes on, not when the response commits: Vaadin's pages are rendered by a
        // servlet reached through a forward, whose commit the lazy writer never sees (the login page went out
        // without any of these headers).
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .contentTypeOptions(options -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * 401 in the contract's format, saying why when the account is locked or disabled. That tells a caller
     * that the name exists, which telling the user about the lock requires (docs/decisions/0009).
     */
    private static void unauthorized(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof LockedException) {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "account_locked",
                    "Tài khoản tạm bị khóa " + Lockout.DURATION.toMinutes() + " phút vì đăng nhập sai "
                            + Lockout.MAX_FAILURES + " lần liên tiếp. / Account locked for "
                            + Lockout.DURATION.toMinutes() + " minutes after "
                            + Lockout.MAX_FAILURES + " failed sign-ins.");
        } else if (e instanceof DisabledException) {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "account_disabled",
                    "Tài khoản đã bị vô hiệu hóa. / The account is disabled.");
        } else {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Cần đăng nhập (HTTP Basic). / Authentication required.");
        }
    }

    private static void writeError(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\",\"details\":[]}");
    }
}

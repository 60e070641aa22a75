package id.kinerja.identity.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.SecretKey;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.Role;
import id.kinerja.identity.SignedOut;
import id.kinerja.web.ProblemResponses;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

/**
 * One filter chain for pages and API: form sign-in with a database-backed session for
 * people, signed bearer tokens for clients. CSRF protects every cookie-authenticated
 * write; only bearer-token calls (which carry no cookie) and the token endpoint are
 * exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

	static final String TOKEN_PATH = "/api/v1/auth/token";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		return new ProviderManager(new PasswordAuthenticationProvider(users, encoder, throttle, events));
	}

	@Bean
	JwtEncoder jwtEncoder(TokenKeys keys) {
		return (parameters) -> new NimbusJwtEncoder(new ImmutableSecret<>(keys.key())).encode(parameters);
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKeys keys) {
		return new JwtDecoder() {

			private volatile NimbusJwtDecoder delegate;

			@Override
			public Jwt decode(String token) {
				NimbusJwtDecoder decoder = this.delegate;
				if (decoder == null) {
					SecretKey key = keys.key();
					decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
					OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
							new JwtTimestampValidator(), new JwtIssuerValidator(ApiTokens.ISSUER));
					decoder.setJwtValidator(validator);
					this.delegate = decoder;
				}
				return decoder.decode(token);
			}
		};
	}

	/** Only in the web app: the {@code generate} command runs without a web server. */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager passwords, JwtDecoder decoder,
			AccountUserDetailsService users, BearerUsers bearerUsers, ProblemResponses problems,
			ApplicationEventPublisher events,
			@Value("${kinerja.security.metrics-allowed-ips}") String metricsAllowedIps) throws Exception {
		RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
		RequestMatcher bearer = (request) -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		RequestMatcher tokenEndpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TOKEN_PATH);
		JwtAuthenticationProvider jwtProvider = new JwtAuthenticationProvider(decoder);
		jwtProvider.setJwtAuthenticationConverter(new JwtUserConverter(bearerUsers));
		AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED,
				bearer.matches(request) ? "identity.token.invalid" : "identity.sign-in.required");
		AccessDeniedHandler apiDenied = (request, response, ex) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, (ex instanceof CsrfException) ? "web.error.csrf-api" : "web.error.forbidden");

		HttpSessionRequestCache pageRequests = new HttpSessionRequestCache();
		pageRequests.setRequestMatcher(new NegatedRequestMatcher(api));
		http.addFilterAfter(new MustChangePasswordFilter(problems), AuthorizationFilter.class);
		http.authenticationManager(passwords)
			.requestCache((cache) -> cache.requestCache(pageRequests))
			.authorizeHttpRequests((authorize) -> authorize
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(fromAddresses(metricsAllowedIps))
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers(tokenEndpoint)
				.permitAll()
				.requestMatchers("/logout")
				.authenticated()
				.requestMatchers(SecurityConfiguration::changesSomething)
				.access(SecurityConfiguration::notReadOnly)
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new SavedRequestAwareAuthenticationSuccessHandler())
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(publishSignOut(events))
				.logoutSuccessUrl("/login?logout"))
			.oauth2ResourceServer(
					(resource) -> resource.jwt((jwt) -> jwt.authenticationManager(new ProviderManager(jwtProvider)))
						.authenticationEntryPoint(apiEntryPoint)
						.accessDeniedHandler(apiDenied))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(bearer, tokenEndpoint))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(apiDenied, api)
				.defaultAccessDeniedHandlerFor(SecurityConfiguration::pageDenied, AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		return http.build();
	}

	/**
	 * Hand a refused page request to the error page, telling it why (e.g. an expired
	 * form).
	 */
	private static void pageDenied(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private static boolean changesSomething(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
				&& !HttpMethod.OPTIONS.matches(request.getMethod());
	}

	/**
	 * Refuse every write to an account whose only role is Auditor: an auditor reads
	 * everything of the agency and changes nothing, whatever a later endpoint forgets to
	 * check.
	 */
	private static AuthorizationDecision notReadOnly(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
			return new AuthorizationDecision(false);
		}
		// Only roles count: Spring Security also grants factor authorities
		// (FACTOR_PASSWORD, ...).
		boolean auditorOnly = current.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.allMatch(Role.AUDITOR.authority()::equals);
		return new AuthorizationDecision(!auditorOnly);
	}

	/** Keep what was typed as the name, then show the sign-in page with the reason. */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String username = request.getParameter("username");
		HttpSession session = request.getSession();
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
		if (username != null && username.length() <= 100) {
			session.setAttribute(SignInAttributes.LAST_USERNAME, username.strip());
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static LogoutHandler publishSignOut(ApplicationEventPublisher events) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof KinerjaUser user) {
				events.publishEvent(new SignedOut(user.userId(), user.agencyId(), user.username()));
			}
		};
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(String cidrs) {
		List<IpAddressMatcher> matchers = Arrays.stream(cidrs.split(","))
			.map(String::strip)
			.filter((cidr) -> !cidr.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		return (authentication, context) -> {
			HttpServletRequest request = context.getRequest();
			return new AuthorizationDecision(matchers.stream().anyMatch((m) -> m.matches(request)));
		};
	}

}

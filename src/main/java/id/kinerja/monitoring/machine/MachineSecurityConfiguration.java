package id.kinerja.monitoring.machine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import id.kinerja.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The filter chain of {@code /api/v1/machine/**}, ahead of the one for people: only a
 * machine client's token ({@code Authorization: Bearer kmc_…}) signs in there — no
 * session, no user token — and such a token signs in nowhere else (the people's chain
 * does not know it). A missing, unknown or deactivated token is answered 401 before
 * anything runs.
 */
@Configuration(proxyBeanMethods = false)
class MachineSecurityConfiguration {

	static final String PATHS = "/api/v1/machine/**";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	@ConditionalOnWebApplication
	SecurityFilterChain machineFilterChain(HttpSecurity http, MachineClientService clients, ProblemResponses problems)
			throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> unauthorized(problems, request, response,
						"monitoring.machine.token.missing"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"web.error.forbidden")))
			.addFilterBefore(new MachineTokenFilter(clients, problems), AuthorizationFilter.class);
		return http.build();
	}

	static void unauthorized(ProblemResponses problems, HttpServletRequest request, HttpServletResponse response,
			String key) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
	}

	/**
	 * Signs a machine client in by its token: hashes the presented token and looks up the
	 * active client. Not a bean, so that it runs in this chain only.
	 */
	static final class MachineTokenFilter extends OncePerRequestFilter {

		private final MachineClientService clients;

		private final ProblemResponses problems;

		private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

		MachineTokenFilter(MachineClientService clients, ProblemResponses problems) {
			this.clients = clients;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				unauthorized(this.problems, request, response, "monitoring.machine.token.missing");
				return;
			}
			String token = header.substring(7).strip();
			Optional<MachineActor> client = MachineTokens.looksLikeToken(token) ? this.clients.authenticate(token)
					: Optional.empty();
			if (client.isEmpty()) {
				unauthorized(this.problems, request, response, "monitoring.machine.token.invalid");
				return;
			}
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null, List.of()));
			this.contexts.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.contexts.clearContext();
			}
		}

	}

}

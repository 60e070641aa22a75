package id.kinerja.identity.internal;

import java.io.IOException;
import java.util.List;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an account that must choose a new password (first sign-in, or after a reset) on
 * the password page: pages redirect there, API calls other than the password change get
 * 403.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

	private static final List<String> ALLOWED = List.of("/account/password", "/api/v1/account/password", "/logout",
			"/login", "/error", "/css/", "/js/", "/webjars/", "/img/", "/favicon.ico", "/actuator/health");

	private final ProblemResponses problems;

	MustChangePasswordFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KinerjaUser user
				&& user.isMustChangePassword() && !allowed(request)) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				this.problems.write(request, response, HttpStatus.FORBIDDEN, "identity.password.change-first");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED.stream()
			.anyMatch((prefix) -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
	}

}

package id.kinerja.identity.internal;

import java.time.Duration;
import java.util.Optional;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.SignInFailed;
import id.kinerja.identity.SignedIn;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in for pages and for API tokens: refuses an account that must still wait,
 * counts wrong passwords, and publishes what happened for the audit trail.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	PasswordAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = (authentication.getName() != null) ? authentication.getName().strip() : "";
		Optional<LoginThrottle.AccountState> state = this.throttle.state(username);
		if (state.isPresent()) {
			long wait = state.get().secondsLeft(this.throttle.now());
			if (wait > 0) {
				publishFailure(state.get(), username, "THROTTLED");
				throw new LoginThrottledException(wait);
			}
		}
		try {
			Authentication result = this.delegate.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
			KinerjaUser user = (KinerjaUser) result.getPrincipal();
			this.throttle.recordSuccess(user.userId());
			this.events.publishEvent(new SignedIn(user.userId(), user.agencyId(), user.username(), channel()));
			return result;
		}
		catch (DisabledException ex) {
			state.ifPresent((account) -> publishFailure(account, username, "DISABLED"));
			throw ex;
		}
		catch (BadCredentialsException ex) {
			if (state.isPresent()) {
				Duration wait = this.throttle.recordFailure(state.get().userId());
				publishFailure(state.get(), username, "BAD_CREDENTIALS");
				if (!wait.isZero()) {
					throw new LoginThrottledException(wait.toSeconds());
				}
			}
			throw ex;
		}
	}

	private void publishFailure(LoginThrottle.AccountState state, String username, String reason) {
		this.events.publishEvent(new SignInFailed(state.userId(), state.agencyId(), username, reason));
	}

	private static String channel() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "API" : "WEB";
		}
		return "WEB";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

package id.kinerja.identity.web;

import id.kinerja.identity.internal.LoginThrottledException;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a password sign-in was refused, as a message key with its arguments, the same on
 * the sign-in page and in the token endpoint.
 */
record SignInRefusal(String messageKey, Object[] arguments, long retryAfterSeconds) {

	static SignInRefusal of(AuthenticationException ex) {
		if (ex instanceof LoginThrottledException throttled) {
			long wait = throttled.getRetryAfterSeconds();
			return (wait >= 120)
					? new SignInRefusal("identity.sign-in.locked-minutes", new Object[] { (wait + 59) / 60 }, wait)
					: new SignInRefusal("identity.sign-in.locked-seconds", new Object[] { wait }, wait);
		}
		if (ex instanceof AccountStatusException) {
			return new SignInRefusal("identity.sign-in.disabled", new Object[0], 0);
		}
		return new SignInRefusal("identity.sign-in.bad-credentials", new Object[0], 0);
	}

}

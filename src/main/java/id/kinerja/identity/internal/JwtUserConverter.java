package id.kinerja.identity.internal;

import id.kinerja.identity.KinerjaUser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified token into the same principal a page sign-in gets, checking the
 * account on every call so that a disabled account or changed grants take effect at once.
 */
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final BearerUsers users;

	JwtUserConverter(BearerUsers users) {
		this.users = users;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		KinerjaUser user;
		try {
			user = this.users.load(jwt.getSubject());
		}
		catch (UsernameNotFoundException ex) {
			throw new BadCredentialsException("token for unknown account");
		}
		Object uid = jwt.getClaim("uid");
		if (!(uid instanceof Number number) || number.longValue() != user.userId()) {
			throw new BadCredentialsException("token for another account");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}

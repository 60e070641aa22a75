package id.kinerja.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.kinerja.identity.KinerjaUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues short-lived signed bearer tokens for API clients. Never embeds the password. */
@Component
public class ApiTokens {

	static final String ISSUER = "kinerja";

	private final JwtEncoder encoder;

	private final Duration ttl;

	private final Clock clock;

	ApiTokens(JwtEncoder encoder, @Value("${kinerja.security.token-ttl}") Duration ttl, Clock clock) {
		this.encoder = encoder;
		this.ttl = ttl;
		this.clock = clock;
	}

	/** A signed token and its lifetime. */
	public record Issued(String value, long expiresInSeconds) {
	}

	/** Issue a token for the given signed-in user. */
	public Issued issue(KinerjaUser user) {
		return issue(user, this.clock.instant(), this.ttl);
	}

	/** Issue a token valid from {@code issuedAt} for {@code lifetime}. */
	public Issued issue(KinerjaUser user, Instant issuedAt, Duration lifetime) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user.username())
			.id(UUID.randomUUID().toString())
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(lifetime))
			.claim("uid", user.userId())
			.claim("agency", user.agencyId())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new Issued(value, lifetime.toSeconds());
	}

}

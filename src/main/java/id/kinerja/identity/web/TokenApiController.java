package id.kinerja.identity.web;

import java.util.Locale;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.internal.ApiTokens;
import id.kinerja.web.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Auth")
class TokenApiController {

	private final AuthenticationManager passwords;

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	TokenApiController(AuthenticationManager passwords, ApiTokens tokens, ProblemResponses problems) {
		this.passwords = passwords;
		this.tokens = tokens;
		this.problems = problems;
	}

	/**
	 * The token of the contract: {@code access_token}, {@code token_type},
	 * {@code expires_in}.
	 */
	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Exchange a username and password for a short-lived bearer token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, Locale locale) {
		KinerjaUser user;
		try {
			user = (KinerjaUser) this.passwords
				.authenticate(
						UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()))
				.getPrincipal();
		}
		catch (AuthenticationException ex) {
			SignInRefusal refusal = SignInRefusal.of(ex);
			HttpStatus status = (refusal.retryAfterSeconds() > 0) ? HttpStatus.TOO_MANY_REQUESTS
					: HttpStatus.UNAUTHORIZED;
			ProblemDetail problem = this.problems.problem(status, refusal.messageKey(), refusal.arguments(), locale);
			ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
			if (refusal.retryAfterSeconds() > 0) {
				response.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
			}
			return response.body(problem);
		}
		ApiTokens.Issued token = this.tokens.issue(user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
	}

}

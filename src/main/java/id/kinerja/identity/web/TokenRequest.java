package id.kinerja.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a token request.
 *
 * @param username the sign-in name (an NIP for employees)
 * @param password the password
 */
record TokenRequest(
		@NotBlank(message = "{identity.token.username.required}") @Size(max = 100,
				message = "{identity.token.username.size}") String username,
		@NotBlank(message = "{identity.token.password.required}") @Size(max = 200,
				message = "{identity.token.password.size}") String password) {
}

package id.kinerja.identity.web;

import id.kinerja.identity.PasswordService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Auth")
class PasswordApiController {

	private final PasswordService passwords;

	PasswordApiController(PasswordService passwords) {
		this.passwords = passwords;
	}

	/** A change of one's own password. */
	record PasswordChange(@NotBlank(message = "{identity.password.current-required}") String currentPassword,
			@NotBlank(message = "{identity.password.new-required}") String newPassword) {
	}

	/** A temporary password, shown once. */
	record TemporaryPassword(String temporaryPassword) {
	}

	@PostMapping("/api/v1/account/password")
	@Operation(summary = "Change the caller's own password")
	ResponseEntity<Void> change(@Valid @RequestBody PasswordChange change) {
		this.passwords.changeOwn(change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/accounts/{username}/password-reset")
	@Operation(summary = "Reset an employee's password to a one-time temporary one (Admin BKPSDM, Admin OPD)")
	ResponseEntity<TemporaryPassword> reset(@PathVariable String username) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new TemporaryPassword(this.passwords.reset(username)));
	}

}

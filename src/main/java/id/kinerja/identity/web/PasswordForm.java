package id.kinerja.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Changing one's own password.
 *
 * @param currentPassword the password in use now (or the temporary one)
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
record PasswordForm(@NotBlank(message = "{identity.password.current-required}") @Nullable String currentPassword,
		@NotBlank(message = "{identity.password.new-required}") @Size(max = 200,
				message = "{identity.token.password.size}") @Nullable String newPassword,
		@Nullable String confirmPassword) {

	@AssertTrue(message = "{identity.password.mismatch}")
	public boolean isConfirmed() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

}

package id.kinerja.agency.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The closing of a post (jabatan).
 *
 * @param closedOn the day the post closes
 * @param reason why (e.g. the regulation that changed the structure)
 * @param version the version that was edited (to detect a concurrent change)
 */
record PositionCloseForm(
		@NotNull(message = "{agency.form.closed-on.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closedOn,
		@NotBlank(message = "{agency.form.reason.required}") @Size(max = 500,
				message = "{agency.form.reason.size}") @Nullable String reason,
		@Nullable Long version) {
}

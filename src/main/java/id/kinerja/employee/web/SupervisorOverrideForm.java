package id.kinerja.employee.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A supervisor set explicitly for a period, where the real line differs from the post
 * tree.
 *
 * @param supervisorNip the supervisor's NIP; ignored when {@code regionalHead}
 * @param regionalHead whether the regional head is the supervisor (unset: no)
 * @param startDate the first day
 * @param endDate the last day, optional
 * @param reason why (e.g. the assignment letter)
 */
record SupervisorOverrideForm(@Nullable String supervisorNip, @Nullable Boolean regionalHead,
		@NotNull(message = "{employee.form.start-date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@NotBlank(message = "{employee.form.reason.required}") @Size(max = 500,
				message = "{employee.form.reason.size}") @Nullable String reason) {

	/** Return the supervisor's NIP, or null for the regional head. */
	@Nullable String supervisor() {
		return (headOfRegion() || this.supervisorNip == null || this.supervisorNip.isBlank()) ? null
				: this.supervisorNip.strip();
	}

	/** Whether the regional head is the supervisor (unset: no). */
	boolean headOfRegion() {
		return Boolean.TRUE.equals(this.regionalHead);
	}

	/** Whether a supervisor is named one way or the other. */
	boolean chosen() {
		return headOfRegion() || supervisor() != null;
	}

}

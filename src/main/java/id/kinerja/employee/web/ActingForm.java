package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.employee.AssignmentKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An acting assignment made on the page: who (by NIP) acts in which post, as Plt or Plh,
 * for which period.
 *
 * @param nip the employee who acts
 * @param positionId the post
 * @param kind Plt (vacant post) or Plh (absent holder)
 * @param startDate the first day
 * @param endDate the last day, optional
 * @param note the decree or another note, optional
 */
record ActingForm(@NotBlank(message = "{employee.form.nip.required}") @Nullable String nip,
		@NotNull(message = "{employee.form.position.required}") @Nullable Long positionId,
		@NotNull(message = "{employee.form.kind.required}") @Nullable AssignmentKind kind,
		@NotNull(message = "{employee.form.start-date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@Size(max = 500, message = "{employee.form.note.size}") @Nullable String note) {
}

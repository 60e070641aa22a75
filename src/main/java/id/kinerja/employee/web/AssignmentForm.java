package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.employee.AssignmentKind;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An assignment of the employee named in the path to a post.
 *
 * @param positionId the post
 * @param kind {@code DEFINITIF}, {@code PLT} (vacant post) or {@code PLH} (absent holder)
 * @param startDate the first day
 * @param endDate the last day, optional
 * @param note the decree or another note, optional
 */
record AssignmentForm(@NotNull(message = "{employee.form.position.required}") @Nullable Long positionId,
		@NotNull(message = "{employee.form.kind.required}") @Nullable AssignmentKind kind,
		@NotNull(message = "{employee.form.start-date.required}") @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Size(max = 500, message = "{employee.form.note.size}") @Nullable String note) {
}

package id.kinerja.employee.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The end of a supervisor set explicitly.
 *
 * @param endDate the last day the override is in force
 * @param version the version that was edited (to detect a concurrent change)
 */
record EndOverrideForm(@NotNull(message = "{employee.form.end-date.required}") @DateTimeFormat(
		iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate, @Nullable Long version) {
}

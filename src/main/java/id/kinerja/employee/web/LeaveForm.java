package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.employee.EmployeeStatus;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An employee leaving the agency.
 *
 * @param status {@code MOVED} or {@code RETIRED}
 * @param lastDay the last working day here
 * @param version the version that was edited (to detect a concurrent change)
 */
record LeaveForm(@NotNull(message = "{employee.form.status.required}") @Nullable EmployeeStatus status,
		@NotNull(message = "{employee.form.last-day.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
		@Nullable Long version) {
}

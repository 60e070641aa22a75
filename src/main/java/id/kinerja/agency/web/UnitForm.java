package id.kinerja.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new unit.
 *
 * @param code the unique code in the agency (letters, digits, {@code . _ -})
 * @param name the name
 * @param abbreviation the short name (singkatan), optional
 * @param parentCode the unit above, or empty for a top-level unit (Admin BKPSDM only)
 */
record UnitForm(
		@NotBlank(message = "{agency.form.code.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,32}",
				message = "{agency.form.code.format}") @Nullable String code,
		@NotBlank(message = "{agency.form.name.required}") @Size(max = 200,
				message = "{agency.form.name.size}") @Nullable String name,
		@Size(max = 50, message = "{agency.form.abbreviation.size}") @Nullable String abbreviation,
		@Nullable String parentCode) {
}

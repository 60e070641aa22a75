package id.kinerja.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A unit's new name.
 *
 * @param name the name
 * @param abbreviation the short name (singkatan), optional
 * @param version the version that was edited (to detect a concurrent change)
 */
record UnitRenameForm(
		@NotBlank(message = "{agency.form.name.required}") @Size(max = 200,
				message = "{agency.form.name.size}") @Nullable String name,
		@Size(max = 50, message = "{agency.form.abbreviation.size}") @Nullable String abbreviation,
		@Nullable Long version) {
}

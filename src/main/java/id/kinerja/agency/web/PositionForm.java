package id.kinerja.agency.web;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A post (jabatan), new or redefined.
 *
 * @param unitCode the unit the post belongs to
 * @param name the post's name
 * @param positionType its type
 * @param jenjang its level, for functional posts only
 * @param reportsToId the post it reports to, empty at the top of the agency
 * @param headsUnit whether it heads its unit (unset: no)
 * @param version the version that was edited (to detect a concurrent change)
 */
record PositionForm(@NotBlank(message = "{agency.form.unit.required}") @Nullable String unitCode,
		@NotBlank(message = "{agency.form.position-name.required}") @Size(max = 300,
				message = "{agency.form.position-name.size}") @Nullable String name,
		@NotNull(message = "{agency.form.position-type.required}") @Nullable PositionType positionType,
		@Nullable Jenjang jenjang, @Nullable Long reportsToId, @Nullable Boolean headsUnit, @Nullable Long version) {

	/** Whether the post heads its unit (unset: no). */
	boolean heads() {
		return Boolean.TRUE.equals(this.headsUnit);
	}

}

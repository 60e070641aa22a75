package id.kinerja.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The regional head (bupati, wali kota, gubernur) of the agency.
 *
 * @param headTitle the office, e.g. "Wali Kota Contoh"
 * @param headName the person's name
 * @param version the agency's version that was edited (to detect a concurrent change)
 */
record AgencyHeadForm(
		@NotBlank(message = "{agency.head.title.required}") @Size(max = 200,
				message = "{agency.head.title.size}") @Nullable String headTitle,
		@NotBlank(message = "{agency.head.name.required}") @Size(max = 200,
				message = "{agency.head.name.size}") @Nullable String headName,
		@Nullable Long version) {
}

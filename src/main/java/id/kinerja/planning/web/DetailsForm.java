package id.kinerja.planning.web;

import id.kinerja.planning.Approach;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The approach and the attachments (lampiran) of a plan.
 *
 * @param approach how the indicators are written
 * @param resourceSupport dukungan sumber daya
 * @param accountabilityScheme skema pertanggungjawaban
 * @param consequences konsekuensi
 * @param version the plan's version that was read
 */
record DetailsForm(@NotNull(message = "{planning.skp.approach.required}") @Nullable Approach approach,
		@Size(max = 4000, message = "{planning.text.size-4000}") @Nullable String resourceSupport,
		@Size(max = 4000, message = "{planning.text.size-4000}") @Nullable String accountabilityScheme,
		@Size(max = 4000, message = "{planning.text.size-4000}") @Nullable String consequences,
		@Nullable Long version) {
}

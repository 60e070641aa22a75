package id.kinerja.monitoring.machine;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import id.kinerja.monitoring.Realisation;
import id.kinerja.monitoring.RealisationService.Saved;
import id.kinerja.monitoring.RealisationSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of other systems, signed in with a machine client's token
 * ({@code Authorization: Bearer kmc_…}).
 */
@RestController
@SecurityScheme(name = "machine-token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A machine client's token: kmc_ and 43 characters")
@Tag(name = "Machine reporting", description = "For other systems, with a machine client's token (Bearer kmc_…)")
class MachineApiController {

	private final MachineReports reports;

	MachineApiController(MachineReports reports) {
		this.reports = reports;
	}

	/** A realisation as written by a system. */
	record MachineRealisationView(long id, long indicatorId, long skpId, String period, @Nullable String value,
			@Nullable BigDecimal valueNumber, @Nullable String valueText, @Nullable BigDecimal achievement,
			@Nullable String note, RealisationSource source, @Nullable String sourceClient, @Nullable Instant updatedAt,
			boolean created) {

		static MachineRealisationView of(Saved saved, String period) {
			Realisation r = saved.realisation();
			String value = (r.getValueNumber() != null) ? r.getValueNumber().stripTrailingZeros().toPlainString()
					: r.getValueText();
			return new MachineRealisationView(r.getId(), r.getIndicatorId(), r.getSkpId(), period, value,
					r.getValueNumber(), r.getValueText(), r.getAchievement(), r.getNote(), r.getSource(),
					r.getSourceClient(), r.getUpdatedAt(), saved.created());
		}

	}

	/** Many values at once. */
	record Batch(@Nullable List<MachineReports.@Nullable Reading> items) {
	}

	/** What a batch wrote. */
	record BatchView(int created, int updated, List<MachineRealisationView> items) {
	}

	@PostMapping("/api/v1/machine/realisations")
	@Operation(summary = "Report the realisation of an indicator this client may report, for a period",
			description = "Creates (201) or changes (200) the draft realisation, marked as system-sourced.",
			security = @SecurityRequirement(name = "machine-token"))
	ResponseEntity<MachineRealisationView> report(
			@RequestBody(required = false) MachineReports.@Nullable Reading reading) {
		Saved saved = this.reports.report(reading);
		MachineRealisationView view = MachineRealisationView.of(saved, period(reading));
		if (saved.created()) {
			return ResponseEntity.created(URI.create("/api/v1/realisations/" + view.id())).body(view);
		}
		return ResponseEntity.ok(view);
	}

	@PostMapping("/api/v1/machine/realisations/batch")
	@Operation(summary = "Report up to 500 realisations at once, all or nothing",
			description = "A refused item is named by its index and field (items[3].value); then nothing is written.",
			security = @SecurityRequirement(name = "machine-token"))
	ResponseEntity<BatchView> reportAll(@RequestBody(required = false) @Nullable Batch batch) {
		List<MachineReports.@Nullable Reading> items = (batch == null) ? null : batch.items();
		List<Saved> saved = this.reports.reportAll(items);
		List<MachineRealisationView> views = new java.util.ArrayList<>();
		for (int i = 0; i < saved.size(); i++) {
			views.add(MachineRealisationView.of(saved.get(i), period(items.get(i))));
		}
		int created = (int) saved.stream().filter(Saved::created).count();
		return ResponseEntity.status(HttpStatus.OK).body(new BatchView(created, saved.size() - created, views));
	}

	@GetMapping("/api/v1/machine/indicators")
	@Operation(summary = "The indicators (IKI) this client may report, with their plans",
			security = @SecurityRequirement(name = "machine-token"))
	List<MachineClientService.IndicatorInfo> indicators() {
		return this.reports.indicators();
	}

	private static String period(MachineReports.@Nullable Reading reading) {
		return (reading == null || reading.period() == null) ? "" : reading.period().strip();
	}

}

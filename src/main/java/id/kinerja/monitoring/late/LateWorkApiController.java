package id.kinerja.monitoring.late;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring")
class LateWorkApiController {

	private final LateWorkService late;

	LateWorkApiController(LateWorkService late) {
		this.late = late;
	}

	@GetMapping("/api/v1/monitoring/late")
	@Operation(summary = "Late and missing work (no SKP, no daily log, realisation not submitted or late, "
			+ "not acknowledged) of a unit, a supervisor's team or the agency")
	LateWorkService.Report late(
			@Parameter(description = "a unit's code: the unit and its subtree") @RequestParam(
					required = false) @Nullable String unit,
			@Parameter(description = "a supervisor's NIP: their direct subordinates today") @RequestParam(
					required = false) @Nullable String supervisor,
			@Parameter(
					description = "true: the supervisor's whole line below, not only the direct subordinates") @RequestParam(
							required = false) @Nullable String line,
			@Parameter(description = "a period code of the agency's frequency (2026-11, 2026-Q4, 2026-S2); "
					+ "by default the latest period whose deadline has passed") @RequestParam(
							required = false) @Nullable String period,
			@Parameter(description = "only rows of this kind: NO_SKP, SKP_NOT_APPROVED, NO_DAILY_LOG, "
					+ "NOT_SUBMITTED, SUBMITTED_LATE, NOT_ACKNOWLEDGED") @RequestParam(
							required = false) @Nullable String kind,
			@Parameter(description = "the daily-log window in working days, 1 to 60 (default 5)") @RequestParam(
					required = false) @Nullable String days) {
		return this.late.report(new LateWorkService.Query(unit, supervisor, line, period, kind, days));
	}

}

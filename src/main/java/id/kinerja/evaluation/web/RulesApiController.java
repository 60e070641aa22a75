package id.kinerja.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.RulesCalculator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rules")
class RulesApiController {

	private final RulesCalculator calculator;

	RulesApiController(RulesCalculator calculator) {
		this.calculator = calculator;
	}

	/** The predikat of two ratings. */
	record PredikatView(String predikat, String label, String hasil, String perilaku) {
	}

	/** A planned distribution as sent. */
	record DistributionRequest(@Nullable String unitPredikat, @Nullable Map<String, Object> counts) {
	}

	/** One bound of the pattern, with its rounded count for the unit's size. */
	record BoundView(String predikat, String rule, int value, int allowed, int actual, boolean holds, int by,
			String message) {
	}

	/** A bound that does not hold. */
	record ViolationView(String predikat, String rule, int by, String message) {
	}

	/** The verdict on a planned distribution. */
	record DistributionView(String unitPredikat, Map<String, Integer> counts, int total, boolean fits,
			List<ViolationView> violations, List<BoundView> bounds, String rounding) {
	}

	/** The credit points of a year in a functional position. */
	record CreditPointsView(BigDecimal creditPoints, String jenjang, String predikat, int months,
			BigDecimal coefficient, int percent) {
	}

	@GetMapping("/api/v1/rules/predikat")
	@Operation(summary = "The predikat that a rating hasil kerja and a rating perilaku kerja give (the matrix)",
			description = "Any signed-in user. hasil and perilaku are DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI or "
					+ "DI_BAWAH_EKSPEKTASI; a missing or unknown one is a 400 naming it.")
	PredikatView predikat(
			@Parameter(description = "rating hasil kerja") @RequestParam(required = false) @Nullable String hasil,
			@Parameter(description = "rating perilaku kerja") @RequestParam(required = false) @Nullable String perilaku,
			Locale locale) {
		RulesCalculator.PredikatAnswer answer = this.calculator.predikat(hasil, perilaku);
		return new PredikatView(answer.predikat().name(), this.calculator.label(answer.predikat(), locale),
				answer.hasil().name(), answer.perilaku().name());
	}

	@PostMapping("/api/v1/rules/distribution")
	@Operation(summary = "Check a planned distribution of predikat against the unit's pattern (the curve)",
			description = "Any signed-in user. unitPredikat is ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG or "
					+ "SANGAT_KURANG; counts maps SANGAT_BAIK ... SANGAT_KURANG to whole numbers from 0 (a predikat "
					+ "left out counts 0). Each bound comes with its head count for this unit size: maxima are "
					+ "rounded down, minima up (see rounding). A bad value is a 400 naming it (counts.BAIK).")
	DistributionView distribution(@RequestBody(required = false) @Nullable DistributionRequest request, Locale locale) {
		DistributionCurve.Check check = this.calculator.distribution((request != null) ? request.unitPredikat() : null,
				(request != null) ? request.counts() : null);
		Map<String, Integer> counts = new LinkedHashMap<>();
		check.counts().forEach((predikat, count) -> counts.put(predikat.name(), count));
		List<BoundView> bounds = check.bounds()
			.stream()
			.map((bound) -> new BoundView(bound.predikatCode(), bound.rule(), bound.value(), bound.allowed(),
					bound.actual(), bound.holds(), bound.by(), this.calculator.ruleText(bound, locale)))
			.toList();
		List<ViolationView> violations = check.violations()
			.stream()
			.map((bound) -> new ViolationView(bound.predikatCode(), bound.rule(), bound.by(),
					this.calculator.ruleText(bound, locale) + " " + this.calculator.byText(bound, locale)))
			.toList();
		return new DistributionView(check.unitPredikat().name(), counts, check.total(), check.fits(), violations,
				bounds, this.calculator.rounding(locale));
	}

	@GetMapping("/api/v1/rules/credit-points")
	@Operation(summary = "The angka kredit of a year in a functional position",
			description = "Any signed-in user. The predikat's percentage of the jenjang's yearly coefficient, "
					+ "pro-rated by months (1 to 12), rounded half up to two decimals. A bad value is a 400 naming it.")
	CreditPointsView creditPoints(@RequestParam(required = false) @Nullable String jenjang,
			@RequestParam(required = false) @Nullable String predikat,
			@RequestParam(required = false) @Nullable String months) {
		RulesCalculator.CreditAnswer answer = this.calculator.creditPoints(jenjang, predikat, months);
		return new CreditPointsView(answer.creditPoints(), answer.jenjang().name(), answer.predikat().name(),
				answer.months(), answer.coefficient(), answer.percent());
	}

}

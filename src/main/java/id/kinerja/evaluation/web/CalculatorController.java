package id.kinerja.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.agency.Jenjang;
import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;
import id.kinerja.evaluation.RulesCalculator;
import id.kinerja.shared.FieldsRejectedException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rules calculators as a page anyone signed in can use. Each calculator is a plain
 * GET form (it changes nothing, so an auditor may use it too, and it works without
 * JavaScript); with htmx only its answer is swapped in. The answers come from the same
 * {@link RulesCalculator} as the API's.
 */
@Controller
class CalculatorController {

	private static final String PAGE = "evaluation/calculator";

	private final RulesCalculator calculator;

	private final MessageSource messages;

	CalculatorController(RulesCalculator calculator, MessageSource messages) {
		this.calculator = calculator;
		this.messages = messages;
	}

	/** One bound as the page shows it. */
	record BoundLine(String rule, String predikat, int allowed, int actual, boolean holds, int by, String text,
			String byText) {
	}

	/** The distribution's verdict as the page shows it. */
	record DistributionAnswer(OrganisationPredikat unitPredikat, int total, boolean fits, List<BoundLine> bounds) {

		List<BoundLine> violations() {
			return this.bounds.stream().filter((bound) -> !bound.holds()).toList();
		}

	}

	@GetMapping("/kalkulator")
	String page(Model model) {
		prepare(model, new LinkedHashMap<>());
		return PAGE;
	}

	@GetMapping("/kalkulator/predikat")
	String predikat(@RequestParam(required = false) @Nullable String hasil,
			@RequestParam(required = false) @Nullable String perilaku,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("hasil", (hasil != null) ? hasil : "");
		values.put("perilaku", (perilaku != null) ? perilaku : "");
		try {
			model.addAttribute("predikatAnswer", this.calculator.predikat(hasil, perilaku));
		}
		catch (FieldsRejectedException rejected) {
			model.addAttribute("predikatErrors", errors(rejected, locale));
		}
		prepare(model, values);
		return (htmx != null) ? PAGE + " :: predikatResult" : PAGE;
	}

	@GetMapping("/kalkulator/distribusi")
	String distribution(@RequestParam Map<String, String> params,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Object> counts = new LinkedHashMap<>();
		for (Predikat predikat : Predikat.values()) {
			String count = params.get(predikat.name());
			values.put(predikat.name(), (count != null) ? count : "");
			counts.put(predikat.name(), count);
		}
		String unit = params.get("unitPredikat");
		values.put("unitPredikat", (unit != null) ? unit : "");
		try {
			DistributionCurve.Check check = this.calculator.distribution(unit, counts);
			List<BoundLine> bounds = new ArrayList<>();
			for (DistributionCurve.Bound bound : check.bounds()) {
				bounds.add(new BoundLine(bound.rule(), bound.predikatCode(), bound.allowed(), bound.actual(),
						bound.holds(), bound.by(), this.calculator.ruleText(bound, locale),
						this.calculator.byText(bound, locale)));
			}
			model.addAttribute("distributionAnswer",
					new DistributionAnswer(check.unitPredikat(), check.total(), check.fits(), bounds));
		}
		catch (FieldsRejectedException rejected) {
			model.addAttribute("distributionErrors", errors(rejected, locale));
		}
		prepare(model, values);
		return (htmx != null) ? PAGE + " :: distributionResult" : PAGE;
	}

	@GetMapping("/kalkulator/angka-kredit")
	String creditPoints(@RequestParam(required = false) @Nullable String jenjang,
			@RequestParam(required = false) @Nullable String predikat,
			@RequestParam(required = false) @Nullable String months,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("jenjang", (jenjang != null) ? jenjang : "");
		values.put("predikat", (predikat != null) ? predikat : "");
		values.put("months", (months != null) ? months : "");
		try {
			model.addAttribute("creditAnswer", this.calculator.creditPoints(jenjang, predikat, months));
		}
		catch (FieldsRejectedException rejected) {
			model.addAttribute("creditErrors", errors(rejected, locale));
		}
		prepare(model, values);
		return (htmx != null) ? PAGE + " :: creditResult" : PAGE;
	}

	/** One cell of the matrix. */
	record MatrixCell(Rating hasil, Rating perilaku, Predikat predikat) {
	}

	/** One row of the matrix: a rating hasil kerja across the three ratings perilaku. */
	record MatrixRow(Rating hasil, List<MatrixCell> cells) {
	}

	private void prepare(Model model, Map<String, String> values) {
		model.addAttribute("values", values);
		List<Rating> across = List.of(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		List<MatrixRow> matrix = new ArrayList<>();
		for (Rating hasil : List.of(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)) {
			matrix.add(new MatrixRow(hasil,
					across.stream()
						.map((perilaku) -> new MatrixCell(hasil, perilaku, Predikat.of(hasil, perilaku)))
						.toList()));
		}
		model.addAttribute("ratingsAcross", across);
		model.addAttribute("matrix", matrix);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("predikats", Predikat.values());
		model.addAttribute("unitPredikats", OrganisationPredikat.values());
		model.addAttribute("jenjangs", Jenjang.values());
	}

	private Map<String, String> errors(FieldsRejectedException rejected, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		rejected.getProblems()
			.forEach((problem) -> errors.merge(problem.field(),
					this.messages.getMessage(problem.messageKey(), problem.arguments(), locale),
					(a, b) -> a + " " + b));
		return errors;
	}

}

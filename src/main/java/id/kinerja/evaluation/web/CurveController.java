package id.kinerja.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kinerja.agency.Unit;
import id.kinerja.evaluation.CalibrationService;
import id.kinerja.evaluation.CurveBlockedException;
import id.kinerja.evaluation.CurveQueries;
import id.kinerja.evaluation.CurveQueries.UnitDistribution;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.OrganisationResultService;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Monitoring Kurva page (every unit the reader may see with its organisation result
 * and how its predikat fit the pattern, where the leader above or Admin BKPSDM sets the
 * result) and the calibration page of one unit (everyone counted with their ratings, the
 * pattern with each bound, adjustment in place and finalisation).
 */
@Controller
class CurveController {

	private final CurveQueries curves;

	private final OrganisationResultService results;

	private final CalibrationService calibration;

	private final CurveTexts texts;

	private final MessageSource messages;

	private final Clock clock;

	CurveController(CurveQueries curves, OrganisationResultService results, CalibrationService calibration,
			CurveTexts texts, MessageSource messages, Clock clock) {
		this.curves = curves;
		this.results = results;
		this.calibration = calibration;
		this.texts = texts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One line of the Monitoring Kurva page.
	 *
	 * @param unit the unit
	 * @param distribution its distribution, null while no result is set
	 * @param maySet whether the reader may set the unit's result
	 * @param mayCalibrate whether the reader may calibrate it
	 */
	record KurvaLine(Unit unit, @Nullable UnitDistribution distribution, boolean maySet, boolean mayCalibrate) {
	}

	@GetMapping("/evaluasi/kurva")
	String kurva(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		List<KurvaLine> lines = new ArrayList<>();
		for (CurveQueries.OverviewLine row : this.curves.overview(shown)) {
			lines.add(new KurvaLine(row.unit(), row.distribution(), row.maySet(), row.mayCalibrate()));
		}
		model.addAttribute("year", shown);
		model.addAttribute("lines", lines);
		commonModel(model);
		return "evaluation/kurva";
	}

	@PostMapping("/evaluasi/kurva/{kode}/{year}/hasil")
	String setResult(@PathVariable String kode, @PathVariable int year,
			@RequestParam(required = false) @Nullable String predikat,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		String problem = null;
		try {
			this.results.set(kode, year, predikat, note, version);
		}
		catch (FieldsRejectedException ex) {
			problem = ex.getProblems()
				.stream()
				.map((p) -> this.messages.getMessage(p.messageKey(), p.arguments(), locale))
				.findFirst()
				.orElse(null);
		}
		catch (OptimisticLockingFailureException ex) {
			problem = this.messages.getMessage("web.error.conflict", null, locale);
		}
		catch (KinerjaException ex) {
			if (!htmx || ex.getStatus().value() == 403 || ex.getStatus().value() == 404) {
				throw ex;
			}
			problem = this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale);
		}
		if (!htmx) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			else {
				redirect.addFlashAttribute("notice", "evaluation.kurva.saved");
				redirect.addFlashAttribute("noticeArgs", new Object[0]);
			}
			return "redirect:/evaluasi/kurva?year=" + year + "#unit-" + kode;
		}
		UnitDistribution distribution = this.curves.ofUnit(kode, year);
		Unit unit = distribution.unit();
		model.addAttribute("year", year);
		model.addAttribute("line", new KurvaLine(unit, (distribution.result() == null) ? null : distribution,
				this.curves.maySetResult(unit, year), this.curves.mayCalibrate(unit)));
		model.addAttribute("rowProblem", problem);
		model.addAttribute("rowSaved", problem == null);
		commonModel(model);
		return "evaluation/kurva :: line";
	}

	@GetMapping("/evaluasi/kalibrasi/{kode}/{year}")
	String calibrationPage(@PathVariable String kode, @PathVariable int year, Model model) {
		UnitDistribution distribution = this.curves.ofUnit(kode, year);
		calibrationModel(distribution, model);
		return "evaluation/calibration";
	}

	@PostMapping("/evaluasi/kalibrasi/{kode}/{year}/{evaluationId}")
	String calibrate(@PathVariable String kode, @PathVariable int year, @PathVariable long evaluationId,
			@RequestParam(required = false) @Nullable String ratingHasil,
			@RequestParam(required = false) @Nullable String ratingPerilaku,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		UnitDistribution before = this.curves.ofUnit(kode, year);
		this.curves.member(before, evaluationId);
		List<String> problems = new ArrayList<>();
		try {
			this.calibration.calibrate(evaluationId, ratingHasil, ratingPerilaku, reason, version);
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((p) -> problems.add(this.messages.getMessage(p.messageKey(), p.arguments(), locale)));
		}
		catch (OptimisticLockingFailureException ex) {
			problems.add(this.messages.getMessage("web.error.conflict", null, locale));
		}
		catch (KinerjaException ex) {
			if (ex.getStatus().value() == 403 || ex.getStatus().value() == 404) {
				throw ex;
			}
			problems.add(this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		}
		if (!htmx) {
			if (!problems.isEmpty()) {
				redirect.addFlashAttribute("problem", String.join(" ", problems));
			}
			else {
				redirect.addFlashAttribute("notice", "evaluation.calibration.saved");
				redirect.addFlashAttribute("noticeArgs", new Object[0]);
			}
			return "redirect:/evaluasi/kalibrasi/" + kode + "/" + year + "#member-" + evaluationId;
		}
		UnitDistribution after = this.curves.ofUnit(kode, year);
		calibrationModel(after, model);
		model.addAttribute("member", this.curves.member(after, evaluationId));
		model.addAttribute("rowProblems", problems);
		model.addAttribute("rowSaved", problems.isEmpty());
		if (problems.isEmpty()) {
			model.addAttribute("sentReason", null);
		}
		else {
			model.addAttribute("sentReason", reason);
		}
		return "evaluation/calibration-update";
	}

	@PostMapping("/evaluasi/kalibrasi/{kode}/{year}/final")
	String finalise(@PathVariable String kode, @PathVariable int year, Model model, RedirectAttributes redirect,
			Locale locale) {
		List<String> problems = new ArrayList<>();
		try {
			this.calibration.finaliseUnit(kode, year);
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((p) -> problems.add(this.messages.getMessage(p.messageKey(), p.arguments(), locale)));
		}
		catch (CurveBlockedException ex) {
			problems.add(this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			ex.getViolations().forEach((v) -> problems.add(this.texts.message(v.bound(), locale)));
		}
		catch (KinerjaException ex) {
			if (ex.getStatus().value() == 403 || ex.getStatus().value() == 404) {
				throw ex;
			}
			problems.add(this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("notice", "evaluation.unitfinal.done");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
			return "redirect:/evaluasi/kalibrasi/" + kode + "/" + year;
		}
		calibrationModel(this.curves.ofUnit(kode, year), model);
		model.addAttribute("finaliseProblems", problems);
		return "evaluation/calibration";
	}

	private void calibrationModel(UnitDistribution distribution, Model model) {
		model.addAttribute("d", distribution);
		model.addAttribute("year", distribution.year());
		model.addAttribute("members", this.curves.members(distribution));
		model.addAttribute("mayCalibrate", this.curves.mayCalibrate(distribution.unit()));
		commonModel(model);
	}

	private void commonModel(Model model) {
		model.addAttribute("texts", this.texts);
		model.addAttribute("orgPredikat", OrganisationPredikat.values());
		model.addAttribute("predikatList", Predikat.values());
		model.addAttribute("ratings", Rating.values());
	}

}

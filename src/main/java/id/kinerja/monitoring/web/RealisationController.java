package id.kinerja.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.monitoring.Deadlines;
import id.kinerja.monitoring.EvidenceFiles;
import id.kinerja.monitoring.Realisation;
import id.kinerja.monitoring.RealisationQueries;
import id.kinerja.monitoring.RealisationService;
import id.kinerja.monitoring.RealisationService.RealisationInput;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;
import id.kinerja.web.RequestTimes;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The realisation pages: a plan's periods with where each stands, and one period's sheet
 * where the owner writes each indicator (saved as they type), attaches evidence, takes
 * the daily logs as a draft and submits, and the pejabat penilai acknowledges or returns.
 * Admins grant deadline extensions on their own page.
 */
@Controller
class RealisationController {

	private final RealisationService service;

	private final RealisationQueries queries;

	private final EvidenceFiles evidence;

	private final Deadlines deadlines;

	private final MessageSource messages;

	private final Clock clock;

	RealisationController(RealisationService service, RealisationQueries queries, EvidenceFiles evidence,
			Deadlines deadlines, MessageSource messages, Clock clock) {
		this.service = service;
		this.queries = queries;
		this.evidence = evidence;
		this.deadlines = deadlines;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/skp/{id}/realisasi")
	String periods(@PathVariable long id, Model model) {
		List<RealisationQueries.PeriodLine> lines = this.queries.periods(id);
		model.addAttribute("skpId", id);
		model.addAttribute("lines", lines);
		model.addAttribute("current",
				lines.stream()
					.filter(RealisationQueries.PeriodLine::open)
					.map((line) -> line.period().code())
					.findFirst()
					.orElse(null));
		model.addAttribute("skp", this.queries.plan(id));
		return "realisation/periods";
	}

	@GetMapping("/skp/{id}/realisasi/{period}")
	String sheet(@PathVariable long id, @PathVariable String period, Model model) {
		return page(id, period, model, null, Map.of(), Map.of());
	}

	@PostMapping("/skp/{id}/realisasi/{period}/iki/{indicatorId}")
	String save(@PathVariable long id, @PathVariable String period, @PathVariable long indicatorId,
			@RequestParam Map<String, String> form, @RequestHeader(name = "HX-Request", required = false) boolean htmx,
			Model model, RedirectAttributes redirect, Locale locale) {
		RealisationInput input = new RealisationInput(period, indicatorId, form.get("value"), form.get("budget"),
				form.get("note"), form.get("obstacle"), form.get("cause"), form.get("fix"));
		Long version = parseVersion(form.get("version"));
		try {
			Realisation saved = this.service.record(id, input, version).realisation();
			if (htmx) {
				model.addAttribute("indicatorId", indicatorId);
				model.addAttribute("saved", saved);
				model.addAttribute("savedAt", LocalTime.now(this.clock.withZone(this.deadlines.zone())).withNano(0));
				return "realisation/sheet :: autosaved";
			}
			redirect.addFlashAttribute("notice", "monitoring.realisation.saved");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
			return "redirect:/skp/" + id + "/realisasi/" + period + "#iki-" + indicatorId;
		}
		catch (FieldsRejectedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.getProblems()
				.forEach((problem) -> errors.merge(problem.field(),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), locale), (a, b) -> a));
			if (htmx) {
				model.addAttribute("indicatorId", indicatorId);
				model.addAttribute("problems", errors.values());
				return "realisation/sheet :: not-saved";
			}
			return page(id, period, model, indicatorId, form, errors);
		}
		catch (OptimisticLockingFailureException ex) {
			if (htmx) {
				model.addAttribute("indicatorId", indicatorId);
				model.addAttribute("problems", List.of(this.messages.getMessage("web.error.conflict", null, locale)));
				return "realisation/sheet :: not-saved";
			}
			return page(id, period, model, indicatorId, form,
					Map.of("value", this.messages.getMessage("web.error.conflict", null, locale)));
		}
		catch (KinerjaException ex) {
			if (htmx) {
				model.addAttribute("indicatorId", indicatorId);
				model.addAttribute("problems",
						List.of(this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale)));
				return "realisation/sheet :: not-saved";
			}
			throw ex;
		}
	}

	@PostMapping("/skp/{id}/realisasi/{period}/submit")
	String submit(@PathVariable long id, @PathVariable String period, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.service.submit(id, period, RequestTimes.receivedAt(request, this.clock));
		}
		catch (FieldsRejectedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.getProblems()
				.forEach((problem) -> errors.merge(problem.field() + errors.size(),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), locale), (a, b) -> a));
			model.addAttribute("submitProblems", errors.values());
			return page(id, period, model, null, Map.of(), Map.of());
		}
		redirect.addFlashAttribute("notice", "monitoring.realisation.submitted");
		redirect.addFlashAttribute("noticeArgs", new Object[] { period });
		return "redirect:/skp/" + id + "/realisasi/" + period;
	}

	@PostMapping("/skp/{id}/realisasi/{period}/acknowledge")
	String acknowledge(@PathVariable long id, @PathVariable String period, RedirectAttributes redirect) {
		this.service.acknowledge(id, period);
		redirect.addFlashAttribute("notice", "monitoring.realisation.acknowledged");
		redirect.addFlashAttribute("noticeArgs", new Object[] { period });
		return "redirect:/skp/" + id + "/realisasi/" + period;
	}

	@PostMapping("/skp/{id}/realisasi/{period}/return")
	String giveBack(@PathVariable long id, @PathVariable String period, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.service.giveBack(id, period, note);
		}
		catch (FieldsRejectedException ex) {
			model.addAttribute("returnProblem", this.messages.getMessage(ex.getProblems().get(0).messageKey(),
					ex.getProblems().get(0).arguments(), locale));
			return page(id, period, model, null, Map.of(), Map.of());
		}
		redirect.addFlashAttribute("notice", "monitoring.realisation.returned");
		redirect.addFlashAttribute("noticeArgs", new Object[] { period });
		return "redirect:/skp/" + id + "/realisasi/" + period;
	}

	@PostMapping("/realisasi/{rid}/tautan")
	String addLink(@PathVariable long rid, @RequestParam(required = false) String url, RedirectAttributes redirect,
			Locale locale) {
		Realisation realisation = this.service.ownRealisation(rid);
		String period = this.queries.periodOf(realisation);
		try {
			this.evidence.addLink(realisation, url);
			redirect.addFlashAttribute("notice", "monitoring.evidence.added");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
		}
		catch (FieldsRejectedException ex) {
			redirect.addFlashAttribute("evidenceProblem", this.messages.getMessage(ex.getProblems().get(0).messageKey(),
					ex.getProblems().get(0).arguments(), locale));
			redirect.addFlashAttribute("evidenceFor", rid);
		}
		return "redirect:/skp/" + realisation.getSkpId() + "/realisasi/" + period + "#iki-"
				+ realisation.getIndicatorId();
	}

	@PostMapping("/realisasi/{rid}/bukti/{evidenceId}/hapus")
	String removeEvidence(@PathVariable long rid, @PathVariable long evidenceId, RedirectAttributes redirect) {
		Realisation realisation = this.service.ownRealisation(rid);
		this.evidence.remove(realisation, evidenceId);
		redirect.addFlashAttribute("notice", "monitoring.evidence.removed");
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		return "redirect:/skp/" + realisation.getSkpId() + "/realisasi/" + this.queries.periodOf(realisation) + "#iki-"
				+ realisation.getIndicatorId();
	}

	@GetMapping("/realisasi/perpanjangan")
	String extensions(Model model) {
		Actor actor = actor();
		if (!Deadlines.mayExtendAny(actor)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.extension.denied");
		}
		model.addAttribute("extensions", this.deadlines.extensions());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "realisation/extensions";
	}

	@PostMapping("/realisasi/perpanjangan")
	String extend(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
		LocalDate deadline = null;
		try {
			deadline = (form.get("deadline") == null || form.get("deadline").isBlank()) ? null
					: LocalDate.parse(form.get("deadline"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			deadline = null;
		}
		try {
			this.deadlines.extend(form.get("unit"), form.get("period"), deadline, form.get("reason"));
		}
		catch (FieldsRejectedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.getProblems()
				.forEach((problem) -> errors.merge(problem.field(),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), locale), (a, b) -> a));
			model.addAttribute("errors", errors);
			model.addAttribute("values", form);
			return extensions(model);
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("errors",
					Map.of("unit", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale)));
			model.addAttribute("values", form);
			return extensions(model);
		}
		redirect.addFlashAttribute("notice", "monitoring.extension.granted");
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		return "redirect:/realisasi/perpanjangan";
	}

	@PostMapping("/realisasi/perpanjangan/{extensionId}/cabut")
	String revoke(@PathVariable long extensionId, RedirectAttributes redirect) {
		this.deadlines.revoke(extensionId);
		redirect.addFlashAttribute("notice", "monitoring.extension.revoked");
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		return "redirect:/realisasi/perpanjangan";
	}

	private String page(long id, String period, Model model, @Nullable Long failedIndicator,
			Map<String, String> failedValues, Map<String, String> fieldErrors) {
		RealisationQueries.Sheet sheet = this.queries.sheet(id, period);
		model.addAttribute("sheet", sheet);
		model.addAttribute("periods", this.queries.periods(id));
		model.addAttribute("failedIndicator", failedIndicator);
		model.addAttribute("failedValues", failedValues);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("today", this.deadlines.today());
		return "realisation/sheet";
	}

	private static @Nullable Long parseVersion(@Nullable String version) {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(version.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}

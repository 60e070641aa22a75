package id.kinerja.monitoring.feedback.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeView;
import id.kinerja.monitoring.feedback.FeedbackService;
import id.kinerja.monitoring.feedback.FeedbackTarget;
import id.kinerja.monitoring.feedback.FeedbackView;
import id.kinerja.monitoring.feedback.PlanStanding;
import id.kinerja.monitoring.feedback.PlanStanding.Standing;
import id.kinerja.planning.CoreValue;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
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
 * The feedback pages: the panel that the SKP and realisation pages load with htmx (the
 * list of one plan's feedback, or one target's, with the form for those who write and the
 * reply forms), the page of feedback received and given with the requests for peer input,
 * the owner's page to invite peers, and the agency's setting.
 */
@Controller
class FeedbackController {

	private final FeedbackService feedback;

	private final EmployeeDirectory directory;

	private final ZoneId zone;

	FeedbackController(FeedbackService feedback, EmployeeDirectory directory,
			@Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.feedback = feedback;
		this.directory = directory;
		this.zone = zone;
	}

	/**
	 * One choice of what a feedback is about.
	 *
	 * @param value the form value: {@code SKP}, {@code RHK:12}, {@code VALUE:KOMPETEN},
	 * {@code REALISATION:7}
	 * @param key the label's message key
	 * @param arguments the label's arguments
	 */
	record About(String value, String key, Object[] arguments) {
	}

	@GetMapping("/feedback/skp/{skpId}")
	String panel(@PathVariable long skpId, @RequestParam(required = false) @Nullable FeedbackTarget target,
			@RequestParam(required = false) @Nullable String ref, Model model) {
		try {
			return panel(skpId, target, ref, model, List.of(), null, null);
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() == HttpStatus.FORBIDDEN) {
				// Readers of the plan without a standing for feedback see no panel.
				return "feedback/panel :: unavailable";
			}
			throw ex;
		}
	}

	@PostMapping("/feedback/skp/{skpId}")
	String give(@PathVariable long skpId, @RequestParam(required = false) @Nullable String about,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable FeedbackTarget target,
			@RequestParam(required = false) @Nullable String ref,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		try {
			this.feedback.give(skpId, input(about, text));
		}
		catch (FieldsRejectedException ex) {
			return panel(skpId, target, ref, model, ex.getProblems(), about, text);
		}
		return afterWrite(skpId, target, ref, htmx, model, redirect);
	}

	@PostMapping("/feedback/skp/{skpId}/replies/{feedbackId}")
	String replyInPanel(@PathVariable long skpId, @PathVariable long feedbackId,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable FeedbackTarget target,
			@RequestParam(required = false) @Nullable String ref,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		try {
			this.feedback.reply(feedbackId, text);
		}
		catch (FieldsRejectedException ex) {
			model.addAttribute("replyTo", feedbackId);
			return panel(skpId, target, ref, model, ex.getProblems(), null, null);
		}
		return afterWrite(skpId, target, ref, htmx, model, redirect);
	}

	@GetMapping("/feedback")
	String inbox(Model model) {
		model.addAttribute("received", this.feedback.received());
		model.addAttribute("given", this.feedback.given());
		model.addAttribute("requests", this.feedback.requests());
		model.addAttribute("noLabels", java.util.Map.of());
		model.addAttribute("zone", this.zone);
		return "feedback/inbox";
	}

	@PostMapping("/feedback/{feedbackId}/replies")
	String reply(@PathVariable long feedbackId, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		try {
			this.feedback.reply(feedbackId, text);
			notice(redirect, "monitoring.feedback.replied");
		}
		catch (FieldsRejectedException ex) {
			redirect.addFlashAttribute("replyError", ex.getProblems().get(0).messageKey());
			redirect.addFlashAttribute("replyTo", feedbackId);
		}
		return "redirect:/feedback#feedback-" + feedbackId;
	}

	@GetMapping("/feedback/peers/{skpId}")
	String peers(@PathVariable long skpId, @RequestParam(required = false) @Nullable String q, Model model) {
		return peersPage(skpId, q, model, List.of(), null, null);
	}

	@PostMapping("/feedback/peers/{skpId}")
	String invite(@PathVariable long skpId, @RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		try {
			this.feedback.invite(skpId, nip, note);
		}
		catch (FieldsRejectedException ex) {
			return peersPage(skpId, null, model, ex.getProblems(), nip, note);
		}
		notice(redirect, "monitoring.feedback.peer.invited");
		return "redirect:/feedback/peers/" + skpId;
	}

	@PostMapping("/feedback/peers/{skpId}/withdraw")
	String withdraw(@PathVariable long skpId, @RequestParam String nip,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		this.feedback.withdraw(skpId, nip, version);
		notice(redirect, "monitoring.feedback.peer.withdrawn-notice");
		return "redirect:/feedback/peers/" + skpId;
	}

	@GetMapping("/feedback/settings")
	String settings(Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		if (!actor.hasRole("ADMIN_BKPSDM") && !actor.hasRole("AUDITOR")) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.settings.admin-only");
		}
		model.addAttribute("settings", this.feedback.settings());
		return "feedback/settings";
	}

	@PostMapping("/feedback/settings")
	String changeSettings(@RequestParam(required = false) @Nullable Boolean peerVisibleToEmployee,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		this.feedback.changeSettings(peerVisibleToEmployee, version);
		notice(redirect, "monitoring.feedback.settings.saved");
		return "redirect:/feedback/settings";
	}

	private String afterWrite(long skpId, @Nullable FeedbackTarget target, @Nullable String ref, @Nullable String htmx,
			Model model, RedirectAttributes redirect) {
		if (htmx != null) {
			model.addAttribute("notice", "monitoring.feedback.saved");
			return panel(skpId, target, ref, model, List.of(), null, null);
		}
		// Without htmx the panel's forms post as plain forms: back to a whole page.
		notice(redirect, "monitoring.feedback.saved");
		Standing standing = this.feedback.standing(skpId).standing();
		return (standing == Standing.PEER) ? "redirect:/feedback" : "redirect:/skp/" + skpId;
	}

	private String panel(long skpId, @Nullable FeedbackTarget target, @Nullable String ref, Model model,
			List<FieldProblem> problems, @Nullable String about, @Nullable String text) {
		PlanStanding standing = this.feedback.standing(skpId);
		List<FeedbackView> items = this.feedback.onPlan(skpId, target, ref);
		List<About> choices = choices(standing, target, ref);
		model.addAttribute("standing", standing);
		model.addAttribute("items", items);
		model.addAttribute("target", target);
		model.addAttribute("ref", ref);
		model.addAttribute("choices", choices);
		model.addAttribute("about", (about != null) ? about : (choices.isEmpty() ? null : choices.get(0).value()));
		model.addAttribute("text", text);
		model.addAttribute("problems", problems);
		model.addAttribute("rhkLabels", rhkLabels(standing));
		model.addAttribute("zone", this.zone);
		model.addAttribute("panelId",
				"feedback-panel-" + skpId + ((target != null) ? "-" + target.name().toLowerCase(Locale.ROOT) : "")
						+ ((ref != null && ref.matches("[A-Za-z0-9_]{1,40}")) ? "-" + ref : ""));
		return "feedback/panel :: panel";
	}

	private String peersPage(long skpId, @Nullable String q, Model model, List<FieldProblem> problems,
			@Nullable String nip, @Nullable String note) {
		PlanStanding standing = this.feedback.standing(skpId);
		model.addAttribute("standing", standing);
		model.addAttribute("invitations", this.feedback.invitations(skpId));
		model.addAttribute("problems", problems);
		model.addAttribute("nip", nip);
		model.addAttribute("note", note);
		model.addAttribute("q", q);
		List<EmployeeView> candidates = List.of();
		if (standing.standing() == Standing.OWNER && q != null && q.strip().length() >= 3) {
			candidates = this.directory.search(q.strip(), null, PageRequest.of(0, 10)).getContent();
		}
		model.addAttribute("candidates", candidates);
		return "feedback/peers";
	}

	private static List<About> choices(PlanStanding standing, @Nullable FeedbackTarget target, @Nullable String ref) {
		List<About> all = new ArrayList<>();
		if (!standing.standing().writes()) {
			return all;
		}
		all.add(new About("SKP", "monitoring.feedback.about.skp", new Object[0]));
		for (SkpQueries.OwnRhk rhk : standing.rhks()) {
			all.add(new About("RHK:" + rhk.id(), "monitoring.feedback.about.rhk",
					new Object[] { rhk.number(), rhk.text() }));
		}
		for (CoreValue value : CoreValue.values()) {
			all.add(new About("VALUE:" + value.name(), "planning.value." + value.name(), new Object[0]));
		}
		if (standing.standing() == Standing.SUPERVISOR) {
			standing.realisations()
				.forEach((id, period) -> all.add(new About("REALISATION:" + id, "monitoring.feedback.about.realisation",
						new Object[] { period })));
		}
		if (target == null) {
			return all;
		}
		// A panel of one target offers only that target.
		String wanted = (target == FeedbackTarget.SKP || ref == null) ? target.name()
				: target.name() + ":" + ref.strip();
		return all.stream().filter((choice) -> choice.value().equalsIgnoreCase(wanted)).toList();
	}

	private static java.util.Map<Long, String> rhkLabels(PlanStanding standing) {
		java.util.Map<Long, String> labels = new java.util.HashMap<>();
		standing.rhks().forEach((rhk) -> labels.put(rhk.id(), rhk.number() + ". " + rhk.text()));
		return labels;
	}

	private static FeedbackService.FeedbackInput input(@Nullable String about, @Nullable String text) {
		if (about == null || about.isBlank()) {
			return new FeedbackService.FeedbackInput(null, null, null, null, text);
		}
		String[] parts = about.strip().split(":", 2);
		String kind = parts[0];
		String ref = (parts.length > 1) ? parts[1] : null;
		Long id = null;
		if (ref != null && ref.matches("\\d{1,18}")) {
			id = Long.valueOf(ref);
		}
		return switch (kind.toUpperCase(Locale.ROOT)) {
			case "RHK" -> new FeedbackService.FeedbackInput(kind, id, null, null, text);
			case "VALUE" -> new FeedbackService.FeedbackInput(kind, null, ref, null, text);
			case "REALISATION" -> new FeedbackService.FeedbackInput(kind, null, null, id, text);
			default -> new FeedbackService.FeedbackInput(kind, null, null, null, text);
		};
	}

	private static void notice(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
	}

}

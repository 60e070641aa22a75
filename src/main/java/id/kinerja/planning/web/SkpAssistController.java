package id.kinerja.planning.web;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.planning.SkpAssistService;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpView;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafting helpers' pages: pick the supervisor's RHKs to start from, copy last year's
 * plan, and the supervisor's Matriks Peran Hasil. The rules are
 * {@link SkpAssistService}'s; a refusal is shown on the page.
 */
@Controller
class SkpAssistController {

	private final SkpAssistService assist;

	private final SkpQueries queries;

	SkpAssistController(SkpAssistService assist, SkpQueries queries) {
		this.assist = assist;
		this.queries = queries;
	}

	@GetMapping("/skp/{id}/from-supervisor")
	String pickPage(@PathVariable long id, Model model) {
		SkpView skp = this.queries.skp(id);
		model.addAttribute("skp", skp);
		model.addAttribute("supervisorRhks", this.queries.supervisorRhks(id));
		return "skp/from-supervisor";
	}

	@PostMapping("/skp/{id}/from-supervisor")
	String pick(@PathVariable long id, @RequestParam(name = "rhk", required = false) @Nullable List<Long> picked,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			int count = this.assist.startFromSupervisor(id, picked, version).size();
			return notice(redirect, "planning.assist.saved.picked", count, "/skp/" + id);
		}
		catch (KinerjaException ex) {
			return refused(redirect, ex, "/skp/" + id + "/from-supervisor");
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, "/skp/" + id + "/from-supervisor");
		}
	}

	@PostMapping("/skp/{id}/copy-last-year")
	String copy(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		try {
			int count = this.assist.copyFromLastYear(id, version).size();
			return notice(redirect, "planning.assist.saved.copied", count, "/skp/" + id);
		}
		catch (KinerjaException ex) {
			return refused(redirect, ex, "/skp/" + id);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, "/skp/" + id);
		}
	}

	@GetMapping("/skp/{id}/matrix")
	String matrix(@PathVariable long id, Model model) {
		model.addAttribute("skp", this.queries.skp(id));
		model.addAttribute("matrix", this.assist.matrix(id));
		return "skp/matrix";
	}

	@PostMapping("/skp/{id}/matrix")
	String saveMatrix(@PathVariable long id,
			@RequestParam(name = "cell", required = false) @Nullable List<String> ticked,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		List<SkpAssistService.Tick> ticks = new ArrayList<>();
		for (String cell : (ticked != null) ? ticked : List.<String>of()) {
			int colon = cell.indexOf(':');
			Long rhkId = null;
			try {
				rhkId = (colon > 0) ? Long.valueOf(cell.substring(0, colon)) : null;
			}
			catch (NumberFormatException ex) {
				// Not a cell this page drew: refused below as an unknown RHK.
			}
			ticks.add(new SkpAssistService.Tick(rhkId, (colon > 0) ? cell.substring(colon + 1) : cell));
		}
		String back = "/skp/" + id + "/matrix";
		try {
			SkpAssistService.MatrixSaved saved = this.assist.saveMatrix(id, ticks, version);
			redirect.addFlashAttribute("skipped", saved.skipped());
			redirect.addFlashAttribute("started", saved.started().size());
			return notice(redirect, "planning.matrix.saved", saved.created(), back);
		}
		catch (KinerjaException ex) {
			return refused(redirect, ex, back);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, back);
		}
	}

	private static String refused(RedirectAttributes redirect, KinerjaException ex, String back) {
		if (ex.getStatus() == HttpStatus.FORBIDDEN || ex.getStatus() == HttpStatus.NOT_FOUND) {
			throw ex;
		}
		List<SkpController.Problem> problems = new ArrayList<>();
		if (ex instanceof FieldsRejectedException rejected) {
			rejected.getProblems()
				.forEach((problem) -> problems
					.add(new SkpController.Problem(problem.messageKey(), problem.arguments())));
		}
		else {
			problems.add(new SkpController.Problem(ex.getMessageKey(), ex.getArguments()));
		}
		redirect.addFlashAttribute("problems", problems);
		return "redirect:" + back;
	}

	private static String conflict(RedirectAttributes redirect, String back) {
		redirect.addFlashAttribute("problems", List.of(new SkpController.Problem("web.error.conflict", new Object[0])));
		return "redirect:" + back;
	}

	private static String notice(RedirectAttributes redirect, String key, int count, String back) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[] { count });
		return "redirect:" + back;
	}

}

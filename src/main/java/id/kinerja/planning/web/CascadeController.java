package id.kinerja.planning.web;

import java.time.Clock;
import java.util.List;

import id.kinerja.planning.CascadeQueries;
import id.kinerja.planning.PlanSummary;
import id.kinerja.planning.WaitingChain;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cascade page (pohon kinerja): the tree opened at the agency, a unit or an employee,
 * each node expanded in place with htmx (or opened as the page's root without it), the
 * search, and the unit completion summary for those who may read it; and the "who is
 * waiting for whom" section that the plans page loads. The rules are the services'.
 */
@Controller
class CascadeController {

	private final CascadeQueries cascade;

	private final PlanSummary summary;

	private final WaitingChain waiting;

	private final Clock clock;

	CascadeController(CascadeQueries cascade, PlanSummary summary, WaitingChain waiting, Clock clock) {
		this.cascade = cascade;
		this.summary = summary;
		this.waiting = waiting;
		this.clock = clock;
	}

	@GetMapping("/skp/tree")
	String tree(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @Nullable String q, Model model) {
		int shown = YearParameter.parse(year, this.clock);
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(shown - 1, shown, shown + 1));
		model.addAttribute("unit", unit);
		model.addAttribute("nip", nip);
		model.addAttribute("q", q);
		model.addAttribute("opened", this.cascade.open(shown, unit, nip));
		if (q != null && !q.isBlank()) {
			try {
				model.addAttribute("found", this.cascade.search(shown, q));
			}
			catch (FieldsRejectedException ex) {
				model.addAttribute("searchProblem", ex.getProblems().get(0));
			}
		}
		String summaryUnit = (unit != null && !unit.isBlank()) ? unit : null;
		try {
			PlanSummary.Summary result = this.summary.summary(shown, summaryUnit);
			model.addAttribute("summary", result);
			int shownLevel = (summaryUnit != null) ? 1 : 0;
			model.addAttribute("summaryLines",
					result.units().stream().filter((line) -> line.level() <= shownLevel).toList());
		}
		catch (KinerjaException ex) {
			// Not everyone reads the summary (PlanSummary says who); the tree stays.
			if (ex.getStatus() != HttpStatus.FORBIDDEN) {
				throw ex;
			}
		}
		return "skp/tree";
	}

	@GetMapping("/skp/tree/nodes/{node}")
	String children(@PathVariable String node, @RequestParam(required = false) @Nullable String year, Model model) {
		int shown = YearParameter.parse(year, this.clock);
		model.addAttribute("year", shown);
		model.addAttribute("nodes", this.cascade.children(shown, node));
		return "skp/tree-fragments :: children";
	}

	@GetMapping("/skp/waiting-chain")
	String waitingChain(@RequestParam(required = false) @Nullable String year, Model model) {
		WaitingChain.Chain chain = this.waiting.below(YearParameter.parse(year, this.clock));
		model.addAttribute("chain", chain);
		return "skp/waiting-chain :: chain";
	}

}

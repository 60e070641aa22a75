package id.kinerja.planning.web;

import java.time.Clock;
import java.util.List;

import id.kinerja.planning.CascadeNode;
import id.kinerja.planning.CascadeQueries;
import id.kinerja.planning.PlanSummary;
import id.kinerja.planning.WaitingChain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans (SKP)")
class CascadeApiController {

	private final CascadeQueries cascade;

	private final PlanSummary summary;

	private final WaitingChain waiting;

	private final Clock clock;

	CascadeApiController(CascadeQueries cascade, PlanSummary summary, WaitingChain waiting, Clock clock) {
		this.cascade = cascade;
		this.summary = summary;
		this.waiting = waiting;
		this.clock = clock;
	}

	@GetMapping("/api/v1/skp/tree")
	@Operation(summary = "The cascade tree (pohon kinerja) of a year opened at the agency, a unit or an employee,"
			+ " with the node's children")
	CascadeNode.Opened tree(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String nip) {
		return this.cascade.open(YearParameter.parse(year, this.clock), unit, nip);
	}

	@GetMapping("/api/v1/skp/tree/nodes/{node}/children")
	@Operation(summary = "The children of a node of the cascade tree")
	List<CascadeNode> children(@PathVariable String node, @RequestParam(required = false) @Nullable String year) {
		return this.cascade.children(YearParameter.parse(year, this.clock), node);
	}

	@GetMapping("/api/v1/skp/tree/search")
	@Operation(summary = "Employees (name, NIP) and RHKs (text) of the cascade tree the caller may see")
	List<CascadeNode> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String year) {
		return this.cascade.search(YearParameter.parse(year, this.clock), q);
	}

	@GetMapping("/api/v1/skp/summary")
	@Operation(summary = "Plan completion per unit with subtree totals (Admin BKPSDM, Auditor, Admin OPD, unit heads)")
	PlanSummary.Summary summary(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String unit) {
		return this.summary.summary(YearParameter.parse(year, this.clock), unit);
	}

	@GetMapping("/api/v1/skp/waiting-chain")
	@Operation(summary = "Who is waiting for whom in the caller's line below")
	WaitingChain.Chain waitingChain(@RequestParam(required = false) @Nullable String year) {
		return this.waiting.below(YearParameter.parse(year, this.clock));
	}

}

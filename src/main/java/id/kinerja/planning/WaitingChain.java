package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.shared.Actor;
import id.kinerja.shared.JdbcBatches;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who is waiting for whom" in the caller's line below, for a year: subordinates whose
 * plans cannot be submitted because their supervisor's plan is not approved yet (with how
 * many of their RHKs build on the supervisor's unapproved RHKs), and submitted plans
 * waiting for the supervisor's decision — for the caller's own team and for every head
 * further down. Empty for someone without subordinates. Reads the line level by level: a
 * handful of queries per level, whatever the number of people.
 */
@Service
@Transactional(readOnly = true)
public class WaitingChain {

	/** The most entries returned; the total is always counted. */
	static final int LIMIT = 200;

	private static final int MAX_DEPTH = 64;

	private final ReportingLines lines;

	private final PostHoldings holdings;

	private final JdbcClient jdbc;

	private final Clock clock;

	WaitingChain(ReportingLines lines, PostHoldings holdings, JdbcClient jdbc, Clock clock) {
		this.lines = lines;
		this.holdings = holdings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Why someone waits. */
	public enum Reason {

		/** The supervisor's plan is not approved, so the subordinate cannot submit. */
		SUPERVISOR_PLAN,

		/**
		 * The subordinate's plan is submitted and waits for the supervisor's decision.
		 */
		DECISION

	}

	/**
	 * One person waiting on another.
	 *
	 * @param nip the one who waits
	 * @param name their name
	 * @param planState their plan's state ({@code NONE} when not started)
	 * @param skpId their plan, null when not started
	 * @param waitsForNip the supervisor waited on
	 * @param waitsForName the supervisor's name
	 * @param waitsForState the supervisor's plan's state
	 * @param waitsForSkpId the supervisor's plan
	 * @param reason why
	 * @param linkedRhks how many of the waiting plan's RHKs build on the supervisor's
	 * unapproved RHKs
	 * @param onMe whether the caller is the one waited on
	 * @param level 1 for the caller's own team, 2 for theirs and so on
	 */
	public record Waiting(String nip, String name, String planState, @Nullable Long skpId, String waitsForNip,
			String waitsForName, String waitsForState, @Nullable Long waitsForSkpId, Reason reason, long linkedRhks,
			boolean onMe, int level) {
	}

	/**
	 * The chain below the caller.
	 *
	 * @param year the year
	 * @param subordinates whether the caller has subordinates
	 * @param total how many wait, in all
	 * @param onMe how many wait on the caller
	 * @param entries those waiting, on the caller first, then by level; at most
	 * {@value #LIMIT}
	 */
	public record Chain(int year, boolean subordinates, int total, int onMe, List<Waiting> entries) {
	}

	/** Return who waits for whom in the caller's line below, for the year. */
	public Chain below(int year) {
		PeriodService.requireYear(year);
		Actor actor = PlanningAccess.actor();
		Long self = actor.employeeId();
		if (self == null) {
			return new Chain(year, false, 0, 0, List.of());
		}
		LocalDate today = LocalDate.now(this.clock);
		// supervisor -> direct subordinates, and each one's level below the caller
		Map<Long, Set<Long>> teams = new LinkedHashMap<>();
		Map<Long, Integer> levels = new HashMap<>();
		levels.put(self, 0);
		Set<Long> frontier = Set.of(self);
		int depth = 0;
		while (!frontier.isEmpty() && depth++ < MAX_DEPTH) {
			Map<Long, Set<Long>> found = this.lines.directSubordinates(frontier, today);
			Set<Long> next = new LinkedHashSet<>();
			for (Map.Entry<Long, Set<Long>> team : found.entrySet()) {
				Set<Long> fresh = new LinkedHashSet<>();
				for (Long member : team.getValue()) {
					if (!levels.containsKey(member)) {
						levels.put(member, levels.get(team.getKey()) + 1);
						fresh.add(member);
					}
				}
				if (!fresh.isEmpty()) {
					teams.put(team.getKey(), fresh);
					next.addAll(fresh);
				}
			}
			frontier = next;
		}
		if (teams.isEmpty()) {
			return new Chain(year, false, 0, 0, List.of());
		}
		Map<Long, OpenPlans.Plan> plans = OpenPlans.of(this.jdbc, actor.agencyId(), year, List.copyOf(levels.keySet()));
		List<long[]> pairs = new ArrayList<>();
		teams.forEach((supervisor, members) -> {
			OpenPlans.Plan theirs = plans.get(supervisor);
			boolean supervisorApproved = theirs != null && theirs.status() == SkpStatus.APPROVED;
			for (Long member : members) {
				OpenPlans.Plan plan = plans.get(member);
				if (plan != null && plan.status() == SkpStatus.SUBMITTED) {
					pairs.add(new long[] { member, supervisor, Reason.DECISION.ordinal() });
				}
				else if (!supervisorApproved && (plan == null || plan.status().editable())) {
					pairs.add(new long[] { member, supervisor, Reason.SUPERVISOR_PLAN.ordinal() });
				}
			}
		});
		Map<Long, Long> linked = linkedToUnapproved(
				plans.values().stream().filter((plan) -> plan.status().editable()).map(OpenPlans.Plan::skpId).toList());
		pairs.sort(Comparator.comparing((long[] pair) -> pair[1] != self)
			.thenComparing((pair) -> levels.get(pair[0]))
			.thenComparing((pair) -> pair[1]));
		int onMe = (int) pairs.stream().filter((pair) -> pair[1] == self).count();
		List<long[]> shown = pairs.subList(0, Math.min(LIMIT, pairs.size()));
		Set<Long> people = new LinkedHashSet<>();
		shown.forEach((pair) -> {
			people.add(pair[0]);
			people.add(pair[1]);
		});
		Map<Long, PostHoldings.Holding> held = this.holdings.of(people, today);
		List<Waiting> entries = new ArrayList<>();
		for (long[] pair : shown) {
			OpenPlans.Plan plan = plans.get(pair[0]);
			OpenPlans.Plan theirs = plans.get(pair[1]);
			PostHoldings.Holding who = held.get(pair[0]);
			PostHoldings.Holding on = held.get(pair[1]);
			entries.add(new Waiting(who.nip(), who.fullName(), (plan != null) ? plan.status().name() : "NONE",
					(plan != null) ? plan.skpId() : null, on.nip(), on.fullName(),
					(theirs != null) ? theirs.status().name() : "NONE", (theirs != null) ? theirs.skpId() : null,
					Reason.values()[(int) pair[2]], (plan != null) ? linked.getOrDefault(plan.skpId(), 0L) : 0,
					pair[1] == self, levels.get(pair[0])));
		}
		return new Chain(year, true, pairs.size(), onMe, entries);
	}

	/** Count, per plan, the RHKs that support an RHK of a plan not yet approved. */
	private Map<Long, Long> linkedToUnapproved(List<Long> skpIds) {
		Map<Long, Long> counts = new HashMap<>();
		for (int from = 0; from < skpIds.size(); from += JdbcBatches.BATCH_SIZE) {
			this.jdbc.sql("""
					SELECT r.skp_id, count(*) FROM rhk r
					JOIN rhk above ON above.id = r.supervisor_rhk_id
					JOIN skp theirs ON theirs.id = above.skp_id
					WHERE r.skp_id IN (:ids) AND NOT r.removed AND theirs.status <> 'APPROVED'
					GROUP BY r.skp_id
					""")
				.param("ids", skpIds.subList(from, Math.min(skpIds.size(), from + JdbcBatches.BATCH_SIZE)))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((row) -> counts.put(row[0], row[1]));
		}
		return counts;
	}

}

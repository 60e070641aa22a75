package id.kinerja.planning;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.JdbcBatches.Column;
import id.kinerja.shared.Seeds;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores many finished plans at once, for generated and demo agencies: the year with its
 * default settings, organisation goals, and for each employee an SKP with its RHKs and
 * indicators in the state asked for, with the versions the workflow would have kept (the
 * submitted state, and the approved one). The header comes from the post held and the
 * reporting line, as {@link SkpService#start} takes it; each non-JPT RHK supports the RHK
 * of the pejabat penilai's plan it names by number. The workflow's order holds: a plan
 * whose pejabat penilai's plan is not approved stays a draft. Rows go in through
 * multi-row batches ({@link JdbcBatches}), each one described to the audit trail
 * ({@link ChangeLog}), a chunk of plans per transaction. Not for people's own use:
 * nothing checks the actor, so only the demo seeder and the {@code generate} command call
 * it.
 */
@Component
public class PlanLoader {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final List<Column> SKP_COLUMNS = JdbcBatches.columns("agency_id:B", "employee_id:B", "skp_year:I",
			"start_date:D", "end_date:D", "status:V", "skp_format:V", "approach:V", "position_id:B", "position_name:V",
			"position_type:V", "unit_id:B", "unit_name:V", "golongan:V", "appraiser_id:B", "appraiser_regional_head:Z",
			"appraiser_position_name:V", "upper_appraiser_id:B", "return_note:V", "submitted_at:T", "decided_at:T",
			"decided_by:V", "created_at:T", "created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> BEHAVIOUR_COLUMNS = JdbcBatches.columns("skp_id:B", "core_value:V",
			"expectation:V");

	private static final List<Column> RHK_COLUMNS = JdbcBatches.columns("agency_id:B", "skp_id:B", "position_no:I",
			"text:V", "kind:V", "supervisor_rhk_id:B", "org_goal_id:B", "perspective:V", "removed:Z", "created_at:T",
			"created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> INDICATOR_COLUMNS = JdbcBatches.columns("agency_id:B", "rhk_id:B",
			"position_no:I", "text:V", "aspect:V", "target:V", "target_unit:V", "removed:Z", "created_at:T",
			"created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> VERSION_COLUMNS = JdbcBatches.columns("agency_id:B", "skp_id:B", "version_no:I",
			"status:V", "snapshot:V", "created_at:T", "created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private final JdbcTemplate jdbc;

	private final PerformancePeriodRepository periods;

	private final OrgGoalRepository goals;

	private final PostHoldings holdings;

	private final ReportingLines lines;

	private final ChangeLog changes;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** How many plans go in per transaction. */
	static final int CHUNK = 2_000;

	PlanLoader(JdbcTemplate jdbc, PerformancePeriodRepository periods, OrgGoalRepository goals, PostHoldings holdings,
			ReportingLines lines, ChangeLog changes, Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.periods = periods;
		this.goals = goals;
		this.holdings = holdings;
		this.lines = lines;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * An organisation goal to create.
	 *
	 * @param unitId the unit, null for an agency goal
	 * @param parent the index of the agency goal it supports in the same list, -1 for
	 * none
	 * @param code its code, unique in the year
	 * @param text the goal
	 * @param indicators its key indicators
	 */
	public record NewGoal(@Nullable Long unitId, int parent, String code, String text,
			List<OrgGoal.GoalIndicator> indicators) {
	}

	/**
	 * A plan to store.
	 *
	 * @param employeeId the owner
	 * @param status the state it reached: draft, submitted, returned or approved
	 * @param rhks its planned results
	 */
	public record NewPlan(long employeeId, SkpStatus status, List<NewRhk> rhks) {
	}

	/**
	 * A planned result.
	 *
	 * @param text the planned result
	 * @param kind Utama or Tambahan
	 * @param supports which of the pejabat penilai's RHKs it supports (taken modulo their
	 * number), -1 for none
	 * @param orgGoalId the organisation goal it derives from (JPT)
	 * @param perspective the perspective (JPT)
	 * @param indicators its quantitative indicators
	 */
	public record NewRhk(String text, RhkKind kind, int supports, @Nullable Long orgGoalId,
			@Nullable Perspective perspective, List<NewIndicator> indicators) {
	}

	/**
	 * A quantitative indicator.
	 *
	 * @param text what is measured
	 * @param aspect the aspect
	 * @param target the number
	 * @param unit the target's unit
	 */
	public record NewIndicator(String text, Aspect aspect, String target, String unit) {
	}

	/**
	 * What was stored.
	 *
	 * @param plans plans stored
	 * @param byStatus how many reached each state
	 * @param rhks RHKs stored
	 * @param indicators indicators stored
	 * @param versions versions kept
	 * @param skipped employees passed over (no post held)
	 */
	public record Stored(int plans, Map<SkpStatus, Integer> byStatus, int rhks, int indicators, int versions,
			int skipped) {
	}

	/**
	 * Set the year up (with the default settings) unless it is, and create the goals;
	 * return their ids in the order given.
	 */
	@Transactional
	public long[] createGoals(long agencyId, int year, List<NewGoal> newGoals) {
		PeriodService.requireYear(year);
		if (this.periods.findByAgencyIdAndPeriodYear(agencyId, year).isEmpty()) {
			this.periods.save(PerformancePeriod.withDefaults(agencyId, year));
		}
		long[] ids = new long[newGoals.size()];
		for (int i = 0; i < newGoals.size(); i++) {
			NewGoal goal = newGoals.get(i);
			Long parent = (goal.parent() >= 0) ? ids[goal.parent()] : null;
			ids[i] = this.goals
				.save(OrgGoal.create(agencyId, year, goal.unitId(), parent, goal.code(), goal.text(),
						goal.indicators()))
				.getId();
		}
		return ids;
	}

	private static final class Draft {

		final NewPlan plan;

		final PostHoldings.Holding holding;

		final LocalDate start;

		final LocalDate end;

		final Supervisor appraiser;

		@Nullable Long upper;

		@Nullable Draft parent;

		SkpStatus status;

		int level = -1;

		long skpId;

		final List<long[]> rhkIds = new ArrayList<>();

		Draft(NewPlan plan, PostHoldings.Holding holding, LocalDate start, LocalDate end, Supervisor appraiser) {
			this.plan = plan;
			this.holding = holding;
			this.start = start;
			this.end = end;
			this.appraiser = appraiser;
			this.status = plan.status();
		}

		boolean jpt() {
			return this.holding.positionType() != null && this.holding.positionType().isJpt();
		}

	}

	/**
	 * Store the plans of the year for employees who have none; the year must be set up
	 * ({@link #createGoals}). The plans go in level by level down the reporting lines, a
	 * chunk of {@value #CHUNK} per transaction (each committed on its own unless the
	 * caller's transaction holds them all, as the demo seeder's does).
	 */
	public Stored createPlans(long agencyId, int year, List<NewPlan> plans) {
		PeriodService.requireYear(year);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate day = (today.getYear() == year) ? today : first;
		Map<Long, PostHoldings.Holding> held = this.holdings.of(plans.stream().map(NewPlan::employeeId).toList(), day);
		List<PendingStart> pending = new ArrayList<>();
		int skipped = 0;
		for (NewPlan plan : plans) {
			PostHoldings.Holding holding = held.get(plan.employeeId());
			if (holding == null || !holding.holdsPost() || holding.agencyId() != agencyId) {
				skipped++;
				continue;
			}
			LocalDate start = (holding.assignmentStart() != null && holding.assignmentStart().isAfter(first))
					? holding.assignmentStart() : first;
			LocalDate end = (holding.assignmentEnd() != null && holding.assignmentEnd().isBefore(last))
					? holding.assignmentEnd() : last;
			pending.add(new PendingStart(plan, holding, start, end));
		}
		// The reporting line on each plan's first day, asked once per distinct day.
		Map<LocalDate, List<Long>> byStart = new HashMap<>();
		pending
			.forEach((p) -> byStart.computeIfAbsent(p.start(), (key) -> new ArrayList<>()).add(p.plan().employeeId()));
		Map<LocalDate, Map<Long, Supervisor>> supervisors = new HashMap<>();
		byStart.forEach((start, ids) -> supervisors.put(start, this.lines.supervisorsOf(ids, start)));
		List<Draft> drafts = new ArrayList<>(pending.size());
		Map<Long, Draft> byEmployee = new HashMap<>();
		for (PendingStart p : pending) {
			Draft draft = new Draft(p.plan(), p.holding(), p.start(), p.end(),
					supervisors.get(p.start()).get(p.plan().employeeId()));
			drafts.add(draft);
			byEmployee.put(p.plan().employeeId(), draft);
		}
		Map<LocalDate, Set<Long>> appraisersByStart = new HashMap<>();
		drafts.forEach((draft) -> {
			if (draft.appraiser.employeeId() != null) {
				appraisersByStart.computeIfAbsent(draft.start, (key) -> new LinkedHashSet<>())
					.add(draft.appraiser.employeeId());
			}
		});
		Map<LocalDate, Map<Long, Supervisor>> uppers = new HashMap<>();
		appraisersByStart.forEach((start, ids) -> uppers.put(start, this.lines.supervisorsOf(ids, start)));
		Set<Long> people = new LinkedHashSet<>();
		for (Draft draft : drafts) {
			Long appraiser = draft.appraiser.employeeId();
			if (appraiser != null) {
				draft.upper = uppers.get(draft.start).get(appraiser).employeeId();
				draft.parent = byEmployee.get(appraiser);
				people.add(appraiser);
				if (draft.upper != null) {
					people.add(draft.upper);
				}
			}
		}
		Map<Long, PostHoldings.Holding> persons = this.holdings.of(people, day);
		int deepest = 0;
		for (Draft draft : drafts) {
			deepest = Math.max(deepest, level(draft, 0));
		}
		List<List<Draft>> levels = new ArrayList<>();
		for (int i = 0; i <= deepest; i++) {
			levels.add(new ArrayList<>());
		}
		drafts.forEach((draft) -> levels.get(draft.level).add(draft));
		// The workflow's order: submission waits for the pejabat penilai's approved plan.
		for (List<Draft> level : levels) {
			for (Draft draft : level) {
				boolean waits = (draft.parent != null && draft.parent.status != SkpStatus.APPROVED)
						|| (draft.appraiser.employeeId() == null && !draft.appraiser.regionalHead());
				if (waits && (draft.status == SkpStatus.SUBMITTED || draft.status == SkpStatus.APPROVED
						|| draft.status == SkpStatus.RETURNED)) {
					draft.status = SkpStatus.DRAFT;
				}
			}
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		Instant latest = this.clock.instant();
		Map<Long, String> goalTexts = new HashMap<>();
		Set<Long> goalIds = new LinkedHashSet<>();
		drafts.forEach((draft) -> draft.plan.rhks().forEach((rhk) -> {
			if (rhk.orgGoalId() != null) {
				goalIds.add(rhk.orgGoalId());
			}
		}));
		this.goals.findAllById(goalIds).forEach((goal) -> goalTexts.put(goal.getId(), goal.getText()));
		// Level by level, so that each RHK can name the supervisor's RHK it supports; a
		// chunk of plans per transaction, so that a province neither waits on one huge
		// transaction nor holds its rows in memory (only the ids and texts of the RHKs
		// that
		// later plans support stay).
		Map<Long, String> rhkTexts = new HashMap<>();
		int[] totals = new int[3];
		for (List<Draft> level : levels) {
			for (int from = 0; from < level.size(); from += CHUNK) {
				List<Draft> chunk = level.subList(from, Math.min(level.size(), from + CHUNK));
				int[] stored = this.transactions.execute((status) -> storeChunk(agencyId, year, chunk, persons,
						rhkTexts, goalTexts, now, actor, latest));
				totals[0] += stored[0];
				totals[1] += stored[1];
				totals[2] += stored[2];
			}
		}
		Map<SkpStatus, Integer> byStatus = new TreeMap<>();
		drafts.forEach((draft) -> byStatus.merge(draft.status, 1, Integer::sum));
		return new Stored(drafts.size(), byStatus, totals[0], totals[1], totals[2], skipped);
	}

	/**
	 * Store the plans of one chunk (of one level) with their behaviours, RHKs, indicators
	 * and versions, each row audited; return the RHKs, indicators and versions stored.
	 */
	private int[] storeChunk(long agencyId, int year, List<Draft> drafts, Map<Long, PostHoldings.Holding> persons,
			Map<Long, String> rhkTexts, Map<Long, String> goalTexts, OffsetDateTime now, String actor, Instant latest) {
		List<ChangeLog.Change> audit = new ArrayList<>();
		long[] skpIds = JdbcBatches.insert(this.jdbc, "skp", SKP_COLUMNS, drafts, (draft) -> {
			Instant submitted = submittedAt(draft, latest);
			Instant decided = decidedAt(draft, latest);
			return new Object[] { agencyId, draft.plan.employeeId(), year, draft.start, draft.end, draft.status.name(),
					draft.jpt() ? SkpFormat.JPT.name() : SkpFormat.NON_JPT.name(), Approach.KUANTITATIF.name(),
					draft.holding.positionId(), draft.holding.positionName(),
					(draft.holding.positionType() != null) ? draft.holding.positionType().name() : null,
					draft.holding.unitId(), draft.holding.unitName(), draft.holding.golongan().name(),
					draft.appraiser.employeeId(), draft.appraiser.regionalHead(), appraiserPost(draft, persons),
					draft.upper, returnNote(draft), (submitted != null) ? submitted.atOffset(ZoneOffset.UTC) : null,
					(decided != null) ? decided.atOffset(ZoneOffset.UTC) : null, decidedBy(draft, persons, actor), now,
					actor, now, actor, 0L };
		});
		List<Object[]> behaviours = new ArrayList<>(drafts.size() * 7);
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			draft.skpId = skpIds[i];
			for (CoreValue value : EnumSet.allOf(CoreValue.class)) {
				behaviours.add(new Object[] { skpIds[i], value.name(), null });
			}
			audit.add(ChangeLog.Change.created(agencyId, "Skp", skpIds[i], skpState(agencyId, year, draft, persons)));
		}
		JdbcBatches.insertWithoutKeys(this.jdbc, "skp_behaviour", BEHAVIOUR_COLUMNS, behaviours, (row) -> row);
		flush(audit);
		List<PendingIndicator> indicators = new ArrayList<>();
		List<PendingRhk> rows = new ArrayList<>();
		for (Draft draft : drafts) {
			int number = 0;
			for (NewRhk rhk : draft.plan.rhks()) {
				Long supports = null;
				if (rhk.supports() >= 0 && draft.parent != null && !draft.parent.rhkIds.isEmpty()) {
					supports = draft.parent.rhkIds.get(rhk.supports() % draft.parent.rhkIds.size())[0];
				}
				rows.add(new PendingRhk(draft, ++number, rhk, supports));
			}
		}
		long[] ids = JdbcBatches.insert(this.jdbc, "rhk", RHK_COLUMNS, rows,
				(row) -> new Object[] { agencyId, row.draft().skpId, row.number(), row.rhk().text(),
						row.rhk().kind().name(), row.supports(), row.rhk().orgGoalId(),
						(row.draft().jpt() && row.rhk().perspective() != null) ? row.rhk().perspective().name() : null,
						false, now, actor, now, actor, 0L });
		for (int i = 0; i < rows.size(); i++) {
			PendingRhk row = rows.get(i);
			row.draft().rhkIds.add(new long[] { ids[i], (row.supports() != null) ? row.supports() : -1 });
			rhkTexts.put(ids[i], row.rhk().text());
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("id", ids[i]);
			state.put("kind", row.rhk().kind());
			state.put("orgGoalId", row.rhk().orgGoalId());
			state.put("perspective", row.draft().jpt() ? row.rhk().perspective() : null);
			state.put("positionNo", row.number());
			state.put("removed", false);
			state.put("skpId", row.draft().skpId);
			state.put("supervisorChange", null);
			state.put("supervisorRhkId", row.supports());
			state.put("text", row.rhk().text());
			audit.add(ChangeLog.Change.created(agencyId, "Rhk", ids[i], state));
			int indicatorNumber = 0;
			for (NewIndicator indicator : row.rhk().indicators()) {
				indicators.add(new PendingIndicator(ids[i], ++indicatorNumber, indicator));
			}
		}
		flush(audit);
		long[] indicatorIds = JdbcBatches.insert(this.jdbc, "indicator", INDICATOR_COLUMNS, indicators,
				(row) -> new Object[] { agencyId, row.rhkId(), row.number(), row.indicator().text(),
						row.indicator().aspect().name(), row.indicator().target(), row.indicator().unit(), false, now,
						actor, now, actor, 0L });
		Map<Long, List<SkpView.IndicatorView>> indicatorViews = new HashMap<>();
		for (int i = 0; i < indicators.size(); i++) {
			PendingIndicator row = indicators.get(i);
			indicatorViews.computeIfAbsent(row.rhkId(), (key) -> new ArrayList<>())
				.add(new SkpView.IndicatorView(indicatorIds[i], 0, row.indicator().text(), row.indicator().aspect(),
						row.indicator().target(), row.indicator().unit()));
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("aspect", row.indicator().aspect());
			state.put("id", indicatorIds[i]);
			state.put("positionNo", row.number());
			state.put("removed", false);
			state.put("rhkId", row.rhkId());
			state.put("target", row.indicator().target());
			state.put("targetUnit", row.indicator().unit());
			state.put("text", row.indicator().text());
			audit.add(ChangeLog.Change.created(agencyId, "Indicator", indicatorIds[i], state));
			if (audit.size() >= JdbcBatches.BATCH_SIZE) {
				flush(audit);
			}
		}
		flush(audit);
		// The versions the workflow keeps: the submitted state, then the approved one; in
		// slices, so that the snapshots need not all be in memory at once. The audit
		// record of a version leaves the snapshot out (it is the plan's state, recorded
		// above row by row) and gives its size.
		int versionCount = 0;
		for (int from = 0; from < drafts.size(); from += JdbcBatches.BATCH_SIZE) {
			List<Object[]> versions = new ArrayList<>();
			for (Draft draft : drafts.subList(from, Math.min(drafts.size(), from + JdbcBatches.BATCH_SIZE))) {
				if (draft.status == SkpStatus.DRAFT) {
					continue;
				}
				Instant submitted = submittedAt(draft, latest);
				versions.add(new Object[] { draft, 1, SkpStatus.SUBMITTED, JSON.writeValueAsString(snapshot(year, draft,
						SkpStatus.SUBMITTED, submitted, null, persons, rhkTexts, goalTexts, indicatorViews)) });
				if (draft.status == SkpStatus.APPROVED) {
					versions.add(new Object[] { draft, 2, SkpStatus.APPROVED,
							JSON.writeValueAsString(snapshot(year, draft, SkpStatus.APPROVED, submitted,
									decidedAt(draft, latest), persons, rhkTexts, goalTexts, indicatorViews)) });
				}
			}
			long[] versionIds = JdbcBatches.insert(this.jdbc, "skp_version", VERSION_COLUMNS, versions,
					(row) -> new Object[] { agencyId, ((Draft) row[0]).skpId, row[1], ((SkpStatus) row[2]).name(),
							row[3], now, actor, now, actor, 0L });
			for (int i = 0; i < versions.size(); i++) {
				Object[] row = versions.get(i);
				Map<String, @Nullable Object> state = new TreeMap<>();
				state.put("agencyId", agencyId);
				state.put("id", versionIds[i]);
				state.put("skpId", ((Draft) row[0]).skpId);
				state.put("snapshotLength", ((String) row[3]).length());
				state.put("status", row[2]);
				state.put("versionNo", row[1]);
				audit.add(ChangeLog.Change.created(agencyId, "SkpVersion", versionIds[i], state));
			}
			versionCount += versions.size();
			flush(audit);
		}
		return new int[] { rows.size(), indicators.size(), versionCount };
	}

	private void flush(List<ChangeLog.Change> audit) {
		if (!audit.isEmpty()) {
			this.changes.record(List.copyOf(audit));
			audit.clear();
		}
	}

	private record PendingStart(NewPlan plan, PostHoldings.Holding holding, LocalDate start, LocalDate end) {
	}

	private record PendingRhk(Draft draft, int number, NewRhk rhk, @Nullable Long supports) {
	}

	private record PendingIndicator(long rhkId, int number, NewIndicator indicator) {
	}

	/** The plan's depth in the batch: 0 when its pejabat penilai has no plan in it. */
	private static int level(Draft draft, int guard) {
		if (draft.level >= 0) {
			return draft.level;
		}
		if (draft.parent == null || guard > 64) {
			draft.level = 0;
			return 0;
		}
		draft.level = level(draft.parent, guard + 1) + 1;
		return draft.level;
	}

	/** Submitted in the second half of January (WIB), never after now. */
	private static @Nullable Instant submittedAt(Draft draft, Instant latest) {
		if (draft.status == SkpStatus.DRAFT) {
			return null;
		}
		int spread = (int) Math.floorMod(Seeds.of(0, draft.holding.nip(), "submitted-at"), 10L);
		Instant at = draft.start.withDayOfMonth(Math.min(28, 10 + draft.level * 3 + spread % 3))
			.atTime(LocalTime.of(8 + spread, 15))
			.atZone(WIB)
			.toInstant();
		return at.isAfter(latest) ? latest : at;
	}

	/** Decided two days after submission, never after now. */
	private static @Nullable Instant decidedAt(Draft draft, Instant latest) {
		if (draft.status != SkpStatus.APPROVED && draft.status != SkpStatus.RETURNED) {
			return null;
		}
		Instant at = submittedAt(draft, latest).plusSeconds(2 * 24 * 3600L);
		return at.isAfter(latest) ? latest : at;
	}

	private static @Nullable String decidedBy(Draft draft, Map<Long, PostHoldings.Holding> persons, String actor) {
		if (draft.status != SkpStatus.APPROVED && draft.status != SkpStatus.RETURNED) {
			return null;
		}
		Long appraiser = draft.appraiser.employeeId();
		PostHoldings.Holding holding = (appraiser != null) ? persons.get(appraiser) : null;
		return (holding != null) ? holding.nip() : actor;
	}

	private static @Nullable String returnNote(Draft draft) {
		return (draft.status == SkpStatus.RETURNED)
				? "Mohon perjelas target kuantitas setiap indikator dan tautkan setiap RHK ke RHK atasan yang tepat."
				: null;
	}

	private static @Nullable String appraiserPost(Draft draft, Map<Long, PostHoldings.Holding> persons) {
		Long appraiser = draft.appraiser.employeeId();
		PostHoldings.Holding holding = (appraiser != null) ? persons.get(appraiser) : null;
		return (holding != null) ? holding.positionName() : null;
	}

	private static Map<String, @Nullable Object> skpState(long agencyId, int year, Draft draft,
			Map<Long, PostHoldings.Holding> persons) {
		Map<String, @Nullable Object> state = new TreeMap<>();
		state.put("agencyId", agencyId);
		state.put("appraiserId", draft.appraiser.employeeId());
		state.put("appraiserPositionName", appraiserPost(draft, persons));
		state.put("appraiserRegionalHead", draft.appraiser.regionalHead());
		state.put("approach", Approach.KUANTITATIF);
		state.put("employeeId", draft.plan.employeeId());
		state.put("endDate", draft.end);
		state.put("golongan", draft.holding.golongan());
		state.put("id", draft.skpId);
		state.put("positionId", draft.holding.positionId());
		state.put("positionName", draft.holding.positionName());
		state.put("positionType", draft.holding.positionType());
		state.put("returnNote", returnNote(draft));
		state.put("skpFormat", draft.jpt() ? SkpFormat.JPT : SkpFormat.NON_JPT);
		state.put("skpYear", year);
		state.put("startDate", draft.start);
		state.put("status", draft.status);
		state.put("unitId", draft.holding.unitId());
		state.put("unitName", draft.holding.unitName());
		state.put("upperAppraiserId", draft.upper);
		return state;
	}

	private SkpView snapshot(int year, Draft draft, SkpStatus status, @Nullable Instant submitted,
			@Nullable Instant decided, Map<Long, PostHoldings.Holding> persons, Map<Long, String> rhkTexts,
			Map<Long, String> goalTexts, Map<Long, List<SkpView.IndicatorView>> indicatorViews) {
		List<SkpView.RhkView> rhks = new ArrayList<>();
		for (int i = 0; i < draft.rhkIds.size(); i++) {
			long id = draft.rhkIds.get(i)[0];
			long supports = draft.rhkIds.get(i)[1];
			NewRhk rhk = draft.plan.rhks().get(i);
			rhks.add(new SkpView.RhkView(id, 0, i + 1, rhk.text(), rhk.kind(), (supports >= 0) ? supports : null,
					(supports >= 0) ? rhkTexts.get(supports) : null, rhk.orgGoalId(),
					(rhk.orgGoalId() != null) ? goalTexts.get(rhk.orgGoalId()) : null,
					draft.jpt() ? rhk.perspective() : null, null, indicatorViews.getOrDefault(id, List.of())));
		}
		List<SkpView.BehaviourView> behaviours = EnumSet.allOf(CoreValue.class)
			.stream()
			.map((value) -> new SkpView.BehaviourView(value, null))
			.toList();
		PostHoldings.Holding owner = draft.holding;
		return new SkpView(draft.skpId, 0, owner.nip(), owner.fullName(), year, draft.start, draft.end, status,
				draft.jpt() ? SkpFormat.JPT : SkpFormat.NON_JPT, Approach.KUANTITATIF, owner.golongan().code(),
				owner.golongan().pangkat(), owner.positionName(),
				(owner.positionType() != null) ? owner.positionType().name() : null, owner.unitName(),
				person(draft.appraiser.employeeId(), persons), draft.appraiser.regionalHead(), null, null,
				person(draft.upper, persons), null, null, null, null, submitted, decided, rhks, behaviours, List.of());
	}

	private static SkpView.@Nullable Person person(@Nullable Long employeeId, Map<Long, PostHoldings.Holding> persons) {
		PostHoldings.Holding holding = (employeeId != null) ? persons.get(employeeId) : null;
		if (holding == null) {
			return null;
		}
		return new SkpView.Person(holding.nip(), holding.fullName(), holding.golongan().code(),
				holding.golongan().pangkat(), holding.positionName(), holding.unitName());
	}

}

package id.kinerja.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.StructureQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans for the people allowed to see them ({@link PlanningAccess}): one whole SKP
 * with its quality hints, an employee's plans, the supervisor's RHKs to build on, and the
 * plans waiting for the caller's decision.
 */
@Service
@Transactional(readOnly = true)
public class SkpQueries {

	static final Pattern NUMBER = Pattern.compile("\\d{1,12}([.,]\\d{1,6})?");

	private final SkpRepository skps;

	private final RhkRepository rhks;

	private final IndicatorRepository indicators;

	private final OrgGoalRepository goals;

	private final EmployeeRepository employees;

	private final PostHoldings holdings;

	private final ReportingLines lines;

	private final StructureQueries structure;

	private final PlanningAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	SkpQueries(SkpRepository skps, RhkRepository rhks, IndicatorRepository indicators, OrgGoalRepository goals,
			EmployeeRepository employees, PostHoldings holdings, ReportingLines lines, StructureQueries structure,
			PlanningAccess access, JdbcClient jdbc, Clock clock) {
		this.skps = skps;
		this.rhks = rhks;
		this.indicators = indicators;
		this.goals = goals;
		this.employees = employees;
		this.holdings = holdings;
		this.lines = lines;
		this.structure = structure;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Return the whole plan; 404 when unknown or another agency's, 403 when not allowed.
	 */
	public SkpView skp(long skpId) {
		Skp skp = require(skpId);
		this.access.requireRead(skp);
		return view(skp);
	}

	/** Return the plan's header for those who may read it. */
	public Skp header(long skpId) {
		Skp skp = require(skpId);
		this.access.requireRead(skp);
		return skp;
	}

	/**
	 * Return the header of the caller's own plan, in one narrow query: 404 when unknown
	 * or another agency's; for a plan the caller does not own, the same refusal as
	 * {@link #header} when they may not read it, and empty when they may (so that the
	 * caller names what only the owner may do).
	 */
	public java.util.Optional<PlanHeader> ownHeader(long skpId) {
		PlanHeader header = headerRow(skpId).filter((found) -> found.agencyId() == PlanningAccess.actor().agencyId())
			.orElseThrow(PlanningAccess::notFound);
		if (this.access.owns(header.agencyId(), header.employeeId())) {
			return java.util.Optional.of(header);
		}
		header(skpId);
		return java.util.Optional.empty();
	}

	/**
	 * Return the header of a plan of the agency for a system, in one narrow query,
	 * without reading rights; 404 when unknown or another agency's.
	 */
	public PlanHeader headerRowForSystem(long agencyId, long skpId) {
		return headerRow(skpId).filter((found) -> found.agencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.skp.not-found"));
	}

	private java.util.Optional<PlanHeader> headerRow(long skpId) {
		return this.jdbc.sql("""
				SELECT id, agency_id, employee_id, unit_id, status, skp_year, start_date, end_date, approach
				FROM skp WHERE id = ?""")
			.param(skpId)
			.query((rs, row) -> new PlanHeader(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
					SkpStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), Approach.valueOf(rs.getString(9))))
			.optional();
	}

	/**
	 * An indicator of a plan with the RHK it belongs to, as a realisation of it needs it.
	 *
	 * @param rhkId its RHK
	 * @param indicator the indicator
	 */
	public record PlannedIndicator(long rhkId, SkpView.IndicatorView indicator) {
	}

	/**
	 * Return a live indicator (neither it nor its RHK removed) of the plan, in one query;
	 * empty when the plan has no such indicator. Unchecked: the caller has checked the
	 * plan (its header) already.
	 */
	public java.util.Optional<PlannedIndicator> indicatorOf(long skpId, long indicatorId) {
		return this.jdbc.sql("""
				SELECT i.rhk_id, i.id, i.version, i.text, i.aspect, i.target, i.target_unit
				FROM indicator i JOIN rhk r ON r.id = i.rhk_id
				WHERE i.id = ? AND r.skp_id = ? AND i.removed = FALSE AND r.removed = FALSE""")
			.param(indicatorId)
			.param(skpId)
			.query((rs, row) -> new PlannedIndicator(rs.getLong(1),
					new SkpView.IndicatorView(rs.getLong(2), rs.getLong(3), rs.getString(4),
							(rs.getString(5) != null) ? Aspect.valueOf(rs.getString(5)) : null, rs.getString(6),
							rs.getString(7))))
			.optional();
	}

	/**
	 * Return the plan an indicator of the agency belongs to (not removed, nor its RHK),
	 * for a system that reports on the indicator; no reading rights are checked.
	 */
	public java.util.Optional<Long> skpOfIndicator(long agencyId, long indicatorId) {
		return this.indicators.findById(indicatorId)
			.filter((indicator) -> indicator.getAgencyId() == agencyId && !indicator.isRemoved())
			.flatMap((indicator) -> this.rhks.findById(indicator.getRhkId()))
			.filter((rhk) -> !rhk.isRemoved())
			.map(Rhk::getSkpId);
	}

	/** Return a plan's header of the agency for a system, without reading rights. */
	public Skp headerForSystem(long agencyId, long skpId) {
		Skp skp = this.skps.findById(skpId)
			.filter((found) -> found.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.skp.not-found"));
		return skp;
	}

	/** Return a whole plan of the agency for a system, without reading rights. */
	public SkpView viewForSystem(long agencyId, long skpId) {
		return view(headerForSystem(agencyId, skpId));
	}

	/**
	 * An RHK of an employee's own plan, as other modules refer to it.
	 *
	 * @param id the RHK
	 * @param skpId its plan
	 * @param year the plan's year
	 * @param number its number in the plan
	 * @param text the planned result
	 */
	public record OwnRhk(long id, long skpId, int year, int number, String text) {
	}

	/**
	 * List the RHKs of the employee's plans of the year that are not closed, in order.
	 * Unchecked: the caller has decided the reader may see them.
	 */
	public List<OwnRhk> rhksOf(long employeeId, int year) {
		List<OwnRhk> result = new ArrayList<>();
		for (Skp skp : this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(employeeId, year)) {
			if (skp.getStatus() == SkpStatus.CLOSED) {
				continue;
			}
			int number = 0;
			for (Rhk rhk : this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skp.getId())) {
				result.add(new OwnRhk(rhk.getId(), skp.getId(), year, ++number, rhk.getText()));
			}
		}
		return result;
	}

	/** Return the plan with the id, unchecked; 404 when unknown. */
	Skp require(long skpId) {
		return this.skps.findById(skpId).orElseThrow(PlanningAccess::notFound);
	}

	/** List an employee's plans (of a year, or all), for those allowed to read them. */
	public List<SkpView> plansOf(String nip, @Nullable Integer year) {
		Employee employee = employee(nip);
		List<Skp> found = (year != null) ? this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(employee.getId(), year)
				: this.skps.findByEmployeeIdOrderBySkpYearDescStartDateDesc(employee.getId());
		List<SkpView> views = new ArrayList<>();
		for (Skp skp : found) {
			this.access.requireRead(skp);
			views.add(view(skp));
		}
		return views;
	}

	/**
	 * Return the RHKs of the pejabat penilai's plans of the same year, which the plan's
	 * RHKs may support (drafts included: nobody waits for the supervisor's approval to
	 * start writing).
	 */
	public List<SupervisorRhk> supervisorRhks(long skpId) {
		Skp skp = require(skpId);
		this.access.requireRead(skp);
		return supervisorRhks(skp);
	}

	/**
	 * An RHK of the supervisor that a subordinate's RHK may support.
	 *
	 * @param id the RHK
	 * @param skpId the supervisor's plan
	 * @param skpStatus where the supervisor's plan stands
	 * @param number the RHK's number there
	 * @param text the planned result
	 * @param kind Utama or Tambahan
	 */
	public record SupervisorRhk(long id, long skpId, SkpStatus skpStatus, int number, String text, RhkKind kind) {
	}

	List<SupervisorRhk> supervisorRhks(Skp skp) {
		if (skp.getAppraiserId() == null) {
			return List.of();
		}
		List<Skp> theirs = this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(skp.getAppraiserId(), skp.getSkpYear());
		List<SupervisorRhk> result = new ArrayList<>();
		for (Skp plan : theirs) {
			if (plan.getStatus() == SkpStatus.CLOSED && plan.getEndDate().isBefore(skp.getStartDate())) {
				continue;
			}
			int number = 0;
			for (Rhk rhk : this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(plan.getId())) {
				result.add(new SupervisorRhk(rhk.getId(), plan.getId(), plan.getStatus(), ++number, rhk.getText(),
						rhk.getKind()));
			}
		}
		return result;
	}

	/**
	 * A plan in a list: who, which year, where it stands.
	 *
	 * @param id the plan
	 * @param nip the owner's NIP
	 * @param name the owner's name
	 * @param positionName the owner's post
	 * @param year the year
	 * @param status where it stands
	 * @param submittedAt when it was submitted
	 */
	public record SkpSummary(long id, String nip, String name, @Nullable String positionName, int year,
			SkpStatus status, java.time.@Nullable Instant submittedAt) {
	}

	/** List the submitted plans the caller decides on, oldest first. */
	public List<SkpSummary> waitingForMe() {
		Actor actor = PlanningAccess.actor();
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> mine = new HashSet<>();
		if (actor.employeeId() != null) {
			mine.addAll(this.lines.directSubordinates(actor.employeeId(), today));
		}
		List<Skp> submitted = new ArrayList<>();
		if (!mine.isEmpty()) {
			submitted.addAll(this.skps.findByEmployeeIdInAndStatus(mine, SkpStatus.SUBMITTED));
		}
		if (actor.hasRole(PlanningAccess.ADMIN_BKPSDM)) {
			for (Skp skp : this.skps.findByEmployeeIdInAndStatus(this.structure.topOfAgencyIds(),
					SkpStatus.SUBMITTED)) {
				if (skp.getAgencyId() == actor.agencyId() && this.access.decides(skp) && !submitted.contains(skp)) {
					submitted.add(skp);
				}
			}
		}
		return summaries(submitted);
	}

	/**
	 * A direct subordinate with the plan of a year (if any).
	 *
	 * @param nip the subordinate's NIP
	 * @param name the name with titles
	 * @param positionName the post held today
	 * @param skpId the plan of the year, null when none was started
	 * @param status where that plan stands
	 */
	public record TeamPlan(String nip, String name, @Nullable String positionName, @Nullable Long skpId,
			@Nullable SkpStatus status) {
	}

	/** List the caller's direct subordinates today with their plans of the year. */
	public List<TeamPlan> teamPlans(int year) {
		Actor actor = PlanningAccess.actor();
		if (actor.employeeId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> team = this.lines.directSubordinates(actor.employeeId(), today);
		if (team.isEmpty()) {
			return List.of();
		}
		Map<Long, Skp> latest = new HashMap<>();
		for (Skp skp : this.skps.findByEmployeeIdInAndSkpYear(team, year)) {
			Skp known = latest.get(skp.getEmployeeId());
			if (known == null || skp.getStartDate().isAfter(known.getStartDate())) {
				latest.put(skp.getEmployeeId(), skp);
			}
		}
		return this.holdings.of(team, today)
			.values()
			.stream()
			.sorted(Comparator.comparing(PostHoldings.Holding::fullName))
			.map((holding) -> {
				Skp skp = latest.get(holding.employeeId());
				return new TeamPlan(holding.nip(), holding.fullName(), holding.positionName(),
						(skp != null) ? skp.getId() : null, (skp != null) ? skp.getStatus() : null);
			})
			.toList();
	}

	List<SkpSummary> summaries(List<Skp> plans) {
		Map<Long, Employee> people = new HashMap<>();
		this.employees.findAllById(plans.stream().map(Skp::getEmployeeId).distinct().toList())
			.forEach((employee) -> people.put(employee.getId(), employee));
		return plans.stream()
			.sorted(Comparator
				.comparing((Skp skp) -> (skp.getSubmittedAt() != null) ? skp.getSubmittedAt() : java.time.Instant.MAX))
			.map((skp) -> new SkpSummary(skp.getId(), people.get(skp.getEmployeeId()).getNip(),
					people.get(skp.getEmployeeId()).getFullName(), skp.getPositionName(), skp.getSkpYear(),
					skp.getStatus(), skp.getSubmittedAt()))
			.toList();
	}

	/** Build the whole view of a plan (unchecked: callers check access). */
	SkpView view(Skp skp) {
		List<Rhk> planned = this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skp.getId());
		Map<Long, List<Indicator>> byRhk = new HashMap<>();
		if (!planned.isEmpty()) {
			for (Indicator indicator : this.indicators
				.findByRhkIdInAndRemovedFalseOrderByPositionNo(planned.stream().map(Rhk::getId).toList())) {
				byRhk.computeIfAbsent(indicator.getRhkId(), (id) -> new ArrayList<>()).add(indicator);
			}
		}
		Map<Long, Rhk> supervisorRhks = new HashMap<>();
		this.rhks.findAllById(planned.stream().map(Rhk::getSupervisorRhkId).filter(java.util.Objects::nonNull).toList())
			.forEach((rhk) -> supervisorRhks.put(rhk.getId(), rhk));
		Map<Long, Skp> supervisorPlans = new HashMap<>();
		this.skps.findAllById(supervisorRhks.values().stream().map(Rhk::getSkpId).distinct().toList())
			.forEach((plan) -> supervisorPlans.put(plan.getId(), plan));
		Map<Long, OrgGoal> goalsById = new HashMap<>();
		this.goals.findAllById(planned.stream().map(Rhk::getOrgGoalId).filter(java.util.Objects::nonNull).toList())
			.forEach((goal) -> goalsById.put(goal.getId(), goal));
		List<SkpView.RhkView> rhkViews = new ArrayList<>();
		List<SkpView.Hint> hints = new ArrayList<>();
		int number = 0;
		boolean utama = false;
		for (Rhk rhk : planned) {
			number++;
			utama |= rhk.getKind() == RhkKind.UTAMA;
			Rhk supports = (rhk.getSupervisorRhkId() != null) ? supervisorRhks.get(rhk.getSupervisorRhkId()) : null;
			OrgGoal goal = (rhk.getOrgGoalId() != null) ? goalsById.get(rhk.getOrgGoalId()) : null;
			List<SkpView.IndicatorView> indicatorViews = new ArrayList<>();
			int indicatorNumber = 0;
			for (Indicator indicator : byRhk.getOrDefault(rhk.getId(), List.of())) {
				indicatorNumber++;
				indicatorViews.add(new SkpView.IndicatorView(indicator.getId(), indicator.getVersion(),
						indicator.getText(), indicator.getAspect(), indicator.getTarget(), indicator.getTargetUnit()));
				hintIndicator(skp, indicator, number, indicatorNumber, hints);
			}
			if (indicatorViews.isEmpty()) {
				hints.add(new SkpView.Hint("planning.hint.no-indicator", number, null, true));
			}
			hintRhk(skp, rhk, supports, (supports != null) ? supervisorPlans.get(supports.getSkpId()) : null, goal,
					number, hints);
			rhkViews.add(new SkpView.RhkView(rhk.getId(), rhk.getVersion(), number, rhk.getText(), rhk.getKind(),
					rhk.getSupervisorRhkId(), (supports != null) ? supports.getText() : null, rhk.getOrgGoalId(),
					(goal != null) ? goal.getText() : null, rhk.getPerspective(), rhk.getSupervisorChange(),
					indicatorViews));
		}
		if (planned.isEmpty()) {
			hints.add(0, new SkpView.Hint("planning.hint.no-rhk", null, null, true));
		}
		else if (!utama) {
			hints.add(0, new SkpView.Hint("planning.hint.no-utama", null, null, true));
		}
		if (skp.getAppraiserId() == null && !skp.isAppraiserRegionalHead()) {
			hints.add(0, new SkpView.Hint("planning.hint.no-appraiser", null, null, true));
		}
		Employee owner = this.employees.findById(skp.getEmployeeId()).orElseThrow();
		SkpView.Person appraiser = null;
		if (skp.getAppraiserId() != null) {
			appraiser = person(skp.getAppraiserId(), skp.getStartDate(), skp.getAppraiserPositionName());
		}
		SkpView.Person upper = (skp.getUpperAppraiserId() != null)
				? person(skp.getUpperAppraiserId(), skp.getStartDate(), null) : null;
		StructureQueries.RegionalHead head = skp.isAppraiserRegionalHead() ? this.structure.regionalHead() : null;
		List<SkpView.BehaviourView> behaviours = skp.getBehaviours()
			.stream()
			.sorted(Comparator.comparing(Skp.BehaviourExpectation::coreValue))
			.map((behaviour) -> new SkpView.BehaviourView(behaviour.coreValue(), behaviour.expectation()))
			.toList();
		return new SkpView(skp.getId(), skp.getVersion(), owner.getNip(), owner.getFullName(), skp.getSkpYear(),
				skp.getStartDate(), skp.getEndDate(), skp.getStatus(), skp.getSkpFormat(), skp.getApproach(),
				skp.getGolongan().code(), skp.getGolongan().pangkat(), skp.getPositionName(), skp.getPositionType(),
				skp.getUnitName(), appraiser, skp.isAppraiserRegionalHead(), (head != null) ? head.title() : null,
				(head != null) ? head.name() : null, upper, skp.getResourceSupport(), skp.getAccountabilityScheme(),
				skp.getConsequences(), skp.getReturnNote(), skp.getSubmittedAt(), skp.getDecidedAt(), rhkViews,
				behaviours, hints);
	}

	private void hintRhk(Skp skp, Rhk rhk, @Nullable Rhk supports, @Nullable Skp supportsPlan, @Nullable OrgGoal goal,
			int number, List<SkpView.Hint> hints) {
		if (skp.getSkpFormat() == SkpFormat.NON_JPT && !skp.isAppraiserRegionalHead() && supports == null) {
			hints.add(new SkpView.Hint("planning.hint.unlinked", number, null, true));
		}
		if (skp.getSkpFormat() == SkpFormat.JPT && rhk.getPerspective() == null) {
			hints.add(new SkpView.Hint("planning.hint.no-perspective", number, null, true));
		}
		if (skp.getSkpFormat() == SkpFormat.JPT && goal == null && supports == null) {
			hints.add(new SkpView.Hint("planning.hint.no-goal", number, null, false));
		}
		if (rhk.getSupervisorChange() != null) {
			hints.add(new SkpView.Hint((rhk.getSupervisorChange() == SupervisorChange.REMOVED)
					? "planning.hint.supervisor-removed" : "planning.hint.supervisor-changed", number, null, true));
		}
		if (supports != null && normalised(supports.getText()).equals(normalised(rhk.getText()))) {
			hints.add(new SkpView.Hint("planning.hint.copied", number, null, false));
		}
		if (supportsPlan != null && supportsPlan.getStatus() != SkpStatus.APPROVED && skp.getStatus().editable()) {
			hints.add(new SkpView.Hint("planning.hint.supervisor-not-approved", number, null, true));
		}
	}

	private static void hintIndicator(Skp skp, Indicator indicator, int rhkNumber, int number,
			List<SkpView.Hint> hints) {
		String target = indicator.getTarget().strip();
		boolean numeric = NUMBER.matcher(target).matches();
		if (numeric && new BigDecimal(target.replace(',', '.')).signum() == 0) {
			hints.add(new SkpView.Hint("planning.hint.zero-target", rhkNumber, number, false));
		}
		if (skp.getApproach() == Approach.KUANTITATIF
				&& (!numeric || indicator.getTargetUnit() == null || indicator.getTargetUnit().isBlank())) {
			hints.add(new SkpView.Hint("planning.hint.no-number", rhkNumber, number, false));
		}
	}

	static String normalised(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private SkpView.Person person(long employeeId, LocalDate day, @Nullable String positionName) {
		PostHoldings.Holding holding = this.holdings.of(employeeId, day)
			.or(() -> this.holdings.of(employeeId, LocalDate.now(this.clock)))
			.orElseThrow();
		return new SkpView.Person(holding.nip(), holding.fullName(), holding.golongan().code(),
				holding.golongan().pangkat(), (positionName != null) ? positionName : holding.positionName(),
				holding.unitName());
	}

	private Employee employee(String nip) {
		Actor actor = PlanningAccess.actor();
		return this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
	}

}

package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes plans on behalf of the current actor, each method one transaction. The owner
 * starts and writes a draft (RHKs, indicators, approach, attachments) and submits it; the
 * pejabat penilai (or the acting holder of that post, or Admin BKPSDM for the regional
 * head) writes the behaviour expectations and approves or returns it. A subordinate may
 * write against the supervisor's draft RHKs; submission waits until the supervisor's plan
 * is approved. Changing or removing an RHK that others support flags their RHKs. Every
 * edit carries the version that was read and is refused when someone saved since
 * ({@link org.springframework.dao.OptimisticLockingFailureException}, 409). Publishes
 * {@link SkpSubmitted}, {@link SkpApproved}, {@link SkpReturned} and
 * {@link SupervisorRhkChanged}.
 */
@Service
public class SkpService {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final SkpRepository skps;

	private final RhkRepository rhks;

	private final IndicatorRepository indicators;

	private final SkpVersionRepository versions;

	private final OrgGoalRepository goals;

	private final EmployeeRepository employees;

	private final PostHoldings holdings;

	private final ReportingLines lines;

	private final PeriodService periods;

	private final PlanningAccess access;

	private final SkpQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SkpService(SkpRepository skps, RhkRepository rhks, IndicatorRepository indicators, SkpVersionRepository versions,
			OrgGoalRepository goals, EmployeeRepository employees, PostHoldings holdings, ReportingLines lines,
			PeriodService periods, PlanningAccess access, SkpQueries queries, ApplicationEventPublisher events,
			Clock clock) {
		this.skps = skps;
		this.rhks = rhks;
		this.indicators = indicators;
		this.versions = versions;
		this.goals = goals;
		this.employees = employees;
		this.holdings = holdings;
		this.lines = lines;
		this.periods = periods;
		this.access = access;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Start the employee's plan for a year: the header from the post held and the
	 * reporting line on the start date (the first of January, or the start of the post if
	 * later). One open plan per employee and year; refuses an employee without a post.
	 */
	@Transactional
	public Skp start(String nip, int year) {
		Actor actor = PlanningAccess.actor();
		Employee employee = this.employees.findByNip(nip.strip())
			.filter((found) -> found.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
		if (!this.access.mayStartFor(employee.getId())) {
			throw PlanningAccess.denied();
		}
		if (employee.getStatus() != EmployeeStatus.ACTIVE) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.status.inactive", employee.getNip());
		}
		this.periods.year(actor.agencyId(), year);
		boolean open = this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(employee.getId(), year)
			.stream()
			.anyMatch((skp) -> skp.getStatus() != SkpStatus.CLOSED);
		if (open) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.exists", employee.getNip(), year);
		}
		return startOn(employee, year, startDay(year));
	}

	/**
	 * The day whose post and line a new plan of the year reads: today, or the 1st of
	 * January.
	 */
	LocalDate startDay(int year) {
		LocalDate today = LocalDate.now(this.clock);
		return (today.getYear() == year) ? today : LocalDate.of(year, 1, 1);
	}

	/**
	 * Start a draft for the employee from the definitive post held on the day, unchecked:
	 * for the module's own followers (a move to another post, the Matriks Peran Hasil),
	 * which check who acts themselves.
	 */
	Skp startOn(Employee employee, int year, LocalDate day) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		PostHoldings.Holding holding = this.holdings.of(employee.getId(), day)
			.filter(PostHoldings.Holding::holdsPost)
			.orElseThrow(
					() -> new KinerjaException(HttpStatus.CONFLICT, "planning.skp.no-position", employee.getNip()));
		LocalDate start = (holding.assignmentStart() != null && holding.assignmentStart().isAfter(first))
				? holding.assignmentStart() : first;
		LocalDate end = (holding.assignmentEnd() != null && holding.assignmentEnd().isBefore(last))
				? holding.assignmentEnd() : last;
		Supervisor appraiser = this.lines.supervisorOf(employee.getId(), start);
		Long upper = null;
		String appraiserPost = null;
		if (appraiser.employeeId() != null) {
			upper = this.lines.supervisorOf(appraiser.employeeId(), start).employeeId();
			appraiserPost = appraiserPost(appraiser.employeeId(), start);
		}
		boolean jpt = holding.positionType() != null && holding.positionType().isJpt();
		Skp.Header header = new Skp.Header(employee.getId(), year, start, end, jpt ? SkpFormat.JPT : SkpFormat.NON_JPT,
				holding.positionId(), holding.positionName(),
				(holding.positionType() != null) ? holding.positionType().name() : null, holding.unitId(),
				holding.unitName(), employee.getGolongan(), appraiser.employeeId(), appraiser.regionalHead(),
				appraiserPost, upper);
		return this.skps.save(Skp.draft(employee.getAgencyId(), header));
	}

	/**
	 * The post the appraiser leads the owner from: an acting post first, else the own.
	 */
	private @Nullable String appraiserPost(long appraiserId, LocalDate day) {
		return this.holdings.of(appraiserId, day).map(PostHoldings.Holding::positionName).orElse(null);
	}

	/**
	 * What the owner writes of an RHK with its indicators; an indicator with an id
	 * changes that indicator, one without is new, and the RHK's indicators not listed are
	 * removed.
	 *
	 * @param text the planned result
	 * @param kind Utama or Tambahan
	 * @param supervisorRhkId the supervisor's RHK it supports
	 * @param orgGoalId the organisation goal it derives from
	 * @param perspective the perspective (JPT)
	 * @param indicators the indicators
	 */
	public record RhkInput(@Nullable String text, @Nullable RhkKind kind, @Nullable Long supervisorRhkId,
			@Nullable Long orgGoalId, @Nullable Perspective perspective, @Nullable List<IndicatorInput> indicators) {
	}

	/**
	 * An indicator as written.
	 *
	 * @param id the indicator when it exists
	 * @param text what is measured
	 * @param aspect the aspect (quantitative)
	 * @param target the target
	 * @param unit the target's unit (quantitative)
	 */
	public record IndicatorInput(@Nullable Long id, @Nullable String text, @Nullable Aspect aspect,
			@Nullable String target, @Nullable String unit) {
	}

	/** Add an RHK to the owner's draft; refuses bad input naming each field. */
	@Transactional
	public Rhk addRhk(long skpId, RhkInput input, @Nullable Long expectedSkpVersion) {
		Skp skp = editable(skpId, expectedSkpVersion);
		Rhk.Content content = checked(skp, input);
		int next = this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skpId)
			.stream()
			.mapToInt(Rhk::getPositionNo)
			.max()
			.orElse(0) + 1;
		Rhk rhk = this.rhks.save(Rhk.of(skp, next, content));
		saveIndicators(rhk, skp.getApproach(), input.indicators(), List.of());
		this.skps.save(skp);
		return rhk;
	}

	/**
	 * Change an RHK of the owner's draft and its indicators. When others' RHKs support it
	 * and its text or kind changed, theirs are flagged for review.
	 */
	@Transactional
	public Rhk changeRhk(long rhkId, RhkInput input, @Nullable Long expectedVersion) {
		Rhk rhk = this.rhks.findById(rhkId)
			.filter((found) -> !found.isRemoved())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.rhk.not-found"));
		Skp skp = editable(rhk.getSkpId(), null);
		rhk.requireVersion(expectedVersion);
		Rhk.Content content = checked(skp, input);
		boolean meaningChanged = !rhk.getText().equals(content.text()) || rhk.getKind() != content.kind();
		if (rhk.differsFrom(content)) {
			rhk.change(content);
			rhk = this.rhks.save(rhk);
		}
		saveIndicators(rhk, skp.getApproach(), input.indicators(),
				this.indicators.findByRhkIdAndRemovedFalseOrderByPositionNo(rhk.getId()));
		this.skps.save(skp);
		if (meaningChanged) {
			flagSupporters(rhk, SupervisorChange.CHANGED);
		}
		return rhk;
	}

	/** Remove an RHK from the owner's draft; others' RHKs that support it are flagged. */
	@Transactional
	public void removeRhk(long rhkId, @Nullable Long expectedVersion) {
		Rhk rhk = this.rhks.findById(rhkId)
			.filter((found) -> !found.isRemoved())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.rhk.not-found"));
		Skp skp = editable(rhk.getSkpId(), null);
		rhk.requireVersion(expectedVersion);
		rhk.remove();
		this.rhks.save(rhk);
		for (Indicator indicator : this.indicators.findByRhkIdAndRemovedFalseOrderByPositionNo(rhk.getId())) {
			indicator.remove();
			this.indicators.save(indicator);
		}
		this.skps.save(skp);
		flagSupporters(rhk, SupervisorChange.REMOVED);
	}

	/** The owner has seen that the supervisor's RHK changed and keeps the link. */
	@Transactional
	public Rhk acknowledgeSupervisorChange(long rhkId) {
		Rhk rhk = this.rhks.findById(rhkId)
			.filter((found) -> !found.isRemoved())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.rhk.not-found"));
		Skp skp = editable(rhk.getSkpId(), null);
		if (rhk.getSupervisorChange() == SupervisorChange.REMOVED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.rhk.supervisor-removed");
		}
		rhk.acknowledgeSupervisorChange();
		this.skps.save(skp);
		return this.rhks.save(rhk);
	}

	/**
	 * Change the approach and the attachments (lampiran) of the owner's draft. The
	 * qualitative approach is for JPT plans only; existing indicators must then fit it.
	 */
	@Transactional
	public Skp changeHeader(long skpId, Approach approach, @Nullable String resourceSupport,
			@Nullable String accountabilityScheme, @Nullable String consequences, @Nullable Long expectedVersion) {
		Skp skp = editable(skpId, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		length(problems, "resourceSupport", resourceSupport, 4000);
		length(problems, "accountabilityScheme", accountabilityScheme, 4000);
		length(problems, "consequences", consequences, 4000);
		if (approach == Approach.KUALITATIF && skp.getSkpFormat() != SkpFormat.JPT) {
			problems.add(new FieldProblem("approach", "planning.skp.approach.jpt-only"));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		if (approach != skp.getApproach() && approach == Approach.KUANTITATIF) {
			requireQuantitativeIndicators(skp);
		}
		skp.changeApproach(approach);
		skp.changeAttachments(blankToNull(resourceSupport), blankToNull(accountabilityScheme),
				blankToNull(consequences));
		return this.skps.save(skp);
	}

	/**
	 * Write the pejabat penilai's special expectation for one BerAKHLAK value; by the one
	 * who decides on the plan, before it is approved.
	 */
	@Transactional
	public Skp expect(long skpId, CoreValue value, @Nullable String expectation, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireDecider(skp);
		skp.requireVersion(expectedVersion);
		if (expectation != null && expectation.strip().length() > 2000) {
			throw new FieldsRejectedException(List.of(new FieldProblem("expectation", "planning.text.size", 2000)));
		}
		skp.expect(value, blankToNull(expectation));
		return this.skps.save(skp);
	}

	/**
	 * Write the pejabat penilai's special expectations for all seven values at once (a
	 * value left out keeps its expectation).
	 */
	@Transactional
	public Skp expectAll(long skpId, Map<CoreValue, @Nullable String> expectations, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireDecider(skp);
		skp.requireVersion(expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		expectations.forEach((value, text) -> length(problems, "expectation-" + value.name(), text, 2000));
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		expectations.forEach((value, text) -> {
			if (text != null) {
				skp.expect(value, blankToNull(text));
			}
		});
		return this.skps.save(skp);
	}

	/**
	 * Submit the owner's plan to the pejabat penilai. Refused while a quality rule that
	 * blocks submission stands (no Utama RHK, an RHK supporting nothing, the supervisor's
	 * plan not yet approved, a changed supervisor RHK not reviewed ...), naming each.
	 * Keeps the submitted state as a version.
	 */
	@Transactional
	public Skp submit(long skpId, @Nullable Long expectedVersion) {
		Skp skp = editable(skpId, expectedVersion);
		SkpView view = this.queries.view(skp);
		List<FieldProblem> problems = view.hints()
			.stream()
			.filter(SkpView.Hint::blocking)
			.map((hint) -> new FieldProblem((hint.rhkNumber() != null) ? "rhk[" + hint.rhkNumber() + "]" : "skp",
					hint.code(), (hint.rhkNumber() != null) ? hint.rhkNumber() : ""))
			.toList();
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		skp.submit(this.clock.instant());
		Skp saved = this.skps.save(skp);
		keepVersion(saved);
		this.events.publishEvent(new SkpSubmitted(saved.getId(), saved.getAgencyId(), saved.getEmployeeId(),
				saved.getAppraiserId(), saved.getSkpYear()));
		return saved;
	}

	/**
	 * Approve a submitted plan (locks it); by the one who decides on it, never the owner.
	 */
	@Transactional
	public Skp approve(long skpId, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireDecider(skp);
		skp.requireVersion(expectedVersion);
		skp.approve(this.clock.instant(), PlanningAccess.actor().username());
		Skp saved = this.skps.save(skp);
		keepVersion(saved);
		this.events.publishEvent(new SkpApproved(saved.getId(), saved.getAgencyId(), saved.getEmployeeId(),
				saved.getAppraiserId(), saved.getSkpYear()));
		return saved;
	}

	/** Return a submitted plan to its owner with notes; by the one who decides on it. */
	@Transactional
	public Skp returnToOwner(long skpId, @Nullable String note, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireDecider(skp);
		skp.requireVersion(expectedVersion);
		if (note == null || note.isBlank()) {
			throw new FieldsRejectedException(List.of(new FieldProblem("note", "planning.skp.return.note.required")));
		}
		if (note.strip().length() > 2000) {
			throw new FieldsRejectedException(List.of(new FieldProblem("note", "planning.text.size", 2000)));
		}
		skp.returnWith(note.strip(), this.clock.instant(), PlanningAccess.actor().username());
		Skp saved = this.skps.save(skp);
		this.events.publishEvent(new SkpReturned(saved.getId(), saved.getAgencyId(), saved.getEmployeeId(),
				saved.getAppraiserId(), saved.getSkpYear()));
		return saved;
	}

	private void keepVersion(Skp skp) {
		int number = this.versions.findBySkpIdOrderByVersionNo(skp.getId()).size() + 1;
		SkpView view = this.queries.view(skp);
		this.versions.save(
				new SkpVersion(skp.getAgencyId(), skp.getId(), number, skp.getStatus(), JSON.writeValueAsString(view)));
	}

	private Skp editable(long skpId, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireOwner(skp);
		skp.requireVersion(expectedVersion);
		skp.requireEditable();
		return skp;
	}

	private void flagSupporters(Rhk rhk, SupervisorChange change) {
		List<Rhk> supporters = this.rhks.findBySupervisorRhkIdAndRemovedFalse(rhk.getId());
		if (supporters.isEmpty()) {
			return;
		}
		List<Long> skpIds = new ArrayList<>();
		for (Rhk supporter : supporters) {
			supporter.flagSupervisor(change);
			this.rhks.save(supporter);
			skpIds.add(supporter.getSkpId());
		}
		List<Long> owners = this.skps.findAllById(skpIds.stream().distinct().toList())
			.stream()
			.map(Skp::getEmployeeId)
			.distinct()
			.toList();
		this.events.publishEvent(new SupervisorRhkChanged(rhk.getId(), rhk.getAgencyId(), change,
				skpIds.stream().distinct().toList(), owners));
	}

	private Rhk.Content checked(Skp skp, RhkInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = (input.text() != null) ? input.text().strip() : "";
		if (text.isEmpty()) {
			problems.add(new FieldProblem("text", "planning.rhk.text.required"));
		}
		length(problems, "text", text, 2000);
		if (input.kind() == null) {
			problems.add(new FieldProblem("kind", "planning.rhk.kind.required"));
		}
		Perspective perspective = (skp.getSkpFormat() == SkpFormat.JPT) ? input.perspective() : null;
		if (skp.getSkpFormat() == SkpFormat.JPT && perspective == null) {
			problems.add(new FieldProblem("perspective", "planning.rhk.perspective.required"));
		}
		if (input.supervisorRhkId() != null && !supportable(skp, input.supervisorRhkId())) {
			problems.add(new FieldProblem("supervisorRhkId", "planning.rhk.supervisor-rhk.not-supervisors"));
		}
		if (input.orgGoalId() != null) {
			boolean known = this.goals.findById(input.orgGoalId())
				.filter((goal) -> goal.getAgencyId() == skp.getAgencyId() && goal.getGoalYear() == skp.getSkpYear()
						&& !goal.isRetired())
				.isPresent();
			if (!known) {
				problems.add(new FieldProblem("orgGoalId", "planning.rhk.goal.unknown"));
			}
		}
		List<IndicatorInput> given = (input.indicators() != null) ? input.indicators() : List.of();
		if (given.isEmpty()) {
			problems.add(new FieldProblem("indicators", "planning.rhk.indicators.required"));
		}
		if (given.size() > 20) {
			problems.add(new FieldProblem("indicators", "planning.rhk.indicators.too-many", 20));
		}
		for (int i = 0; i < given.size(); i++) {
			checkIndicator(skp.getApproach(), given.get(i), "indicators[" + i + "].", problems);
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		return new Rhk.Content(text, input.kind(), input.supervisorRhkId(), input.orgGoalId(), perspective);
	}

	/**
	 * Whether the RHK belongs to a plan of this plan's pejabat penilai for the same year.
	 */
	private boolean supportable(Skp skp, long supervisorRhkId) {
		if (skp.getAppraiserId() == null) {
			return false;
		}
		return this.rhks.findById(supervisorRhkId)
			.filter((rhk) -> !rhk.isRemoved())
			.flatMap((rhk) -> this.skps.findById(rhk.getSkpId()))
			.filter((plan) -> plan.getEmployeeId() == skp.getAppraiserId() && plan.getSkpYear() == skp.getSkpYear())
			.isPresent();
	}

	private static void checkIndicator(Approach approach, IndicatorInput indicator, String prefix,
			List<FieldProblem> problems) {
		if (indicator == null) {
			problems.add(new FieldProblem(prefix + "text", "planning.indicator.text.required"));
			return;
		}
		if (indicator.text() == null || indicator.text().isBlank()) {
			problems.add(new FieldProblem(prefix + "text", "planning.indicator.text.required"));
		}
		length(problems, prefix + "text", indicator.text(), 1000);
		String target = (indicator.target() != null) ? indicator.target().strip() : "";
		if (target.isEmpty()) {
			problems.add(new FieldProblem(prefix + "target", "planning.indicator.target.required"));
		}
		length(problems, prefix + "target", target, 200);
		length(problems, prefix + "unit", indicator.unit(), 60);
		if (approach == Approach.KUANTITATIF) {
			if (indicator.aspect() == null) {
				problems.add(new FieldProblem(prefix + "aspect", "planning.indicator.aspect.required"));
			}
			if (!target.isEmpty() && !SkpQueries.NUMBER.matcher(target).matches()) {
				problems.add(new FieldProblem(prefix + "target", "planning.indicator.target.number", target));
			}
			if (indicator.unit() == null || indicator.unit().isBlank()) {
				problems.add(new FieldProblem(prefix + "unit", "planning.indicator.unit.required"));
			}
		}
	}

	private void saveIndicators(Rhk rhk, Approach approach, @Nullable List<IndicatorInput> given,
			List<Indicator> existing) {
		Map<Long, Indicator> byId = new HashMap<>();
		existing.forEach((indicator) -> byId.put(indicator.getId(), indicator));
		List<IndicatorInput> list = (given != null) ? given : List.of();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id() != null && !byId.containsKey(list.get(i).id())) {
				problems.add(new FieldProblem("indicators[" + i + "].id", "planning.indicator.not-found"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		for (int i = 0; i < list.size(); i++) {
			IndicatorInput input = list.get(i);
			Indicator.Content content = new Indicator.Content(input.text().strip(),
					(approach == Approach.KUANTITATIF) ? input.aspect() : input.aspect(), input.target().strip(),
					blankToNull(input.unit()));
			if (input.id() == null) {
				this.indicators.save(Indicator.of(rhk, i + 1, content));
			}
			else {
				Indicator indicator = byId.remove(input.id());
				if (indicator.differsFrom(content) || indicator.getPositionNo() != i + 1) {
					indicator.change(i + 1, content);
					this.indicators.save(indicator);
				}
			}
		}
		for (Indicator gone : byId.values()) {
			gone.remove();
			this.indicators.save(gone);
		}
	}

	private void requireQuantitativeIndicators(Skp skp) {
		List<FieldProblem> problems = new ArrayList<>();
		int number = 0;
		for (Rhk rhk : this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skp.getId())) {
			number++;
			for (Indicator indicator : this.indicators.findByRhkIdAndRemovedFalseOrderByPositionNo(rhk.getId())) {
				if (indicator.getAspect() == null || !SkpQueries.NUMBER.matcher(indicator.getTarget()).matches()
						|| indicator.getTargetUnit() == null) {
					problems
						.add(new FieldProblem("rhk[" + number + "]", "planning.skp.approach.indicators-unfit", number));
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

	private static void length(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "planning.text.size", max));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

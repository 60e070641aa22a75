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
import java.util.Objects;
import java.util.Set;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Helpers for writing plans faster, on behalf of the current actor, each one transaction
 * and checked like {@link SkpService}: start an empty draft from the supervisor's RHKs
 * one supports; copy last year's RHKs and indicators; and the supervisor's Matriks Peran
 * Hasil, which distributes his RHKs to his direct subordinates and pre-fills their
 * drafts. A stub RHK starts with the supervisor's text, which the quality hint flags
 * until the owner writes their own; it has no indicator yet, which blocks submission.
 * Submitted and approved plans are never touched, and an existing link is never
 * duplicated.
 */
@Service
public class SkpAssistService {

	private final SkpRepository skps;

	private final RhkRepository rhks;

	private final IndicatorRepository indicators;

	private final OrgGoalRepository goals;

	private final RoleMatrixRepository matrices;

	private final EmployeeRepository employees;

	private final PostHoldings holdings;

	private final ReportingLines lines;

	private final SkpQueries queries;

	private final PlanningAccess access;

	private final SkpService service;

	private final Clock clock;

	SkpAssistService(SkpRepository skps, RhkRepository rhks, IndicatorRepository indicators, OrgGoalRepository goals,
			RoleMatrixRepository matrices, EmployeeRepository employees, PostHoldings holdings, ReportingLines lines,
			SkpQueries queries, PlanningAccess access, SkpService service, Clock clock) {
		this.skps = skps;
		this.rhks = rhks;
		this.indicators = indicators;
		this.goals = goals;
		this.matrices = matrices;
		this.employees = employees;
		this.holdings = holdings;
		this.lines = lines;
		this.queries = queries;
		this.access = access;
		this.service = service;
		this.clock = clock;
	}

	/**
	 * Fill the owner's empty draft with one RHK per picked RHK of the supervisor, each
	 * linked to it. Refuses a plan that has RHKs (409), an empty pick and an RHK that is
	 * not the supervisor's (400, naming the field).
	 */
	@Transactional
	public List<Rhk> startFromSupervisor(long skpId, @Nullable List<Long> supervisorRhkIds,
			@Nullable Long expectedVersion) {
		Skp skp = editableEmpty(skpId, expectedVersion);
		List<Long> picked = (supervisorRhkIds != null) ? supervisorRhkIds : List.of();
		if (picked.isEmpty()) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("supervisorRhkIds", "planning.assist.pick.required")));
		}
		Map<Long, SkpQueries.SupervisorRhk> offered = new HashMap<>();
		this.queries.supervisorRhks(skp).forEach((rhk) -> offered.put(rhk.id(), rhk));
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < picked.size(); i++) {
			if (picked.get(i) == null || !offered.containsKey(picked.get(i))) {
				problems.add(
						new FieldProblem("supervisorRhkIds[" + i + "]", "planning.rhk.supervisor-rhk.not-supervisors"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		List<Rhk> created = new ArrayList<>();
		int number = 0;
		for (Long id : new LinkedHashSet<>(picked)) {
			SkpQueries.SupervisorRhk supports = offered.get(id);
			created.add(this.rhks.save(Rhk.of(skp, ++number,
					new Rhk.Content(supports.text(), supports.kind(), supports.id(), null, null))));
		}
		this.skps.save(skp);
		return created;
	}

	/**
	 * Fill the owner's empty draft with the RHKs and indicators of the owner's last plan
	 * of the year before. Links to last year's supervisor RHKs are not copied: an RHK is
	 * linked again when the supervisor has an RHK with the same text this year, and left
	 * unlinked (and so hinted) otherwise; goals are linked again by their code. Refuses a
	 * plan with RHKs and an owner without last year's plan (409).
	 */
	@Transactional
	public List<Rhk> copyFromLastYear(long skpId, @Nullable Long expectedVersion) {
		Skp skp = editableEmpty(skpId, expectedVersion);
		Skp last = this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(skp.getEmployeeId(), skp.getSkpYear() - 1)
			.stream()
			.filter((plan) -> !this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(plan.getId()).isEmpty())
			.max(Comparator.comparing(Skp::getStartDate))
			.orElseThrow(() -> new KinerjaException(HttpStatus.CONFLICT, "planning.assist.no-last-year",
					String.valueOf(skp.getSkpYear() - 1)));
		List<Rhk> lastRhks = this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(last.getId());
		Map<String, Long> supervisorByText = new HashMap<>();
		this.queries.supervisorRhks(skp)
			.forEach((rhk) -> supervisorByText.putIfAbsent(SkpQueries.normalised(rhk.text()), rhk.id()));
		Map<Long, String> lastSupervisorTexts = new HashMap<>();
		this.rhks.findAllById(lastRhks.stream().map(Rhk::getSupervisorRhkId).filter(Objects::nonNull).toList())
			.forEach((rhk) -> lastSupervisorTexts.put(rhk.getId(), SkpQueries.normalised(rhk.getText())));
		Map<Long, String> lastGoalCodes = new HashMap<>();
		this.goals.findAllById(lastRhks.stream().map(Rhk::getOrgGoalId).filter(Objects::nonNull).toList())
			.forEach((goal) -> lastGoalCodes.put(goal.getId(), goal.getCode()));
		Map<String, Long> goalsByCode = new HashMap<>();
		this.goals.findByAgencyIdAndGoalYearOrderByCode(skp.getAgencyId(), skp.getSkpYear())
			.stream()
			.filter((goal) -> !goal.isRetired())
			.forEach((goal) -> goalsByCode.put(goal.getCode(), goal.getId()));
		if (last.getSkpFormat() == skp.getSkpFormat() && last.getApproach() != skp.getApproach()) {
			skp.changeApproach(last.getApproach());
		}
		boolean jpt = skp.getSkpFormat() == SkpFormat.JPT;
		List<Rhk> created = new ArrayList<>();
		int number = 0;
		for (Rhk old : lastRhks) {
			Long link = (old.getSupervisorRhkId() != null)
					? supervisorByText.get(lastSupervisorTexts.get(old.getSupervisorRhkId())) : null;
			Long goal = (old.getOrgGoalId() != null) ? goalsByCode.get(lastGoalCodes.get(old.getOrgGoalId())) : null;
			Rhk copy = this.rhks.save(Rhk.of(skp, ++number,
					new Rhk.Content(old.getText(), old.getKind(), link, goal, jpt ? old.getPerspective() : null)));
			int indicatorNumber = 0;
			for (Indicator indicator : this.indicators.findByRhkIdAndRemovedFalseOrderByPositionNo(old.getId())) {
				this.indicators.save(Indicator.of(copy, ++indicatorNumber, new Indicator.Content(indicator.getText(),
						indicator.getAspect(), indicator.getTarget(), indicator.getTargetUnit())));
			}
			created.add(copy);
		}
		this.skps.save(skp);
		return created;
	}

	/**
	 * A Matriks Peran Hasil as shown: the plan's RHKs (rows) by the owner's direct
	 * subordinates today (columns).
	 *
	 * @param skpId the supervisor's plan
	 * @param year its year
	 * @param version the kept matrix's version, null before the first save
	 * @param editable whether the caller may change it (the plan's owner, plan not
	 * closed)
	 * @param columns the subordinates
	 * @param rows the RHKs with one cell per subordinate
	 */
	public record MatrixView(long skpId, int year, @Nullable Long version, boolean editable, List<Column> columns,
			List<Row> rows) {
	}

	/**
	 * A subordinate of the matrix.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param positionName the post held today
	 * @param skpStatus where the subordinate's open plan of the year stands, null when
	 * none
	 */
	public record Column(String nip, String name, @Nullable String positionName, @Nullable SkpStatus skpStatus) {
	}

	/**
	 * An RHK of the matrix.
	 *
	 * @param rhkId the RHK
	 * @param number its number in the plan
	 * @param text the planned result
	 * @param cells one per subordinate, in the columns' order
	 */
	public record Row(long rhkId, int number, String text, List<MatrixCell> cells) {
	}

	/**
	 * A cell of the matrix.
	 *
	 * @param nip the subordinate
	 * @param ticked whether the supervisor ticked it
	 * @param linked whether the subordinate's plan already has an RHK supporting it
	 */
	public record MatrixCell(String nip, boolean ticked, boolean linked) {

		/** Return the value the page's checkbox sends. */
		public String value(long rhkId) {
			return rhkId + ":" + this.nip;
		}

	}

	/**
	 * One tick as sent.
	 *
	 * @param rhkId the supervisor's RHK
	 * @param nip the subordinate
	 */
	public record Tick(@Nullable Long rhkId, @Nullable String nip) {
	}

	/**
	 * What saving the matrix did.
	 *
	 * @param matrix the matrix as now kept
	 * @param created how many RHKs were added to the subordinates' drafts
	 * @param started the NIPs whose draft was started for it
	 * @param skipped the subordinates whose plans were left alone, with the reason's key
	 */
	public record MatrixSaved(MatrixView matrix, int created, List<String> started, List<Skipped> skipped) {
	}

	/**
	 * A subordinate whose plan was left alone.
	 *
	 * @param nip the NIP
	 * @param name the name
	 * @param reason the message key of the reason
	 */
	public record Skipped(String nip, String name, String reason) {
	}

	/** Return the plan's Matriks Peran Hasil, for those who may read the plan. */
	@Transactional(readOnly = true)
	public MatrixView matrix(long skpId) {
		Skp skp = this.queries.require(skpId);
		this.access.requireRead(skp);
		return view(skp, this.matrices.findBySkpId(skpId).orElse(null));
	}

	/**
	 * Keep the plan's Matriks Peran Hasil and pre-fill each ticked subordinate's draft
	 * (started if there is none) with an RHK supporting each ticked RHK. Only the plan's
	 * owner, while the plan is not closed; refuses an unknown RHK or someone who is not a
	 * direct subordinate naming the tick (400) and a stale version (409). Unticking keeps
	 * what the subordinates wrote.
	 */
	@Transactional
	public MatrixSaved saveMatrix(long skpId, @Nullable List<Tick> ticks, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireOwner(skp);
		if (skp.getStatus() == SkpStatus.CLOSED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.locked", skp.getStatus().name());
		}
		RoleMatrix matrix = this.matrices.findBySkpId(skpId).orElse(null);
		if (matrix != null) {
			matrix.requireVersion(expectedVersion);
		}
		Map<Long, Rhk> rows = new LinkedHashMap<>();
		this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skpId).forEach((rhk) -> rows.put(rhk.getId(), rhk));
		Map<String, Employee> team = team(skp);
		List<Tick> given = (ticks != null) ? ticks : List.of();
		List<FieldProblem> problems = new ArrayList<>();
		Set<RoleMatrix.Cell> cells = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Tick tick = given.get(i);
			boolean knownRhk = tick != null && tick.rhkId() != null && rows.containsKey(tick.rhkId());
			Employee subordinate = (tick != null && tick.nip() != null) ? team.get(tick.nip().strip()) : null;
			if (!knownRhk) {
				problems.add(new FieldProblem("ticks[" + i + "].rhkId", "planning.matrix.rhk.unknown"));
			}
			if (subordinate == null) {
				problems.add(new FieldProblem("ticks[" + i + "].nip", "planning.matrix.nip.not-subordinate"));
			}
			if (knownRhk && subordinate != null) {
				cells.add(new RoleMatrix.Cell(tick.rhkId(), subordinate.getId()));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		if (matrix == null) {
			matrix = new RoleMatrix(skp.getAgencyId(), skpId, cells);
		}
		else {
			matrix.change(cells);
		}
		matrix = this.matrices.save(matrix);
		int created = 0;
		List<String> started = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Employee subordinate : team.values()) {
			List<Rhk> supported = cells.stream()
				.filter((cell) -> cell.employeeId() == subordinate.getId())
				.map((cell) -> rows.get(cell.rhkId()))
				.toList();
			if (supported.isEmpty()) {
				continue;
			}
			Skp plan = openPlan(subordinate.getId(), skp.getSkpYear());
			if (plan == null) {
				if (subordinate.getStatus() != EmployeeStatus.ACTIVE) {
					skipped.add(new Skipped(subordinate.getNip(), subordinate.getFullName(),
							"planning.matrix.skipped.no-plan"));
					continue;
				}
				try {
					plan = this.service.startOn(subordinate, skp.getSkpYear(), this.service.startDay(skp.getSkpYear()));
					started.add(subordinate.getNip());
				}
				catch (KinerjaException ex) {
					skipped.add(new Skipped(subordinate.getNip(), subordinate.getFullName(),
							"planning.matrix.skipped.no-plan"));
					continue;
				}
			}
			if (!plan.getStatus().editable()) {
				skipped.add(
						new Skipped(subordinate.getNip(), subordinate.getFullName(), "planning.matrix.skipped.locked"));
				continue;
			}
			if (!Long.valueOf(skp.getEmployeeId()).equals(plan.getAppraiserId())) {
				skipped.add(new Skipped(subordinate.getNip(), subordinate.getFullName(),
						"planning.matrix.skipped.other-appraiser"));
				continue;
			}
			List<Rhk> theirs = this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(plan.getId());
			Set<Long> linked = new java.util.HashSet<>();
			theirs.forEach((rhk) -> {
				if (rhk.getSupervisorRhkId() != null) {
					linked.add(rhk.getSupervisorRhkId());
				}
			});
			int next = theirs.stream().mapToInt(Rhk::getPositionNo).max().orElse(0);
			int added = 0;
			for (Rhk supports : supported) {
				if (linked.add(supports.getId())) {
					this.rhks.save(Rhk.of(plan, ++next,
							new Rhk.Content(supports.getText(), supports.getKind(), supports.getId(), null, null)));
					added++;
				}
			}
			if (added > 0) {
				this.skps.save(plan);
				created += added;
			}
		}
		return new MatrixSaved(view(skp, matrix), created, started, skipped);
	}

	private @Nullable Skp openPlan(long employeeId, int year) {
		return this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(employeeId, year)
			.stream()
			.filter((plan) -> plan.getStatus() != SkpStatus.CLOSED)
			.max(Comparator.comparing(Skp::getStartDate))
			.orElse(null);
	}

	/** The owner's direct subordinates today, by NIP, sorted by name. */
	private Map<String, Employee> team(Skp skp) {
		Set<Long> ids = this.lines.directSubordinates(skp.getEmployeeId(), LocalDate.now(this.clock));
		Map<String, Employee> team = new LinkedHashMap<>();
		this.employees.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Employee::getFullName))
			.forEach((employee) -> team.put(employee.getNip(), employee));
		return team;
	}

	private MatrixView view(Skp skp, @Nullable RoleMatrix matrix) {
		Map<String, Employee> team = team(skp);
		Map<Long, PostHoldings.Holding> posts = this.holdings.of(team.values().stream().map(Employee::getId).toList(),
				LocalDate.now(this.clock));
		Set<RoleMatrix.Cell> ticked = (matrix != null) ? matrix.getCells() : Set.of();
		List<Rhk> rows = this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skp.getId());
		Set<String> linked = new java.util.HashSet<>();
		if (!rows.isEmpty()) {
			Map<Long, Long> ownerOfPlan = new HashMap<>();
			List<Rhk> supporters = this.rhks
				.findBySupervisorRhkIdInAndRemovedFalse(rows.stream().map(Rhk::getId).toList());
			this.skps.findAllById(supporters.stream().map(Rhk::getSkpId).distinct().toList())
				.forEach((plan) -> ownerOfPlan.put(plan.getId(), plan.getEmployeeId()));
			supporters.forEach((rhk) -> linked.add(rhk.getSupervisorRhkId() + ":" + ownerOfPlan.get(rhk.getSkpId())));
		}
		List<Column> columns = new ArrayList<>();
		for (Employee employee : team.values()) {
			Skp plan = openPlan(employee.getId(), skp.getSkpYear());
			PostHoldings.Holding post = posts.get(employee.getId());
			columns.add(new Column(employee.getNip(), employee.getFullName(),
					(post != null) ? post.positionName() : null, (plan != null) ? plan.getStatus() : null));
		}
		List<Row> result = new ArrayList<>();
		int number = 0;
		for (Rhk rhk : rows) {
			List<MatrixCell> cells = new ArrayList<>();
			for (Employee employee : team.values()) {
				cells.add(new MatrixCell(employee.getNip(),
						ticked.contains(new RoleMatrix.Cell(rhk.getId(), employee.getId())),
						linked.contains(rhk.getId() + ":" + employee.getId())));
			}
			result.add(new Row(rhk.getId(), ++number, rhk.getText(), cells));
		}
		boolean editable = this.access.owns(skp) && skp.getStatus() != SkpStatus.CLOSED;
		return new MatrixView(skp.getId(), skp.getSkpYear(), (matrix != null) ? matrix.getVersion() : null, editable,
				columns, result);
	}

	private Skp editableEmpty(long skpId, @Nullable Long expectedVersion) {
		Skp skp = this.queries.require(skpId);
		this.access.requireOwner(skp);
		skp.requireVersion(expectedVersion);
		skp.requireEditable();
		if (!this.rhks.findBySkpIdAndRemovedFalseOrderByPositionNo(skpId).isEmpty()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.assist.not-empty");
		}
		return skp;
	}

}

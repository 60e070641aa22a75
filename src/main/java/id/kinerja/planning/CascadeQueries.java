package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.agency.Unit;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeView;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the plan cascade (pohon kinerja) of a year, node by node: the agency's goals and
 * its units; a goal's unit goals and the RHKs that derive from it; a unit's goals, head
 * and sub-units; an employee's RHKs and direct subordinates; an RHK's supporting RHKs.
 * Flags a supervisor's RHK that no subordinate supports and an employee without an
 * approved plan. Shows each actor only what {@link CascadeScope} allows (403 for a node
 * outside it, 404 for an unknown one, 400 naming the parameter for a malformed one). A
 * node's children take a handful of queries, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class CascadeQueries {

	private static final Pattern NODE_ID = Pattern.compile("(agency)|(goal|unit|employee|rhk)-(\\d{1,18})");

	/** The most search results of each kind. */
	static final int SEARCH_LIMIT = 20;

	private final CascadeScope scope;

	private final JdbcClient jdbc;

	private final PostHoldings holdings;

	private final ReportingLines lines;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final Clock clock;

	CascadeQueries(CascadeScope scope, JdbcClient jdbc, PostHoldings holdings, ReportingLines lines,
			EmployeeRepository employees, EmployeeDirectory directory, Clock clock) {
		this.scope = scope;
		this.jdbc = jdbc;
		this.holdings = holdings;
		this.lines = lines;
		this.employees = employees;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Open the tree of the year at a unit (by code), at an employee (by NIP), or where
	 * the actor starts: the agency for Admin BKPSDM and Auditor, the unit an Admin OPD
	 * administers or a head leads, else the employee's supervisor (whose RHKs the
	 * employee's plan builds on) or the employee.
	 */
	public CascadeNode.Opened open(int year, @Nullable String unitCode, @Nullable String nip) {
		PeriodService.requireYear(year);
		CascadeScope.View view = this.scope.view();
		String nodeId;
		if (nip != null && !nip.isBlank()) {
			Employee employee = this.employees.findByNip(nip.strip())
				.filter((found) -> found.getAgencyId() == view.actor().agencyId())
				.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
			nodeId = "employee-" + employee.getId();
		}
		else if (unitCode != null && !unitCode.isBlank()) {
			Unit unit = view.unitsById()
				.values()
				.stream()
				.filter((candidate) -> candidate.getCode().equals(unitCode.strip()))
				.findFirst()
				.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", unitCode));
			nodeId = "unit-" + unit.getId();
		}
		else {
			nodeId = defaultRoot(view);
		}
		CascadeNode node = node(view, year, nodeId);
		return new CascadeNode.Opened(year, node, children(view, year, node));
	}

	/** Return the children of a node of the year's tree. */
	public List<CascadeNode> children(int year, String nodeId) {
		PeriodService.requireYear(year);
		CascadeScope.View view = this.scope.view();
		return children(view, year, node(view, year, nodeId));
	}

	/**
	 * Find employees (by name or NIP) and RHKs (by text) of the year that the actor may
	 * see, at most {@value #SEARCH_LIMIT} of each; refuses a query under 2 characters.
	 */
	public List<CascadeNode> search(int year, @Nullable String query) {
		PeriodService.requireYear(year);
		String q = (query != null) ? query.strip() : "";
		if (q.length() < 2 || q.length() > 100) {
			throw new FieldsRejectedException(List.of(new FieldProblem("q", "planning.tree.search.size", 2, 100)));
		}
		CascadeScope.View view = this.scope.view();
		List<Long> people = this.directory.search(q, null, PageRequest.of(0, 100))
			.getContent()
			.stream()
			.map(EmployeeView::id)
			.toList();
		List<CascadeNode> found = new ArrayList<>(
				employeeNodes(view, year, List.copyOf(this.scope.visible(view, people))).stream()
					.limit(SEARCH_LIMIT)
					.toList());
		String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		List<RhkRow> rhks = this.jdbc
			.sql(RHK_SELECT + " AND LOWER(r.text) LIKE :pattern ESCAPE '\\' ORDER BY r.id FETCH FIRST 500 ROWS ONLY")
			.param("agency", view.actor().agencyId())
			.param("year", year)
			.param("pattern", pattern)
			.query(CascadeQueries::rhkRow)
			.list();
		found.addAll(rhkNodes(view, visibleRhks(view, rhks)).stream().limit(SEARCH_LIMIT).toList());
		return found;
	}

	private String defaultRoot(CascadeScope.View view) {
		if (view.all()) {
			return "agency";
		}
		for (Unit unit : view.unitsById().values()) {
			if (view.unitPaths().contains(unit.getPath())) {
				return "unit-" + unit.getId();
			}
		}
		if (view.self() == null) {
			throw PlanningAccess.denied();
		}
		return "employee-" + ((view.supervisorId() != null) ? view.supervisorId() : view.self());
	}

	/** Read the node with the id, refusing one the actor may not see. */
	private CascadeNode node(CascadeScope.View view, int year, String nodeId) {
		Matcher matcher = NODE_ID.matcher(nodeId);
		if (!matcher.matches()) {
			throw new FieldsRejectedException(List.of(new FieldProblem("node", "planning.tree.node.invalid")));
		}
		if (matcher.group(1) != null) {
			return new CascadeNode("agency", CascadeNode.Kind.AGENCY, "", null, null, null, null, null, true,
					List.of());
		}
		long id = Long.parseLong(matcher.group(3));
		KinerjaException unknown = new KinerjaException(HttpStatus.NOT_FOUND, "planning.tree.node.not-found", nodeId);
		switch (matcher.group(2)) {
			case "goal" -> {
				return goalNodes(view, goals(view, year, "g.id = :id", id)).stream()
					.findFirst()
					.orElseThrow(() -> unknown);
			}
			case "unit" -> {
				Unit unit = view.unitsById().get(id);
				if (unit == null) {
					throw unknown;
				}
				if (!view.seesUnit(id)) {
					throw PlanningAccess.denied();
				}
				return unitNode(unit);
			}
			case "employee" -> {
				Employee employee = this.employees.findById(id)
					.filter((found) -> found.getAgencyId() == view.actor().agencyId())
					.orElseThrow(() -> unknown);
				if (this.scope.visible(view, List.of(employee.getId())).isEmpty()) {
					throw PlanningAccess.denied();
				}
				return employeeNodes(view, year, List.of(employee.getId())).get(0);
			}
			default -> {
				List<RhkRow> rows = this.jdbc.sql(RHK_ANY_YEAR + " AND r.id = :id")
					.param("agency", view.actor().agencyId())
					.param("id", id)
					.query(CascadeQueries::rhkRow)
					.list();
				if (rows.isEmpty()) {
					throw unknown;
				}
				if (visibleRhks(view, rows).isEmpty()) {
					throw PlanningAccess.denied();
				}
				return rhkNodes(view, rows).get(0);
			}
		}
	}

	private List<CascadeNode> children(CascadeScope.View view, int year, CascadeNode node) {
		List<CascadeNode> children = new ArrayList<>();
		long agency = view.actor().agencyId();
		switch (node.kind()) {
			case AGENCY -> {
				children.addAll(goalNodes(view, goals(view, year, "g.unit_id IS NULL", null)));
				view.unitsById()
					.values()
					.stream()
					.filter((unit) -> unit.getParentId() == null && unit.getClosedOn() == null)
					.filter((unit) -> view.seesUnit(unit.getId()))
					.sorted(Comparator.comparing(Unit::getCode))
					.forEach((unit) -> children.add(unitNode(unit)));
			}
			case GOAL -> {
				long goalId = idOf(node);
				children.addAll(goalNodes(view, goals(view, year, "g.parent_goal_id = :id", goalId)));
				List<RhkRow> rows = this.jdbc
					.sql(RHK_SELECT + " AND r.org_goal_id = :id ORDER BY s.employee_id, r.position_no")
					.param("agency", agency)
					.param("year", year)
					.param("id", goalId)
					.query(CascadeQueries::rhkRow)
					.list();
				children.addAll(rhkNodes(view, visibleRhks(view, rows)));
			}
			case UNIT -> {
				long unitId = idOf(node);
				children.addAll(goalNodes(view, goals(view, year, "g.unit_id = :id", unitId)));
				List<Long> heads = unitHeads(unitId);
				children.addAll(employeeNodes(view, year, List.copyOf(this.scope.visible(view, heads))));
				view.unitsById()
					.values()
					.stream()
					.filter((unit) -> Long.valueOf(unitId).equals(unit.getParentId()) && unit.getClosedOn() == null)
					.sorted(Comparator.comparing(Unit::getCode))
					.forEach((unit) -> children.add(unitNode(unit)));
			}
			case EMPLOYEE -> {
				long employeeId = idOf(node);
				if (node.skpId() != null) {
					List<RhkRow> rows = this.jdbc.sql(RHK_SELECT + " AND s.id = :skp ORDER BY r.position_no")
						.param("agency", agency)
						.param("year", year)
						.param("skp", node.skpId())
						.query(CascadeQueries::rhkRow)
						.list();
					children.addAll(rhkNodes(view, rows));
				}
				Set<Long> team = this.lines.directSubordinates(employeeId, today());
				children.addAll(employeeNodes(view, year, List.copyOf(this.scope.visible(view, team))));
			}
			case RHK -> {
				List<RhkRow> rows = this.jdbc
					.sql(RHK_ANY_YEAR + " AND s.status <> 'CLOSED' AND r.supervisor_rhk_id = :id"
							+ " ORDER BY s.employee_id, r.position_no")
					.param("agency", agency)
					.param("id", idOf(node))
					.query(CascadeQueries::rhkRow)
					.list();
				children.addAll(rhkNodes(view, visibleRhks(view, rows)));
			}
		}
		return children;
	}

	private static long idOf(CascadeNode node) {
		return Long.parseLong(node.id().substring(node.id().indexOf('-') + 1));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	// Goals

	private record GoalRow(long id, String code, String text, @Nullable Long unitId) {
	}

	private List<GoalRow> goals(CascadeScope.View view, int year, String condition, @Nullable Long id) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("agency", view.actor().agencyId())
			.addValue("year", year)
			.addValue("id", id);
		return this.jdbc
			.sql("SELECT g.id, g.code, g.text, g.unit_id FROM org_goal g WHERE g.agency_id = :agency"
					+ " AND g.goal_year = :year AND NOT g.retired AND " + condition + " ORDER BY g.code")
			.paramSource(params)
			.query((rs, row) -> {
				long unitId = rs.getLong(4);
				return new GoalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : unitId);
			})
			.list();
	}

	private List<CascadeNode> goalNodes(CascadeScope.View view, List<GoalRow> goals) {
		return goals.stream().map((goal) -> {
			Unit unit = (goal.unitId() != null) ? view.unitsById().get(goal.unitId()) : null;
			return new CascadeNode("goal-" + goal.id(), CascadeNode.Kind.GOAL, goal.text(), goal.code(),
					(unit != null) ? unit.getName() : null, null, null, null, true, List.of());
		}).toList();
	}

	// Units

	private static CascadeNode unitNode(Unit unit) {
		return new CascadeNode("unit-" + unit.getId(), CascadeNode.Kind.UNIT, unit.getName(), unit.getCode(), null,
				null, null, null, true, List.of());
	}

	/** Who leads the unit today: the acting holder of its head post, else the holder. */
	private List<Long> unitHeads(long unitId) {
		Map<Long, Long> byPost = new HashMap<>();
		this.jdbc.sql("""
				SELECT position_id, employee_id, kind FROM employee_placement
				WHERE unit_id = :unit AND heads_unit AND employee_status = 'ACTIVE'
				  AND start_date <= :day AND (end_date IS NULL OR end_date >= :day)
				ORDER BY start_date
				""").param("unit", unitId).param("day", today()).query((rs, row) -> {
			long post = rs.getLong(1);
			long employee = rs.getLong(2);
			boolean acting = !"DEFINITIF".equals(rs.getString(3));
			if (acting || !byPost.containsKey(post)) {
				byPost.put(post, employee);
			}
			return post;
		}).list();
		return List.copyOf(new LinkedHashSet<>(byPost.values()));
	}

	// Employees

	private List<CascadeNode> employeeNodes(CascadeScope.View view, int year, List<Long> employeeIds) {
		if (employeeIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Map<Long, PostHoldings.Holding> held = this.holdings.of(employeeIds, today);
		Map<Long, OpenPlans.Plan> plans = OpenPlans.of(this.jdbc, view.actor().agencyId(), year, employeeIds);
		Map<Long, Set<Long>> teams = this.lines.directSubordinates(employeeIds, today);
		List<CascadeNode> nodes = new ArrayList<>();
		for (Long id : employeeIds) {
			PostHoldings.Holding holding = held.get(id);
			if (holding == null) {
				continue;
			}
			OpenPlans.Plan plan = plans.get(id);
			String state = (plan != null) ? plan.status().name() : CascadeNode.NONE;
			String detail = (holding.positionName() != null)
					? holding.positionName() + ((holding.unitName() != null) ? " · " + holding.unitName() : "") : null;
			boolean expandable = plan != null || !teams.getOrDefault(id, Set.of()).isEmpty();
			nodes.add(new CascadeNode("employee-" + id, CascadeNode.Kind.EMPLOYEE, holding.fullName(), holding.nip(),
					detail, holding.nip(), (plan != null) ? plan.skpId() : null, state, expandable,
					(plan != null && plan.status() == SkpStatus.APPROVED) ? List.of()
							: List.of(CascadeNode.NOT_APPROVED)));
		}
		return nodes;
	}

	// RHKs

	private static final String RHK_ANY_YEAR = "SELECT r.id, r.text, r.kind, s.id AS skp_id, s.employee_id, s.status"
			+ " FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.agency_id = :agency AND NOT r.removed";

	private static final String RHK_SELECT = RHK_ANY_YEAR + " AND s.skp_year = :year AND s.status <> 'CLOSED'";

	private record RhkRow(long id, String text, RhkKind kind, long skpId, long ownerId, SkpStatus status) {
	}

	private static RhkRow rhkRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RhkRow(rs.getLong("id"), rs.getString("text"), RhkKind.valueOf(rs.getString("kind")),
				rs.getLong("skp_id"), rs.getLong("employee_id"), SkpStatus.valueOf(rs.getString("status")));
	}

	private List<RhkRow> visibleRhks(CascadeScope.View view, List<RhkRow> rows) {
		Set<Long> owners = this.scope.visible(view, rows.stream().map(RhkRow::ownerId).toList());
		return rows.stream().filter((row) -> owners.contains(row.ownerId())).toList();
	}

	private List<CascadeNode> rhkNodes(CascadeScope.View view, List<RhkRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(RhkRow::id).toList();
		Map<Long, Long> supporters = new HashMap<>();
		for (int from = 0; from < ids.size(); from += JdbcBatches.BATCH_SIZE) {
			this.jdbc.sql("""
					SELECT r.supervisor_rhk_id, count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id
					WHERE r.supervisor_rhk_id IN (:ids) AND NOT r.removed AND s.status <> 'CLOSED'
					GROUP BY r.supervisor_rhk_id
					""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + JdbcBatches.BATCH_SIZE)))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((row) -> supporters.put(row[0], row[1]));
		}
		List<Long> owners = rows.stream().map(RhkRow::ownerId).distinct().toList();
		LocalDate today = today();
		Map<Long, Set<Long>> teams = this.lines.directSubordinates(owners, today);
		Map<Long, PostHoldings.Holding> held = this.holdings.of(owners, today);
		List<CascadeNode> nodes = new ArrayList<>();
		for (RhkRow row : rows) {
			long supporting = supporters.getOrDefault(row.id(), 0L);
			boolean leads = !teams.getOrDefault(row.ownerId(), Set.of()).isEmpty();
			PostHoldings.Holding owner = held.get(row.ownerId());
			List<String> flags = new ArrayList<>();
			if (leads && supporting == 0) {
				flags.add(CascadeNode.UNSUPPORTED);
			}
			if (row.status() != SkpStatus.APPROVED) {
				flags.add(CascadeNode.NOT_APPROVED);
			}
			nodes.add(new CascadeNode("rhk-" + row.id(), CascadeNode.Kind.RHK, row.text(), row.kind().name(),
					(owner != null) ? owner.fullName() : null, (owner != null) ? owner.nip() : null, row.skpId(),
					row.status().name(), supporting > 0, List.copyOf(flags)));
		}
		return nodes;
	}

}

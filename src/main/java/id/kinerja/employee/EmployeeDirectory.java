package id.kinerja.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.kinerja.agency.UnitService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's employee directory for the signed-in user: anyone in the agency finds a
 * colleague by name or NIP with post and unit (the organisation chart is public inside
 * the agency); the personal fields and the history are for the employee, those above in
 * the line, the unit's Admin OPD, Admin BKPSDM and Auditor only.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

	private static final String SELECT = """
			SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.asn_type, e.golongan, e.status,
			       p.name AS position_name, p.position_type, p.jenjang, u.code AS unit_code, u.name AS unit_name
			FROM employee e
			LEFT JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF'
			     AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
			LEFT JOIN job_position p ON p.id = a.position_id
			LEFT JOIN unit u ON u.id = p.unit_id
			""";

	private final JdbcClient jdbc;

	private final EmployeeRepository employees;

	private final ReportingLines lines;

	private final UnitService units;

	private final Clock clock;

	EmployeeDirectory(JdbcClient jdbc, EmployeeRepository employees, ReportingLines lines, UnitService units,
			Clock clock) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.lines = lines;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Find active employees of the caller's agency by name or NIP, within a unit's
	 * subtree when given.
	 */
	public Page<EmployeeView> search(@Nullable String query, @Nullable String unitCode, Pageable pageable) {
		Actor actor = actor();
		// Find the page's ids on the employee table alone (joining posts and units only
		// when a unit filters), then read the page's details: the joins touch 20 rows,
		// not every match. The query must occur in the NIP or the name; on PostgreSQL
		// a trigram index serves this LIKE (V9), so a search reads only the rows that
		// match.
		StringBuilder from = new StringBuilder(" FROM employee e");
		StringBuilder where = new StringBuilder(" WHERE e.agency_id = :agency AND e.status = 'ACTIVE'");
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("agency", actor.agencyId())
			.addValue("day", today());
		String phrase = searchPhrase(query);
		if (phrase != null) {
			where.append(" AND e.search_text LIKE :q ESCAPE '\\'");
			params.addValue("q", "%" + UnitService.likePrefix(phrase));
		}
		if (unitCode != null && !unitCode.isBlank()) {
			String path = this.units.require(actor.agencyId(), unitCode.strip()).getPath();
			from.append(" JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF'"
					+ " AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)"
					+ " JOIN job_position p ON p.id = a.position_id JOIN unit u ON u.id = p.unit_id");
			where.append(" AND u.path LIKE :path ESCAPE '\\'");
			params.addValue("path", UnitService.likePrefix(path));
		}
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		long total;
		List<Long> ids;
		if (phrase == null) {
			// Everyone: the count and the first page each come from an index.
			total = this.jdbc.sql("SELECT count(*)" + from + where).paramSource(params).query(Long.class).single();
			ids = this.jdbc.sql("SELECT e.id" + from + where + " ORDER BY e.name, e.nip LIMIT :limit OFFSET :offset")
				.paramSource(params)
				.query(Long.class)
				.list();
		}
		else {
			// The matches are read once: the page and the number of matches together. The
			// count sits in a subquery so that PostgreSQL filters first (by the trigram
			// index) and sorts the matches, instead of walking the whole name index.
			long[] count = { -1 };
			ids = this.jdbc
				.sql("SELECT id, total FROM (SELECT e.id, e.name, e.nip, count(*) OVER () AS total" + from + where
						+ ") m ORDER BY name, nip LIMIT :limit OFFSET :offset")
				.paramSource(params)
				.query((rs, row) -> {
					count[0] = rs.getLong("total");
					return rs.getLong("id");
				})
				.list();
			total = (count[0] >= 0) ? count[0] : (pageable.getOffset() == 0) ? 0
					: this.jdbc.sql("SELECT count(*)" + from + where).paramSource(params).query(Long.class).single();
		}
		List<EmployeeView> content = ids.isEmpty() ? List.of()
				: this.jdbc.sql(SELECT + " WHERE e.id IN (:ids) ORDER BY e.name, e.nip")
					.paramSource(new MapSqlParameterSource().addValue("ids", ids).addValue("day", today()))
					.query(EmployeeDirectory::view)
					.list();
		return new PageImpl<>(withSupervisors(content), pageable, total);
	}

	/**
	 * Return the text to look for: the query in lower case with its white space folded,
	 * at most 100 characters; null for none.
	 */
	static @Nullable String searchPhrase(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String phrase = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return (phrase.length() > 100) ? phrase.substring(0, 100) : phrase;
	}

	/**
	 * Return an employee of the caller's agency by NIP, with personal fields when the
	 * caller may see them.
	 */
	public Optional<EmployeeView> byNip(String nip) {
		Actor actor = actor();
		return this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.map((employee) -> viewOf(employee, actor));
	}

	/** List the direct subordinates of the employee with the NIP today. */
	public List<EmployeeView> subordinatesOf(String nip) {
		Actor actor = actor();
		Employee supervisor = this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
		return views(this.lines.directSubordinates(supervisor.getId(), today()), actor);
	}

	/** Return whether the caller may read the employee's whole profile and history. */
	public boolean mayReadProfile(Employee employee) {
		return mayReadProfile(actor(), employee);
	}

	/**
	 * Return whether the caller administers the employee's data: Admin BKPSDM of the
	 * agency, or Admin OPD of a unit subtree that holds the employee's post.
	 */
	public boolean administers(long employeeId) {
		Actor actor = actor();
		Optional<Employee> employee = this.employees.findById(employeeId)
			.filter((found) -> found.getAgencyId() == actor.agencyId());
		if (employee.isEmpty()) {
			return false;
		}
		if (actor.hasRole("ADMIN_BKPSDM")) {
			return true;
		}
		Set<Long> adminUnits = actor.adminUnitIds();
		return !adminUnits.isEmpty() && inUnitsOf(employeeId, adminUnits);
	}

	boolean mayReadProfile(Actor actor, Employee employee) {
		if (employee.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR")) {
			return true;
		}
		Long self = actor.employeeId();
		if (self != null && (self.equals(employee.getId()) || this.lines.isAbove(self, employee.getId(), today()))) {
			return true;
		}
		Set<Long> adminUnits = actor.adminUnitIds();
		return !adminUnits.isEmpty() && inUnitsOf(employee.getId(), adminUnits);
	}

	private boolean inUnitsOf(long employeeId, Set<Long> unitRoots) {
		return this.jdbc.sql("""
				SELECT count(*) FROM assignment a
				JOIN job_position p ON p.id = a.position_id
				JOIN unit u ON u.id = p.unit_id
				JOIN unit root ON root.id IN (:roots) AND u.agency_id = root.agency_id
				     AND substring(u.path, 1, length(root.path)) = root.path
				WHERE a.employee_id = :employee AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
				""")
			.paramSource(new MapSqlParameterSource().addValue("roots", unitRoots)
				.addValue("employee", employeeId)
				.addValue("day", today()))
			.query(Long.class)
			.single() > 0;
	}

	private List<EmployeeView> views(Set<Long> ids, Actor actor) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<EmployeeView> views = new ArrayList<>();
		for (Employee employee : this.employees.findAllById(ids)) {
			views.add(viewOf(employee, actor));
		}
		views.sort(java.util.Comparator.comparing(EmployeeView::name));
		return views;
	}

	private EmployeeView viewOf(Employee employee, Actor actor) {
		EmployeeView view = this.jdbc.sql(SELECT + " WHERE e.id = :id")
			.param("id", employee.getId())
			.param("day", today())
			.query(EmployeeDirectory::view)
			.single();
		return withSupervisors(List.of(view)).get(0).withPrivateFields(mayReadProfile(actor, employee), employee);
	}

	private List<EmployeeView> withSupervisors(List<EmployeeView> views) {
		Map<Long, Supervisor> supervisors = this.lines.supervisorsOf(views.stream().map(EmployeeView::id).toList(),
				today());
		Map<Long, String> nips = new HashMap<>();
		List<Long> supervisorIds = supervisors.values()
			.stream()
			.map(Supervisor::employeeId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		this.employees.findAllById(supervisorIds).forEach((employee) -> nips.put(employee.getId(), employee.getNip()));
		List<EmployeeView> result = new ArrayList<>(views.size());
		for (EmployeeView view : views) {
			Long supervisor = supervisors.get(view.id()).employeeId();
			result.add(view.withSupervisor((supervisor != null) ? nips.get(supervisor) : null));
		}
		return result;
	}

	private static EmployeeView view(ResultSet rs, int row) throws SQLException {
		String front = rs.getString("front_title");
		String back = rs.getString("back_title");
		String name = ((front != null && !front.isBlank()) ? front.strip() + " " : "") + rs.getString("name")
				+ ((back != null && !back.isBlank()) ? ", " + back.strip() : "");
		Golongan golongan = Golongan.valueOf(rs.getString("golongan"));
		return new EmployeeView(rs.getLong("id"), rs.getString("nip"), name, rs.getString("asn_type"), golongan.code(),
				golongan.pangkat(), rs.getString("position_name"), rs.getString("position_type"),
				rs.getString("jenjang"), rs.getString("unit_code"), rs.getString("unit_name"), null,
				rs.getString("status"), null, null, null, null);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}

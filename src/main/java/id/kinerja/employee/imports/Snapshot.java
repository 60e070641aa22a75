package id.kinerja.employee.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the database holds about an agency's units, employees, posts and definitive
 * assignments, read in a handful of queries, so that an import checks 100,000 rows
 * without a query per row.
 */
final class Snapshot {

	record StoredEmployee(long id, String nip, Employee.Details details, EmployeeStatus status) {
	}

	record StoredPost(long id, long unitId, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
	}

	final Map<String, Unit> unitsByCode = new HashMap<>();

	final Map<Long, Unit> unitsById = new HashMap<>();

	/** The agency's employees by NIP. */
	final Map<String, StoredEmployee> employees = new HashMap<>();

	final Map<Long, String> nipOf = new HashMap<>();

	/** The agency's posts by id. */
	final Map<Long, StoredPost> posts = new HashMap<>();

	/** The definitive post each employee holds today. */
	final Map<Long, Long> postOfEmployee = new HashMap<>();

	/** The definitive holder of each post today. */
	final Map<Long, Long> holderOfPost = new HashMap<>();

	/** The acting holder (Plt, Plh) of each post today. */
	final Map<Long, Long> actingHolderOfPost = new HashMap<>();

	/** Employees with a definitive assignment that starts after today. */
	final Set<Long> futurePosts = new HashSet<>();

	/** The NIPs of active employees who hold a post that reports to nothing today. */
	final List<String> heads = new ArrayList<>();

	private Snapshot() {
	}

	/**
	 * Return who acts in the post today: the acting holder if any, else the definitive
	 * one.
	 */
	@Nullable Long effectiveHolderOf(long postId) {
		Long acting = this.actingHolderOfPost.get(postId);
		return (acting != null) ? acting : this.holderOfPost.get(postId);
	}

	static Snapshot load(NamedParameterJdbcTemplate jdbc, UnitRepository units, long agencyId, LocalDate today) {
		Snapshot db = new Snapshot();
		for (Unit unit : units.findByAgencyIdOrderByCode(agencyId)) {
			db.unitsByCode.put(unit.getCode(), unit);
			db.unitsById.put(unit.getId(), unit);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("agency", agencyId).addValue("day", today);
		jdbc.query("""
				SELECT id, nip, name, front_title, back_title, sex, birth_date, asn_type, golongan, email, phone, status
				FROM employee WHERE agency_id = :agency""", params, (rs) -> {
			Employee.Details details = new Employee.Details(rs.getString("name"), rs.getString("front_title"),
					rs.getString("back_title"), rs.getString("sex"), rs.getObject("birth_date", LocalDate.class),
					Nip.AsnType.valueOf(rs.getString("asn_type")), Golongan.valueOf(rs.getString("golongan")),
					rs.getString("email"), rs.getString("phone"));
			StoredEmployee employee = new StoredEmployee(rs.getLong("id"), rs.getString("nip"), details,
					EmployeeStatus.valueOf(rs.getString("status")));
			db.employees.put(employee.nip(), employee);
			db.nipOf.put(employee.id(), employee.nip());
		});
		jdbc.query("""
				SELECT id, unit_id, name, position_type, jenjang, reports_to_id, heads_unit
				FROM job_position WHERE agency_id = :agency""", params, (rs) -> {
			long reportsTo = rs.getLong("reports_to_id");
			Long above = rs.wasNull() ? null : reportsTo;
			String jenjang = rs.getString("jenjang");
			StoredPost post = new StoredPost(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
					PositionType.valueOf(rs.getString("position_type")),
					(jenjang != null) ? Jenjang.valueOf(jenjang) : null, above, rs.getBoolean("heads_unit"));
			db.posts.put(post.id(), post);
		});
		jdbc.query("""
				SELECT employee_id, position_id, start_date, kind FROM assignment
				WHERE agency_id = :agency AND (end_date IS NULL OR end_date >= :day)
				ORDER BY start_date""", params, (rs) -> {
			long employee = rs.getLong(1);
			long post = rs.getLong(2);
			boolean future = rs.getObject(3, LocalDate.class).isAfter(today);
			if (!"DEFINITIF".equals(rs.getString(4))) {
				if (!future) {
					db.actingHolderOfPost.put(post, employee);
				}
			}
			else if (future) {
				db.futurePosts.add(employee);
			}
			else {
				db.postOfEmployee.put(employee, post);
				db.holderOfPost.put(post, employee);
			}
		});
		db.postOfEmployee.forEach((employee, post) -> {
			String nip = db.nipOf.get(employee);
			StoredPost stored = db.posts.get(post);
			if (nip != null && stored != null && stored.reportsToId() == null
					&& db.employees.get(nip).status() == EmployeeStatus.ACTIVE) {
				db.heads.add(nip);
			}
		});
		db.heads.sort(null);
		return db;
	}

	/** Return which of the NIPs are registered at all (in any agency). */
	List<String> nipsAmong(NamedParameterJdbcTemplate jdbc, Collection<String> nips) {
		List<String> found = new ArrayList<>();
		for (List<String> chunk : EmployeeImportService.chunks(nips)) {
			found.addAll(jdbc.queryForList("SELECT nip FROM employee WHERE nip IN (:nips)",
					new MapSqlParameterSource("nips", chunk), String.class));
		}
		return found;
	}

}

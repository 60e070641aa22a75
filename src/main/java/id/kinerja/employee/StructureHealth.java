package id.kinerja.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.PositionType;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what in the agency's structure will block people later: active employees with no
 * post (so no supervisor), head posts left vacant with no acting holder, explicit
 * supervisors who have left or sit in another agency, post lines that skip a level or
 * cross into an unrelated unit, and NIPs that disagree with the stored data. Set-based
 * queries, so it stays quick for a province. Admin BKPSDM and Auditor see the whole
 * agency, Admin OPD its own subtrees.
 */
@Service
@Transactional(readOnly = true)
public class StructureHealth {

	/** How many issues of each kind are listed (all are counted). */
	public static final int LIST_LIMIT = 200;

	private static final Map<String, Integer> LEVEL = Map.of(PositionType.JPT_UTAMA.name(), 0,
			PositionType.JPT_MADYA.name(), 1, PositionType.JPT_PRATAMA.name(), 2, PositionType.ADMINISTRATOR.name(), 3,
			PositionType.PENGAWAS.name(), 4, PositionType.PELAKSANA.name(), 5);

	private static final String DEFINITIVE_TODAY = " a.kind = 'DEFINITIF' AND a.start_date <= :day"
			+ " AND (a.end_date IS NULL OR a.end_date >= :day) ";

	private final JdbcClient jdbc;

	private final Clock clock;

	StructureHealth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The findings: counts per kind and up to {@link #LIST_LIMIT} issues of each kind.
	 *
	 * @param counts how many issues of each kind
	 * @param issues the issues listed
	 */
	public record Report(Map<String, Integer> counts, List<StructureIssue> issues) {

		/** Return the number of issues of every kind together. */
		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** Check the caller's agency (or, for an Admin OPD, its subtrees). */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'ADMIN_OPD', 'AUDITOR')")
	public Report check() {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		boolean whole = actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR");
		Set<Long> roots = whole ? Set.of() : actor.adminUnitIds();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("agency", actor.agencyId())
			.addValue("day", LocalDate.now(this.clock));
		String scope = "";
		if (!whole) {
			if (roots.isEmpty()) {
				return new Report(Map.of(), List.of());
			}
			scope = " AND EXISTS (SELECT 1 FROM unit r WHERE r.id IN (:roots) AND substring(u.path, 1, length(r.path)) = r.path)";
			params.addValue("roots", roots);
		}
		Map<String, List<StructureIssue>> found = new LinkedHashMap<>();
		found.put("NO_POST",
				query("""
						SELECT e.nip, e.name, NULL AS unit_code, NULL AS detail FROM employee e
						LEFT JOIN assignment last ON last.id = (SELECT max(x.id) FROM assignment x WHERE x.employee_id = e.id)
						LEFT JOIN job_position p ON p.id = last.position_id
						LEFT JOIN unit u ON u.id = p.unit_id
						WHERE e.agency_id = :agency AND e.status = 'ACTIVE'
						  AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.employee_id = e.id AND"""
						+ DEFINITIVE_TODAY + ")" + (whole ? "" : " AND u.id IS NOT NULL" + scope) + " ORDER BY e.name",
						params, "NO_POST"));
		found.put("VACANT_HEAD", query("""
				SELECT NULL AS nip, p.name, u.code AS unit_code, NULL AS detail FROM job_position p
				JOIN unit u ON u.id = p.unit_id
				WHERE p.agency_id = :agency AND p.heads_unit AND p.closed_on IS NULL AND u.closed_on IS NULL
				  AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.position_id = p.id AND a.start_date <= :day
				                  AND (a.end_date IS NULL OR a.end_date >= :day))""" + scope + " ORDER BY u.path",
				params, "VACANT_HEAD"));
		found.put("SUPERVISOR_LEFT", query("""
				SELECT e.nip, e.name, u.code AS unit_code, s.nip AS detail FROM reporting_override o
				JOIN employee e ON e.id = o.employee_id
				JOIN employee s ON s.id = o.supervisor_id
				LEFT JOIN assignment a ON a.employee_id = e.id AND""" + DEFINITIVE_TODAY + """
				LEFT JOIN job_position p ON p.id = a.position_id
				LEFT JOIN unit u ON u.id = p.unit_id
				WHERE o.agency_id = :agency AND e.status = 'ACTIVE' AND o.start_date <= :day
				  AND (o.end_date IS NULL OR o.end_date >= :day)
				  AND (s.status <> 'ACTIVE' OR s.agency_id <> o.agency_id)""" + scope + " ORDER BY e.name", params,
				"SUPERVISOR_LEFT"));
		List<StructureIssue> skipped = new ArrayList<>();
		List<StructureIssue> crossing = new ArrayList<>();
		this.jdbc.sql("""
				SELECT e.nip, e.name, u.code AS unit_code, u.path, p.position_type, q.position_type AS above_type,
				       q.name AS above_name, qu.code AS above_unit, qu.path AS above_path
				FROM employee e
				JOIN assignment a ON a.employee_id = e.id AND""" + DEFINITIVE_TODAY + """
				JOIN job_position p ON p.id = a.position_id
				JOIN unit u ON u.id = p.unit_id
				JOIN job_position q ON q.id = p.reports_to_id
				JOIN unit qu ON qu.id = q.unit_id
				WHERE e.agency_id = :agency AND e.status = 'ACTIVE'""" + scope + " ORDER BY e.name")
			.paramSource(params)
			.query((rs, row) -> {
				String type = rs.getString("position_type");
				Integer level = LEVEL.get(type);
				Integer above = LEVEL.get(rs.getString("above_type"));
				if (level != null && above != null && level - above > 1) {
					skipped.add(new StructureIssue("SKIPPED_LEVEL", rs.getString("nip"), rs.getString("name"),
							rs.getString("unit_code"), rs.getString("above_name")));
				}
				String path = rs.getString("path");
				String abovePath = rs.getString("above_path");
				boolean related = path.startsWith(abovePath) || abovePath.startsWith(path);
				if (!related) {
					crossing.add(new StructureIssue("CROSS_UNIT", rs.getString("nip"), rs.getString("name"),
							rs.getString("unit_code"), rs.getString("above_unit")));
				}
				return null;
			})
			.list();
		found.put("SKIPPED_LEVEL", skipped);
		found.put("CROSS_UNIT", crossing);
		List<StructureIssue> mismatched = new ArrayList<>();
		this.jdbc.sql("""
				SELECT e.nip, e.name, e.sex, e.birth_date, e.asn_type, u.code AS unit_code FROM employee e
				LEFT JOIN assignment a ON a.employee_id = e.id AND""" + DEFINITIVE_TODAY + """
				LEFT JOIN job_position p ON p.id = a.position_id
				LEFT JOIN unit u ON u.id = p.unit_id
				WHERE e.agency_id = :agency AND e.status = 'ACTIVE'""" + (whole ? "" : " AND u.id IS NOT NULL" + scope))
			.paramSource(params)
			.query((rs, row) -> {
				Nip.Check check = Nip.check(rs.getString("nip"));
				String field = null;
				if (!check.valid()) {
					field = "nip";
				}
				else if (!check.nip().sex().equals(rs.getString("sex"))) {
					field = "sex";
				}
				else if (!check.nip().asnType().name().equals(rs.getString("asn_type"))) {
					field = "asn_type";
				}
				else if (check.nip().asnType() == Nip.AsnType.PNS
						&& !check.nip().birthDate().equals(rs.getObject("birth_date", LocalDate.class))) {
					field = "birth_date";
				}
				if (field != null) {
					mismatched.add(new StructureIssue("NIP_MISMATCH", rs.getString("nip"), rs.getString("name"),
							rs.getString("unit_code"), field));
				}
				return null;
			})
			.list();
		found.put("NIP_MISMATCH", mismatched);
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<StructureIssue> issues = new ArrayList<>();
		found.forEach((kind, list) -> {
			counts.put(kind, list.size());
			issues.addAll(list.subList(0, Math.min(LIST_LIMIT, list.size())));
		});
		return new Report(counts, issues);
	}

	private List<StructureIssue> query(String sql, MapSqlParameterSource params, String kind) {
		return this.jdbc.sql(sql)
			.paramSource(params)
			.query((rs, row) -> new StructureIssue(kind, rs.getString("nip"), rs.getString("name"),
					rs.getString("unit_code"), rs.getString("detail")))
			.list();
	}

}

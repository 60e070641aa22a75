package id.kinerja.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.shared.JdbcBatches;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers which definitive post an employee holds on a date, with the unit and the
 * printed name and rank: what a plan's or an evaluation's header shows. Reads only; the
 * callers check who may see it.
 */
@Service
@Transactional(readOnly = true)
public class PostHoldings {

	private final JdbcClient jdbc;

	PostHoldings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An employee in a definitive post on a date.
	 *
	 * @param employeeId the employee
	 * @param agencyId the employee's agency
	 * @param nip the NIP
	 * @param fullName the name with titles
	 * @param golongan the rank
	 * @param status the employee's status
	 * @param positionId the post, null when none is held
	 * @param positionName the post's name
	 * @param positionType the post's type
	 * @param jenjang the functional level
	 * @param headsUnit whether the post leads its unit
	 * @param unitId the post's unit
	 * @param unitCode the unit's code
	 * @param unitName the unit's name
	 * @param assignmentStart when the assignment began
	 * @param assignmentEnd when it ends, null when open
	 */
	public record Holding(long employeeId, long agencyId, String nip, String fullName, Golongan golongan,
			EmployeeStatus status, @Nullable Long positionId, @Nullable String positionName,
			@Nullable PositionType positionType, @Nullable Jenjang jenjang, boolean headsUnit, @Nullable Long unitId,
			@Nullable String unitCode, @Nullable String unitName, @Nullable LocalDate assignmentStart,
			@Nullable LocalDate assignmentEnd) {

		/** Whether a post is held on the day. */
		public boolean holdsPost() {
			return this.positionId != null;
		}

	}

	/** Return the employee with the definitive post held on the day (if any). */
	public Optional<Holding> of(long employeeId, LocalDate day) {
		return Optional.ofNullable(of(List.of(employeeId), day).get(employeeId));
	}

	/** Return each employee with the definitive post held on the day. */
	public Map<Long, Holding> of(Collection<Long> employeeIds, LocalDate day) {
		Map<Long, Holding> result = new HashMap<>();
		List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(employeeIds));
		for (int from = 0; from < ids.size(); from += JdbcBatches.BATCH_SIZE) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + JdbcBatches.BATCH_SIZE));
			this.jdbc.sql("""
					SELECT e.id, e.agency_id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.status,
					       p.id AS position_id, p.name AS position_name, p.position_type, p.jenjang, p.heads_unit,
					       u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, a.start_date, a.end_date
					FROM employee e
					LEFT JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF'
					     AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
					LEFT JOIN job_position p ON p.id = a.position_id
					LEFT JOIN unit u ON u.id = p.unit_id
					WHERE e.id IN (:ids)
					""")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> {
					String front = rs.getString("front_title");
					String back = rs.getString("back_title");
					String name = ((front != null && !front.isBlank()) ? front.strip() + " " : "")
							+ rs.getString("name") + ((back != null && !back.isBlank()) ? ", " + back.strip() : "");
					long positionId = rs.getLong("position_id");
					boolean holds = !rs.wasNull();
					String type = rs.getString("position_type");
					String jenjang = rs.getString("jenjang");
					long unitId = rs.getLong("unit_id");
					return new Holding(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("nip"), name,
							Golongan.valueOf(rs.getString("golongan")), EmployeeStatus.valueOf(rs.getString("status")),
							holds ? positionId : null, rs.getString("position_name"),
							(type != null) ? PositionType.valueOf(type) : null,
							(jenjang != null) ? Jenjang.valueOf(jenjang) : null, holds && rs.getBoolean("heads_unit"),
							holds ? unitId : null, rs.getString("unit_code"), rs.getString("unit_name"),
							rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
				})
				.list()
				.forEach((holding) -> result.putIfAbsent(holding.employeeId(), holding));
		}
		return result;
	}

}

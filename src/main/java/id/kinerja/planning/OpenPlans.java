package id.kinerja.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.shared.JdbcBatches;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the open (not closed) plan of a year of each of many employees, in one query per
 * thousand: what the cascade tree and the waiting chain show beside each person.
 */
final class OpenPlans {

	private OpenPlans() {
	}

	/**
	 * A plan and where it stands.
	 *
	 * @param skpId the plan
	 * @param status its state
	 */
	record Plan(long skpId, SkpStatus status) {
	}

	/** Return each employee's open plan of the year, by employee id. */
	static Map<Long, Plan> of(JdbcClient jdbc, long agencyId, int year, Collection<Long> employeeIds) {
		Map<Long, Plan> plans = new HashMap<>();
		List<Long> ids = List.copyOf(employeeIds);
		for (int from = 0; from < ids.size(); from += JdbcBatches.BATCH_SIZE) {
			jdbc.sql("SELECT employee_id, id, status FROM skp WHERE agency_id = :agency AND skp_year = :year"
					+ " AND status <> 'CLOSED' AND employee_id IN (:ids)")
				.param("agency", agencyId)
				.param("year", year)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + JdbcBatches.BATCH_SIZE)))
				.query((rs,
						row) -> new Object[] { rs.getLong(1),
								new Plan(rs.getLong(2), SkpStatus.valueOf(rs.getString(3))) })
				.list()
				.forEach((row) -> plans.put((Long) row[0], (Plan) row[1]));
		}
		return plans;
	}

}

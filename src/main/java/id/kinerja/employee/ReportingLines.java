package id.kinerja.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers who reports to whom on a date, from the post tree and the assignments in force,
 * with acting holders standing in and explicit overrides winning. The base of every
 * access rule: "may X see Y's data" is "is X above Y on that date".
 *
 * <p>
 * The rules: an employee's supervisor is the holder of the post above the employee's
 * definitive post; an acting holder (Plt, Plh) stands in for a vacant or absent holder; a
 * vacant post with no acting holder is passed over to the next post up; above the top
 * post rates the regional head. An override in force replaces all of this for its
 * employee.
 */
@Service
@Transactional(readOnly = true)
public class ReportingLines {

	private static final String IN_FORCE = " start_date <= :day AND (end_date IS NULL OR end_date >= :day) ";

	private static final int MAX_DEPTH = 64;

	private final JdbcClient jdbc;

	ReportingLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Return who rates each of the employees on the date, by the same rules as
	 * {@link #supervisorOf}, in a few queries per level of the post tree whatever their
	 * number.
	 */
	public Map<Long, Supervisor> supervisorsOf(Collection<Long> employeeIds, LocalDate day) {
		Map<Long, Supervisor> result = new HashMap<>();
		List<Long> ids = List.copyOf(new LinkedHashSet<>(employeeIds));
		for (List<Long> chunk : chunks(ids)) {
			this.jdbc
				.sql("SELECT employee_id, supervisor_id FROM reporting_override WHERE employee_id IN (:ids) AND"
						+ IN_FORCE + "ORDER BY start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> {
					long supervisor = rs.getLong(2);
					boolean regional = rs.wasNull();
					return new Object[] { rs.getLong(1),
							new Supervisor(regional ? null : supervisor, regional, "OVERRIDE") };
				})
				.list()
				.forEach((row) -> result.put((Long) row[0], (Supervisor) row[1]));
		}
		// Where each remaining employee's climb stands: the post reached so far.
		Map<Long, Long> climbing = new HashMap<>();
		for (List<Long> chunk : chunks(ids)) {
			this.jdbc.sql(
					"SELECT employee_id, position_id FROM assignment WHERE employee_id IN (:ids) AND kind = 'DEFINITIF' AND"
							+ IN_FORCE + "ORDER BY start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((row) -> {
					if (!result.containsKey(row[0])) {
						climbing.put(row[0], row[1]);
					}
				});
		}
		Set<Long> climbed = new HashSet<>();
		int depth = 0;
		while (!climbing.isEmpty() && depth++ < MAX_DEPTH) {
			Map<Long, Long> above = new HashMap<>();
			Map<Long, Long> holders = postsAbove(climbing.values(), day, above);
			Map<Long, Long> next = new HashMap<>();
			climbing.forEach((employee, post) -> {
				Long parent = above.get(post);
				if (parent == null) {
					result.put(employee,
							new Supervisor(null, true, climbed.contains(employee) ? "VACANCY" : "POSITION"));
					return;
				}
				Long holder = holders.get(parent);
				if (holder != null && holder.longValue() != employee) {
					result.put(employee,
							new Supervisor(holder, false, climbed.contains(employee) ? "VACANCY" : "POSITION"));
				}
				else {
					climbed.add(employee);
					next.put(employee, parent);
				}
			});
			climbing.clear();
			climbing.putAll(next);
		}
		ids.forEach((id) -> result.putIfAbsent(id, Supervisor.NONE));
		return result;
	}

	/** Return who rates the employee on the date. */
	public Supervisor supervisorOf(long employeeId, LocalDate day) {
		return supervisorsOf(List.of(employeeId), day).get(employeeId);
	}

	/**
	 * Return whether {@code supervisorId} stands above {@code employeeId} (directly or
	 * through the line) on the date.
	 */
	public boolean isAbove(long supervisorId, long employeeId, LocalDate day) {
		return isAboveInLine(supervisorId, employeeId, day);
	}

	/**
	 * Return whether the employee leads a unit on the date (holds, or acts in, a unit
	 * head's post).
	 */
	public boolean leadsAUnit(long employeeId, LocalDate day) {
		List<Long> headPosts = this.jdbc
			.sql("SELECT a.position_id FROM assignment a JOIN job_position p ON p.id = a.position_id"
					+ " WHERE a.employee_id = :employee AND p.heads_unit AND a.start_date <= :day"
					+ " AND (a.end_date IS NULL OR a.end_date >= :day)")
			.param("employee", employeeId)
			.param("day", day)
			.query(Long.class)
			.list();
		if (headPosts.isEmpty()) {
			return false;
		}
		Map<Long, Long> effective = effectiveHolders(headPosts, day);
		return headPosts.stream().anyMatch((post) -> Long.valueOf(employeeId).equals(effective.get(post)));
	}

	/**
	 * Return the leader of each unit of the agency on the date: whoever holds, or acts
	 * in, the unit's head post. Units whose head post is vacant with nobody acting are
	 * left out.
	 */
	public Map<Long, Long> unitLeaders(long agencyId, LocalDate day) {
		Map<Long, Long> unitOfPost = new HashMap<>();
		this.jdbc.sql("SELECT id, unit_id FROM job_position WHERE agency_id = :agency AND heads_unit")
			.param("agency", agencyId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((row) -> unitOfPost.put(row[0], row[1]));
		Map<Long, Long> leaders = new HashMap<>();
		effectiveHolders(unitOfPost.keySet(), day)
			.forEach((post, employee) -> leaders.putIfAbsent(unitOfPost.get(post), employee));
		return leaders;
	}

	/** Return the units the employee leads on the date (usually one, none for most). */
	public Set<Long> unitsLedBy(long employeeId, LocalDate day) {
		List<long[]> headPosts = this.jdbc
			.sql("SELECT a.position_id, p.unit_id FROM assignment a JOIN job_position p ON p.id = a.position_id"
					+ " WHERE a.employee_id = :employee AND p.heads_unit AND a.start_date <= :day"
					+ " AND (a.end_date IS NULL OR a.end_date >= :day)")
			.param("employee", employeeId)
			.param("day", day)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		if (headPosts.isEmpty()) {
			return Set.of();
		}
		Map<Long, Long> effective = effectiveHolders(headPosts.stream().map((post) -> post[0]).toList(), day);
		Set<Long> units = new LinkedHashSet<>();
		for (long[] post : headPosts) {
			if (Long.valueOf(employeeId).equals(effective.get(post[0]))) {
				units.add(post[1]);
			}
		}
		return units;
	}

	private boolean isAboveInLine(long supervisorId, long employeeId, LocalDate day) {
		Set<Long> seen = new HashSet<>();
		long current = employeeId;
		while (seen.add(current)) {
			Supervisor supervisor = supervisorOf(current, day);
			if (supervisor.employeeId() == null) {
				return false;
			}
			if (supervisor.employeeId() == supervisorId) {
				return true;
			}
			current = supervisor.employeeId();
		}
		return false;
	}

	/** Return the direct subordinates of the employee on the date. */
	public Set<Long> directSubordinates(long supervisorId, LocalDate day) {
		return directSubordinates(Set.of(supervisorId), day).getOrDefault(supervisorId, Set.of());
	}

	/** Return everyone below the employee on the date, through the whole line. */
	public Set<Long> allSubordinates(long supervisorId, LocalDate day) {
		Set<Long> all = new LinkedHashSet<>();
		Set<Long> frontier = Set.of(supervisorId);
		while (!frontier.isEmpty()) {
			Set<Long> next = new LinkedHashSet<>();
			directSubordinates(frontier, day).values().forEach(next::addAll);
			next.removeAll(all);
			next.remove(supervisorId);
			all.addAll(next);
			frontier = next;
		}
		return all;
	}

	/**
	 * Return the direct subordinates of each of the given employees on the date, in a
	 * handful of queries whatever their number.
	 */
	public Map<Long, Set<Long>> directSubordinates(Collection<Long> supervisorIds, LocalDate day) {
		Map<Long, Set<Long>> result = new HashMap<>();
		if (supervisorIds.isEmpty()) {
			return result;
		}
		// The posts each supervisor actually leads on the day: those where they are the
		// effective holder (acting, or definitive with no acting holder standing in). One
		// query: every holder in force of every post the supervisors hold.
		Set<Long> supervisors = new HashSet<>(supervisorIds);
		Map<Long, Long> leaderOfPost = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(supervisors))) {
			Map<Long, Long> effective = new HashMap<>();
			this.jdbc
				.sql("SELECT position_id, employee_id, kind FROM assignment WHERE position_id IN"
						+ " (SELECT a.position_id FROM assignment a WHERE a.employee_id IN (:ids) AND"
						+ IN_FORCE.replace("start_date", "a.start_date").replace("end_date", "a.end_date") + ") AND"
						+ IN_FORCE + "ORDER BY start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
				.list()
				.forEach((row) -> keepEffective(effective, (Long) row[0], (Long) row[1], (String) row[2]));
			effective.forEach((post, holder) -> {
				if (supervisors.contains(holder)) {
					leaderOfPost.put(post, holder);
				}
			});
		}
		// Walk down from each led post, one query per level of the post tree: definitive
		// holders of the posts below are subordinates; posts below with nobody in them
		// pass their own posts below up to the leader.
		Map<Long, Long> actingBelow = new HashMap<>();
		Map<Long, Long> frontier = new HashMap<>(leaderOfPost);
		int depth = 0;
		while (!frontier.isEmpty() && depth++ < MAX_DEPTH) {
			Level level = levelBelow(frontier, day);
			if (level.leaderOf().isEmpty()) {
				break;
			}
			for (DefinitiveHolder holder : level.definitive()) {
				long leader = level.leaderOf().get(holder.positionId());
				if (holder.employeeId() != leader) {
					result.computeIfAbsent(leader, (key) -> new LinkedHashSet<>()).add(holder.employeeId());
				}
			}
			// An acting holder whose own post lies below the post they act in climbs past
			// themselves to this leader (a Plt head who is also the unit's secretary):
			// checked for all of them at once after the walk.
			level.effective().forEach((post, holder) -> {
				long leader = level.leaderOf().get(post);
				if (!holder.equals(level.lastDefinitive().get(post)) && holder != leader) {
					actingBelow.putIfAbsent(holder, leader);
				}
			});
			Map<Long, Long> next = new HashMap<>();
			level.leaderOf().forEach((post, leader) -> {
				if (!level.effective().containsKey(post)) {
					next.put(post, leader);
				}
			});
			frontier = next;
		}
		if (!actingBelow.isEmpty()) {
			supervisorsOf(actingBelow.keySet(), day).forEach((holder, supervisor) -> {
				Long leader = actingBelow.get(holder);
				if (leader != null && leader.equals(supervisor.employeeId())) {
					result.computeIfAbsent(leader, (key) -> new LinkedHashSet<>()).add(holder);
				}
			});
		}
		applyOverrides(result, supervisorIds, day);
		return result;
	}

	private void applyOverrides(Map<Long, Set<Long>> result, Collection<Long> supervisorIds, LocalDate day) {
		Set<Long> candidates = new HashSet<>();
		result.values().forEach(candidates::addAll);
		if (!candidates.isEmpty()) {
			Set<Long> overridden = new HashSet<>();
			for (List<Long> chunk : chunks(List.copyOf(candidates))) {
				overridden.addAll(this.jdbc
					.sql("SELECT employee_id FROM reporting_override WHERE employee_id IN (:ids) AND" + IN_FORCE)
					.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
					.query(Long.class)
					.list());
			}
			result.values().forEach((subordinates) -> subordinates.removeAll(overridden));
		}
		for (List<Long> chunk : chunks(List.copyOf(supervisorIds))) {
			this.jdbc
				.sql("SELECT supervisor_id, employee_id FROM reporting_override WHERE supervisor_id IN (:ids) AND"
						+ IN_FORCE)
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((line) -> result.computeIfAbsent(line[0], (key) -> new LinkedHashSet<>()).add(line[1]));
		}
		result.values().removeIf(Set::isEmpty);
	}

	/**
	 * Return who acts in each post on the day: an acting holder if any, else the
	 * definitive one.
	 */
	Map<Long, Long> effectiveHolders(Collection<Long> positionIds, LocalDate day) {
		Map<Long, Long> holders = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(positionIds))) {
			this.jdbc
				.sql("SELECT position_id, employee_id, kind FROM assignment WHERE position_id IN (:ids) AND" + IN_FORCE
						+ "ORDER BY start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
				.list()
				.forEach((row) -> keepEffective(holders, (Long) row[0], (Long) row[1], (String) row[2]));
		}
		return holders;
	}

	/**
	 * Keep the effective holder of a post from its holders in force read in order of
	 * start: the latest acting holder, else the first definitive one.
	 */
	private static void keepEffective(Map<Long, Long> holders, long post, long employee, String kind) {
		if (!"DEFINITIF".equals(kind) || !holders.containsKey(post)) {
			holders.put(post, employee);
		}
	}

	/**
	 * Map each of the posts to the post it reports to (posts at the top are left out),
	 * and return who acts in each of those posts above on the day: one query.
	 */
	private Map<Long, Long> postsAbove(Collection<Long> positionIds, LocalDate day, Map<Long, Long> above) {
		Map<Long, Long> holders = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(positionIds)))) {
			this.jdbc
				.sql("SELECT p.id, p.reports_to_id, a.employee_id, a.kind FROM job_position p"
						+ " LEFT JOIN assignment a ON a.position_id = p.reports_to_id AND"
						+ IN_FORCE.replace("start_date", "a.start_date").replace("end_date", "a.end_date")
						+ "WHERE p.id IN (:ids) AND p.reports_to_id IS NOT NULL ORDER BY a.start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> {
					long post = rs.getLong(1);
					long parent = rs.getLong(2);
					long employee = rs.getLong(3);
					return new Object[] { post, parent, rs.wasNull() ? null : employee, rs.getString(4) };
				})
				.list()
				.forEach((row) -> {
					above.put((Long) row[0], (Long) row[1]);
					if (row[2] != null) {
						keepEffective(holders, (Long) row[1], (Long) row[2], (String) row[3]);
					}
				});
		}
		return holders;
	}

	private record DefinitiveHolder(long positionId, long employeeId) {
	}

	/**
	 * One level of the post tree below some led posts.
	 *
	 * @param leaderOf each open post below mapped to the leader of its parent
	 * @param effective who acts in each of them on the day
	 * @param definitive their definitive holders in force
	 * @param lastDefinitive the latest definitive holder of each
	 */
	private record Level(Map<Long, Long> leaderOf, Map<Long, Long> effective, List<DefinitiveHolder> definitive,
			Map<Long, Long> lastDefinitive) {
	}

	/** Return the open posts below the given ones with their holders: one query. */
	private Level levelBelow(Map<Long, Long> leaderOfPost, LocalDate day) {
		Level level = new Level(new HashMap<>(), new HashMap<>(), new ArrayList<>(), new HashMap<>());
		for (List<Long> chunk : chunks(List.copyOf(leaderOfPost.keySet()))) {
			this.jdbc
				.sql("SELECT p.id, p.reports_to_id, a.employee_id, a.kind FROM job_position p"
						+ " LEFT JOIN assignment a ON a.position_id = p.id AND"
						+ IN_FORCE.replace("start_date", "a.start_date").replace("end_date", "a.end_date")
						+ "WHERE p.reports_to_id IN (:ids) AND p.closed_on IS NULL ORDER BY a.start_date")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> {
					long post = rs.getLong(1);
					long parent = rs.getLong(2);
					long employee = rs.getLong(3);
					return new Object[] { post, parent, rs.wasNull() ? null : employee, rs.getString(4) };
				})
				.list()
				.forEach((row) -> {
					long post = (Long) row[0];
					level.leaderOf().put(post, leaderOfPost.get((Long) row[1]));
					if (row[2] == null) {
						return;
					}
					long employee = (Long) row[2];
					keepEffective(level.effective(), post, employee, (String) row[3]);
					if ("DEFINITIF".equals(row[3])) {
						level.definitive().add(new DefinitiveHolder(post, employee));
						level.lastDefinitive().put(post, employee);
					}
				});
		}
		return level;
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return chunks;
	}

}

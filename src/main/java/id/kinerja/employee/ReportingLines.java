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
			Map<Long, Long> above = reportsTo(climbing.values());
			Map<Long, Long> holders = effectiveHolders(above.values(), day);
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
		// The posts each supervisor actually leads on the day: those held in acting
		// capacity,
		// and definitive ones where no acting holder stands in.
		Map<Long, Long> leaderOfPost = new HashMap<>();
		List<Long> supervisors = List.copyOf(supervisorIds);
		for (List<Long> chunk : chunks(supervisors)) {
			this.jdbc
				.sql("SELECT a.position_id, a.employee_id, a.kind FROM assignment a WHERE a.employee_id IN (:ids) AND"
						+ IN_FORCE.replace("start_date", "a.start_date").replace("end_date", "a.end_date"))
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs,
						row) -> new long[] { rs.getLong(1), rs.getLong(2),
								"DEFINITIF".equals(rs.getString(3)) ? 0 : 1 })
				.list()
				.forEach((held) -> leaderOfPost.merge(held[0], held[1],
						(existing, candidate) -> (held[2] == 1) ? candidate : existing));
		}
		if (!leaderOfPost.isEmpty()) {
			Map<Long, Long> effective = effectiveHolders(leaderOfPost.keySet(), day);
			leaderOfPost.entrySet().removeIf((entry) -> !entry.getValue().equals(effective.get(entry.getKey())));
		}
		// Walk down from each led post: definitive holders of the posts below are
		// subordinates;
		// posts below with nobody in them pass their own posts below up to the leader.
		Map<Long, Long> frontier = new HashMap<>(leaderOfPost);
		int depth = 0;
		while (!frontier.isEmpty() && depth++ < MAX_DEPTH) {
			Map<Long, Long> children = childrenOf(frontier);
			if (children.isEmpty()) {
				break;
			}
			Map<Long, Long> effective = effectiveHolders(children.keySet(), day);
			Map<Long, Long> definitive = new HashMap<>();
			for (DefinitiveHolder holder : definitiveHolders(children.keySet(), day)) {
				definitive.put(holder.positionId(), holder.employeeId());
				long leader = children.get(holder.positionId());
				if (holder.employeeId() != leader) {
					result.computeIfAbsent(leader, (key) -> new LinkedHashSet<>()).add(holder.employeeId());
				}
			}
			// An acting holder whose own post lies below the post they act in climbs past
			// themselves to this leader (a Plt head who is also the unit's secretary).
			effective.forEach((post, holder) -> {
				long leader = children.get(post);
				if (!holder.equals(definitive.get(post)) && holder != leader
						&& Long.valueOf(leader).equals(supervisorOf(holder, day).employeeId())) {
					result.computeIfAbsent(leader, (key) -> new LinkedHashSet<>()).add(holder);
				}
			});
			Map<Long, Long> next = new HashMap<>();
			children.forEach((post, leader) -> {
				if (!effective.containsKey(post)) {
					next.put(post, leader);
				}
			});
			frontier = next;
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
				.forEach((row) -> {
					long post = (Long) row[0];
					boolean acting = !"DEFINITIF".equals(row[2]);
					if (acting || !holders.containsKey(post)) {
						holders.put(post, (Long) row[1]);
					}
				});
		}
		return holders;
	}

	/**
	 * Map each of the posts to the post it reports to (posts at the top are left out).
	 */
	private Map<Long, Long> reportsTo(Collection<Long> positionIds) {
		Map<Long, Long> above = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(new LinkedHashSet<>(positionIds)))) {
			this.jdbc.sql("SELECT id, reports_to_id FROM job_position WHERE id IN (:ids) AND reports_to_id IS NOT NULL")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((row) -> above.put(row[0], row[1]));
		}
		return above;
	}

	private record DefinitiveHolder(long positionId, long employeeId) {
	}

	private List<DefinitiveHolder> definitiveHolders(Collection<Long> positionIds, LocalDate day) {
		List<DefinitiveHolder> holders = new ArrayList<>();
		for (List<Long> chunk : chunks(List.copyOf(positionIds))) {
			holders.addAll(this.jdbc.sql(
					"SELECT position_id, employee_id FROM assignment WHERE position_id IN (:ids) AND kind = 'DEFINITIF' AND"
							+ IN_FORCE)
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", day))
				.query((rs, row) -> new DefinitiveHolder(rs.getLong(1), rs.getLong(2)))
				.list());
		}
		return holders;
	}

	/** Map each post below one of the given posts to the leader of its parent. */
	private Map<Long, Long> childrenOf(Map<Long, Long> leaderOfPost) {
		Map<Long, Long> children = new HashMap<>();
		for (List<Long> chunk : chunks(List.copyOf(leaderOfPost.keySet()))) {
			this.jdbc
				.sql("SELECT id, reports_to_id FROM job_position WHERE reports_to_id IN (:ids) AND closed_on IS NULL")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk))
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.forEach((child) -> children.put(child[0], leaderOfPost.get(child[1])));
		}
		return children;
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return chunks;
	}

}

package id.kinerja.agency;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an agency's posts: creates and redefines them. Rejects a post in another agency's
 * unit, a post reporting to another agency, a cycle in the reporting tree, and a
 * functional post without its level (or a level on a non-functional one). Callers check
 * who may change the structure.
 */
@Service
public class PositionService {

	private static final List<JdbcBatches.Column> POSITION_COLUMNS = List.of(
			new JdbcBatches.Column("agency_id", Types.BIGINT), new JdbcBatches.Column("unit_id", Types.BIGINT),
			new JdbcBatches.Column("name", Types.VARCHAR), new JdbcBatches.Column("position_type", Types.VARCHAR),
			new JdbcBatches.Column("jenjang", Types.VARCHAR), new JdbcBatches.Column("reports_to_id", Types.BIGINT),
			new JdbcBatches.Column("heads_unit", Types.BOOLEAN),
			new JdbcBatches.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("created_by", Types.VARCHAR),
			new JdbcBatches.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("updated_by", Types.VARCHAR), new JdbcBatches.Column("version", Types.BIGINT));

	private final PositionRepository positions;

	private final UnitRepository units;

	private final NamedParameterJdbcTemplate jdbc;

	private final ChangeLog changes;

	private final Clock clock;

	PositionService(PositionRepository positions, UnitRepository units, NamedParameterJdbcTemplate jdbc,
			ChangeLog changes, Clock clock) {
		this.positions = positions;
		this.units = units;
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * A post to create in bulk.
	 *
	 * @param unitId the unit
	 * @param name the post's name
	 * @param type its type
	 * @param jenjang its level (functional posts only)
	 * @param reportsToId the post it reports to, null for the top
	 * @param headsUnit whether it heads its unit
	 */
	public record NewPosition(long unitId, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
	}

	/**
	 * Create many posts with batched inserts (for imports) and return their ids in order.
	 * Checks what {@link #create} checks; a new post cannot close a cycle, since nothing
	 * reports to it yet. Each creation is written to the audit trail.
	 */
	@Transactional
	public long[] createAll(long agencyId, List<NewPosition> posts) {
		if (posts.isEmpty()) {
			return new long[0];
		}
		Set<Long> unitIds = new HashSet<>();
		Set<Long> above = new HashSet<>();
		for (NewPosition post : posts) {
			if ((post.type() == PositionType.FUNGSIONAL) != (post.jenjang() != null)) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, (post.jenjang() == null)
						? "agency.position.jenjang.required" : "agency.position.jenjang.not-allowed");
			}
			unitIds.add(post.unitId());
			if (post.reportsToId() != null) {
				above.add(post.reportsToId());
			}
		}
		if (countInAgency("unit", agencyId, unitIds) != unitIds.size()
				|| countInAgency("job_position", agencyId, above) != above.size()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.other-agency");
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		long[] ids = JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "job_position", POSITION_COLUMNS, posts,
				(post) -> new Object[] { agencyId, post.unitId(), post.name(), post.type().name(),
						(post.jenjang() != null) ? post.jenjang().name() : null, post.reportsToId(), post.headsUnit(),
						now, actor, now, actor, 0L });
		List<ChangeLog.Change> created = new ArrayList<>(posts.size());
		for (int i = 0; i < posts.size(); i++) {
			NewPosition post = posts.get(i);
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("closedOn", null);
			state.put("closedReason", null);
			state.put("headsUnit", post.headsUnit());
			state.put("id", ids[i]);
			state.put("jenjang", post.jenjang());
			state.put("name", post.name());
			state.put("positionType", post.type());
			state.put("reportsToId", post.reportsToId());
			state.put("unitId", post.unitId());
			created.add(ChangeLog.Change.created(agencyId, "Position", ids[i], state));
		}
		this.changes.record(created);
		return ids;
	}

	/**
	 * Count the rows with the ids that belong to the agency (selecting by id alone, so
	 * that the database uses the primary key rather than scanning the agency's rows).
	 */
	private int countInAgency(String table, long agencyId, Set<Long> ids) {
		List<Long> all = List.copyOf(ids);
		int count = 0;
		for (int from = 0; from < all.size(); from += JdbcBatches.BATCH_SIZE) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + JdbcBatches.BATCH_SIZE));
			count += (int) this.jdbc
				.queryForList("SELECT agency_id FROM " + table + " WHERE id IN (:ids)",
						new MapSqlParameterSource("ids", chunk), Long.class)
				.stream()
				.filter((agency) -> agency == agencyId)
				.count();
		}
		return count;
	}

	/** Create a post. */
	@Transactional
	public Position create(long agencyId, long unitId, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
		check(agencyId, null, unitId, type, jenjang, reportsToId);
		return this.positions.save(Position.create(agencyId, unitId, name, type, jenjang, reportsToId, headsUnit));
	}

	/**
	 * Change a post's unit, name, type, level, the post it reports to and whether it
	 * heads its unit.
	 */
	@Transactional
	public Position redefine(long agencyId, long positionId, long unitId, String name, PositionType type,
			@Nullable Jenjang jenjang, @Nullable Long reportsToId, boolean headsUnit) {
		Position position = require(agencyId, positionId);
		check(agencyId, positionId, unitId, type, jenjang, reportsToId);
		position.redefine(unitId, name, type, jenjang, reportsToId, headsUnit);
		return this.positions.save(position);
	}

	/** Return the post that heads the unit, if it has one. */
	public Optional<Position> headOf(long unitId) {
		return this.positions.findByUnitId(unitId).stream().filter(Position::isHeadsUnit).findFirst();
	}

	/** Return the post, or refuse with 404 when it does not exist in the agency. */
	public Position require(long agencyId, long positionId) {
		return this.positions.findById(positionId)
			.filter((position) -> position.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.position.not-found", positionId));
	}

	private void check(long agencyId, @Nullable Long positionId, long unitId, PositionType type,
			@Nullable Jenjang jenjang, @Nullable Long reportsToId) {
		Unit unit = this.units.findById(unitId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", unitId));
		if (unit.getAgencyId() != agencyId) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.other-agency");
		}
		if ((type == PositionType.FUNGSIONAL) != (jenjang != null)) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST,
					(jenjang == null) ? "agency.position.jenjang.required" : "agency.position.jenjang.not-allowed");
		}
		Set<Long> seen = new HashSet<>();
		if (positionId != null) {
			seen.add(positionId);
		}
		Long above = reportsToId;
		while (above != null) {
			if (!seen.add(above)) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.cycle");
			}
			Position next = this.positions.findById(above)
				.orElseThrow(
						() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.position.not-found", reportsToId));
			if (next.getAgencyId() != agencyId) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.other-agency");
			}
			if (next.isClosed() && above.equals(reportsToId)) {
				throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.closed", next.getName());
			}
			above = next.getReportsToId();
		}
	}

}

package id.kinerja.audit;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import id.kinerja.audit.internal.AuditJson;
import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes to the append-only audit trail. Changes of aggregates are recorded by themselves
 * (see the audit module's entity listener); call this only for what is not an aggregate
 * save, such as a sign-in or a bulk statement. There is deliberately no method to change
 * or remove a record.
 */
@Service
public class AuditTrail implements ChangeLog {

	private static final List<JdbcBatches.Column> COLUMNS = List.of(new JdbcBatches.Column("agency_id", Types.BIGINT),
			new JdbcBatches.Column("occurred_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("actor", Types.VARCHAR), new JdbcBatches.Column("action", Types.VARCHAR),
			new JdbcBatches.Column("entity_type", Types.VARCHAR), new JdbcBatches.Column("entity_id", Types.VARCHAR),
			new JdbcBatches.Column("before_state", Types.VARCHAR), new JdbcBatches.Column("after_state", Types.VARCHAR),
			new JdbcBatches.Column("ip_address", Types.VARCHAR));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/**
	 * Record an action by the current actor, in the current transaction when there is
	 * one, so that the record and the change commit or roll back together.
	 */
	@Transactional
	public void record(@Nullable Long agencyId, String action, String entityType, @Nullable String entityId,
			@Nullable String before, @Nullable String after) {
		record(agencyId, Actor.currentName(), action, entityType, entityId, before, after);
	}

	/** Record an action by a named actor (for example before a sign-in has completed). */
	@Transactional
	public void record(@Nullable Long agencyId, String actor, String action, String entityType,
			@Nullable String entityId, @Nullable String before, @Nullable String after) {
		this.jdbc.sql("""
				INSERT INTO audit_record (agency_id, occurred_at, actor, action, entity_type, entity_id,
				                          before_state, after_state, ip_address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(agencyId)
			.param(this.clock.instant().atOffset(ZoneOffset.UTC))
			.param(actor)
			.param(action)
			.param(entityType)
			.param(entityId)
			.param(before)
			.param(after)
			.param(clientAddress())
			.update();
	}

	/**
	 * Record many changes by the current actor in the current transaction, with multi-row
	 * inserts (for bulk work such as imports).
	 */
	@Override
	@Transactional
	public void record(List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		String address = clientAddress();
		JdbcBatches.insert(this.template, "audit_record", COLUMNS, changes,
				(change) -> new Object[] { change.agencyId(), now, actor, change.action(), change.entityType(),
						change.entityId(), AuditJson.write(change.before()), AuditJson.write(change.after()),
						address });
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}

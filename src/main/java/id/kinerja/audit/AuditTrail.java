package id.kinerja.audit;

import java.time.Clock;
import java.time.ZoneOffset;

import id.kinerja.shared.Actor;

import org.jspecify.annotations.Nullable;
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
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
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

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}

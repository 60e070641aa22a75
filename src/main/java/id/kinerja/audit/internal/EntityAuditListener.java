package id.kinerja.audit.internal;

import java.util.HashMap;
import java.util.Map;

import id.kinerja.audit.AuditTrail;
import id.kinerja.shared.Actor;
import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;

/**
 * The one mechanism that writes every change of an aggregate to the audit trail: listens
 * to Spring Data JDBC's save and delete events, reads the stored state before a change,
 * and records before and after as JSON in the same transaction as the change. A save that
 * changes nothing writes nothing.
 */
@Component
class EntityAuditListener {

	private final AuditTrail trail;

	private final ObjectProvider<JdbcAggregateOperations> aggregates;

	private final ThreadLocal<Map<String, String>> before = ThreadLocal.withInitial(HashMap::new);

	EntityAuditListener(AuditTrail trail, ObjectProvider<JdbcAggregateOperations> aggregates) {
		this.trail = trail;
		this.aggregates = aggregates;
	}

	@EventListener
	void beforeSave(BeforeConvertEvent<?> event) {
		if (event.getEntity() instanceof AuditedEntity entity && !entity.isNew()) {
			Object stored = this.aggregates.getObject().findById(entity.getId(), entity.getClass());
			if (stored != null) {
				this.before.get().put(key(entity, entity.getId()), AuditJson.write(stored));
			}
		}
	}

	@EventListener
	void afterSave(AfterSaveEvent<?> event) {
		if (!(event.getEntity() instanceof AuditedEntity entity)) {
			return;
		}
		String after = AuditJson.write(entity);
		String previous = this.before.get().remove(key(entity, entity.getId()));
		if (after.equals(previous)) {
			return;
		}
		this.trail.record(agencyOf(entity), (previous != null) ? "UPDATE" : "CREATE", typeOf(entity),
				String.valueOf(entity.getId()), previous, after);
	}

	@EventListener
	void beforeDelete(BeforeDeleteEvent<?> event) {
		Object entity = event.getEntity();
		if (entity == null && AuditedEntity.class.isAssignableFrom(event.getType())) {
			entity = this.aggregates.getObject().findById(event.getId().getValue(), event.getType());
		}
		if (entity instanceof AuditedEntity audited) {
			this.trail.record(agencyOf(audited), "DELETE", typeOf(audited), String.valueOf(audited.getId()),
					AuditJson.write(audited), null);
		}
	}

	private static String key(Object entity, @Nullable Object id) {
		return entity.getClass().getName() + '#' + id;
	}

	private static String typeOf(Object entity) {
		return entity.getClass().getSimpleName();
	}

	private static @Nullable Long agencyOf(Object entity) {
		if (entity instanceof AgencyScoped scoped) {
			return scoped.getAgencyId();
		}
		return Actor.current().map(Actor::agencyId).orElse(null);
	}

}

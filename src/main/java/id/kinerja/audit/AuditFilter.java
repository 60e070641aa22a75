package id.kinerja.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param actor the actor's sign-in name, exactly
 * @param entityType the kind of thing changed, exactly
 * @param entityId the id of the thing changed
 * @param action the action
 * @param from the first day, in the agency's time zone
 * @param to the last day, in the agency's time zone
 */
public record AuditFilter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
		@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

	/** A filter that matches everything. */
	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}

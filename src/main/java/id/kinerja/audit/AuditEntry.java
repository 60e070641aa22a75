package id.kinerja.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One record of the audit trail.
 *
 * @param id the record's id
 * @param agencyId the agency the change belongs to
 * @param occurredAt when it happened
 * @param actor who did it ({@code system} for the app itself)
 * @param action what was done: {@code CREATE}, {@code UPDATE}, {@code DELETE},
 * {@code SIGN_IN}, {@code SIGN_IN_FAILED}, {@code SIGN_OUT}, …
 * @param entityType the kind of thing changed
 * @param entityId its id
 * @param before its state before, as JSON
 * @param after its state after, as JSON
 * @param ipAddress the client address, when the change came from a request
 */
public record AuditEntry(long id, @Nullable Long agencyId, Instant occurredAt, String actor, String action,
		String entityType, @Nullable String entityId, @Nullable String before, @Nullable String after,
		@Nullable String ipAddress) {
}

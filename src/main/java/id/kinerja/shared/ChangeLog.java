package id.kinerja.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes many changes to the audit trail at once. Aggregate saves are recorded by
 * themselves; bulk statements that bypass them (an import inserting thousands of rows in
 * batches) describe each changed row here instead, in the same transaction, so that the
 * trail stays complete.
 */
public interface ChangeLog {

	/**
	 * One changed row, as the audit trail records it.
	 *
	 * @param agencyId the agency the row belongs to
	 * @param action {@code CREATE}, {@code UPDATE} or {@code DELETE}
	 * @param entityType the kind of row, named like the aggregate ({@code Employee})
	 * @param entityId its id
	 * @param before its state before (a map or an object), null for a creation
	 * @param after its state after, null for a deletion
	 */
	record Change(@Nullable Long agencyId, String action, String entityType, String entityId, @Nullable Object before,
			@Nullable Object after) {

		/** Describe the creation of a row. */
		public static Change created(long agencyId, String entityType, long entityId, Object after) {
			return new Change(agencyId, "CREATE", entityType, String.valueOf(entityId), null, after);
		}

	}

	/**
	 * Record the changes by the current actor, in the current transaction, so that they
	 * commit or roll back with the change itself.
	 */
	void record(List<Change> changes);

}

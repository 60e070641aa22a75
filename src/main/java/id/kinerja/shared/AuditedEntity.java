package id.kinerja.shared;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

/**
 * Base of every business aggregate: a generated id, the optimistic-lock version and who
 * created and last changed the row. Every save and delete of a subclass is written to the
 * audit trail by the audit module; subclasses need do nothing for it. The bookkeeping
 * fields are left out of the audited JSON: the audit record has its own who and when.
 */
public abstract class AuditedEntity {

	@Id
	private @Nullable Long id;

	@Version
	@JsonIgnore
	private @Nullable Long version;

	@CreatedDate
	@JsonIgnore
	private @Nullable Instant createdAt;

	@CreatedBy
	@JsonIgnore
	private @Nullable String createdBy;

	@LastModifiedDate
	@JsonIgnore
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	@JsonIgnore
	private @Nullable String updatedBy;

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getCreatedBy() {
		return this.createdBy;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable String getUpdatedBy() {
		return this.updatedBy;
	}

	/**
	 * Refuse a change made to an older version than the stored one: the caller read
	 * {@code expected}, someone else has saved since. A null {@code expected} checks
	 * nothing (the save itself still detects a concurrent change).
	 */
	public void requireVersion(@Nullable Long expected) {
		if (expected != null && !expected.equals(this.version)) {
			throw new OptimisticLockingFailureException(getClass().getSimpleName() + " " + this.id + " is at version "
					+ this.version + ", not " + expected);
		}
	}

	/** Whether this entity has never been saved. */
	public boolean isNew() {
		return this.id == null;
	}

}

package id.kinerja.monitoring;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A piece of evidence (bukti dukung) of a realisation: a stored file, named, typed and
 * hashed, or a link.
 */
@Table("evidence")
public class Evidence extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long realisationId;

	private final @Nullable String fileName;

	private final @Nullable String contentType;

	private final @Nullable Long sizeBytes;

	private final @Nullable String sha256;

	private final @Nullable String storageKey;

	private final @Nullable String url;

	@PersistenceCreator
	Evidence(long agencyId, long realisationId, @Nullable String fileName, @Nullable String contentType,
			@Nullable Long sizeBytes, @Nullable String sha256, @Nullable String storageKey, @Nullable String url) {
		this.agencyId = agencyId;
		this.realisationId = realisationId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.url = url;
	}

	static Evidence file(Realisation realisation, String fileName, String contentType, long size, String sha256,
			String key) {
		return new Evidence(realisation.getAgencyId(), realisation.getId(), fileName, contentType, size, sha256, key,
				null);
	}

	static Evidence link(Realisation realisation, String url) {
		return new Evidence(realisation.getAgencyId(), realisation.getId(), null, null, null, null, null, url);
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getRealisationId() {
		return this.realisationId;
	}

	public @Nullable String getFileName() {
		return this.fileName;
	}

	public @Nullable String getContentType() {
		return this.contentType;
	}

	public @Nullable Long getSizeBytes() {
		return this.sizeBytes;
	}

	public @Nullable String getSha256() {
		return this.sha256;
	}

	public @Nullable String getStorageKey() {
		return this.storageKey;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	/** Whether this is a link rather than a file. */
	public boolean isLink() {
		return this.url != null;
	}

}

package id.kinerja.planning;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A submitted or approved state of an SKP, kept whole as JSON: what the pejabat penilai
 * saw and decided on. Numbered from 1 per SKP; never changed.
 */
@Table("skp_version")
public class SkpVersion extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	private final int versionNo;

	private final SkpStatus status;

	private final String snapshot;

	@PersistenceCreator
	SkpVersion(long agencyId, long skpId, int versionNo, SkpStatus status, String snapshot) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.versionNo = versionNo;
		this.status = status;
		this.snapshot = snapshot;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public int getVersionNo() {
		return this.versionNo;
	}

	public SkpStatus getStatus() {
		return this.status;
	}

	public String getSnapshot() {
		return this.snapshot;
	}

}

package id.kinerja.monitoring.feedback;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** An agency's feedback settings: whether owners see peer input, always anonymised. */
@Table("feedback_setting")
class FeedbackSetting extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private boolean peerVisibleToEmployee;

	@PersistenceCreator
	FeedbackSetting(long agencyId, boolean peerVisibleToEmployee) {
		this.agencyId = agencyId;
		this.peerVisibleToEmployee = peerVisibleToEmployee;
	}

	void change(boolean visible) {
		this.peerVisibleToEmployee = visible;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	boolean isPeerVisibleToEmployee() {
		return this.peerVisibleToEmployee;
	}

}

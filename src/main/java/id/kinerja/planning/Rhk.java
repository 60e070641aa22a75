package id.kinerja.planning;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A planned result (Rencana Hasil Kerja) of an SKP: Utama or Tambahan; in a non-JPT plan
 * it names the supervisor's RHK it supports (the one "diintervensi"), in a JPT plan the
 * organisation goal it derives from and its perspective. A removed RHK is kept (plans
 * that supported it still point at it) but no longer counts.
 */
@Table("rhk")
public class Rhk extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	private int positionNo;

	private String text;

	private RhkKind kind;

	private @Nullable Long supervisorRhkId;

	private @Nullable Long orgGoalId;

	private @Nullable Perspective perspective;

	private @Nullable SupervisorChange supervisorChange;

	private boolean removed;

	@PersistenceCreator
	Rhk(long agencyId, long skpId, int positionNo, String text, RhkKind kind, @Nullable Long supervisorRhkId,
			@Nullable Long orgGoalId, @Nullable Perspective perspective, @Nullable SupervisorChange supervisorChange,
			boolean removed) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.positionNo = positionNo;
		this.text = text;
		this.kind = kind;
		this.supervisorRhkId = supervisorRhkId;
		this.orgGoalId = orgGoalId;
		this.perspective = perspective;
		this.supervisorChange = supervisorChange;
		this.removed = removed;
	}

	static Rhk of(Skp skp, int positionNo, Content content) {
		return new Rhk(skp.getAgencyId(), skp.getId(), positionNo, content.text(), content.kind(),
				content.supervisorRhkId(), content.orgGoalId(), content.perspective(), null, false);
	}

	/**
	 * What the owner writes of an RHK.
	 *
	 * @param text the planned result
	 * @param kind Utama or Tambahan
	 * @param supervisorRhkId the supervisor's RHK it supports (non-JPT)
	 * @param orgGoalId the organisation goal it derives from (JPT)
	 * @param perspective the perspective (JPT)
	 */
	record Content(String text, RhkKind kind, @Nullable Long supervisorRhkId, @Nullable Long orgGoalId,
			@Nullable Perspective perspective) {
	}

	/** Return whether the content differs from this RHK's. */
	boolean differsFrom(Content content) {
		return !this.text.equals(content.text()) || this.kind != content.kind()
				|| !java.util.Objects.equals(this.supervisorRhkId, content.supervisorRhkId())
				|| !java.util.Objects.equals(this.orgGoalId, content.orgGoalId())
				|| this.perspective != content.perspective();
	}

	void change(Content content) {
		if (!java.util.Objects.equals(this.supervisorRhkId, content.supervisorRhkId())) {
			this.supervisorChange = null;
		}
		this.text = content.text();
		this.kind = content.kind();
		this.supervisorRhkId = content.supervisorRhkId();
		this.orgGoalId = content.orgGoalId();
		this.perspective = content.perspective();
	}

	void remove() {
		this.removed = true;
	}

	/** Flag that the supervisor's RHK this one supports was changed or removed. */
	void flagSupervisor(SupervisorChange change) {
		this.supervisorChange = change;
	}

	/** The owner has seen the supervisor's change and keeps the link. */
	void acknowledgeSupervisorChange() {
		this.supervisorChange = null;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public int getPositionNo() {
		return this.positionNo;
	}

	public String getText() {
		return this.text;
	}

	public RhkKind getKind() {
		return this.kind;
	}

	public @Nullable Long getSupervisorRhkId() {
		return this.supervisorRhkId;
	}

	public @Nullable Long getOrgGoalId() {
		return this.orgGoalId;
	}

	public @Nullable Perspective getPerspective() {
		return this.perspective;
	}

	public @Nullable SupervisorChange getSupervisorChange() {
		return this.supervisorChange;
	}

	public boolean isRemoved() {
		return this.removed;
	}

}

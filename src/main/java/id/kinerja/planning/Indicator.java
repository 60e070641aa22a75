package id.kinerja.planning;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator (Indikator Kinerja Individu) of an RHK with its target: in the
 * quantitative approach an aspect and a number with a unit ("2 dokumen"), in the
 * qualitative approach a target described in words. Realisations point at it by id.
 */
@Table("indicator")
public class Indicator extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long rhkId;

	private int positionNo;

	private String text;

	private @Nullable Aspect aspect;

	private String target;

	private @Nullable String targetUnit;

	private boolean removed;

	@PersistenceCreator
	Indicator(long agencyId, long rhkId, int positionNo, String text, @Nullable Aspect aspect, String target,
			@Nullable String targetUnit, boolean removed) {
		this.agencyId = agencyId;
		this.rhkId = rhkId;
		this.positionNo = positionNo;
		this.text = text;
		this.aspect = aspect;
		this.target = target;
		this.targetUnit = targetUnit;
		this.removed = removed;
	}

	static Indicator of(Rhk rhk, int positionNo, Content content) {
		return new Indicator(rhk.getAgencyId(), rhk.getId(), positionNo, content.text(), content.aspect(),
				content.target(), content.unit(), false);
	}

	/**
	 * What the owner writes of an indicator.
	 *
	 * @param text what is measured
	 * @param aspect the aspect (quantitative approach)
	 * @param target the target: a number, or words in the qualitative approach
	 * @param unit the target's unit (quantitative approach)
	 */
	record Content(String text, @Nullable Aspect aspect, String target, @Nullable String unit) {
	}

	boolean differsFrom(Content content) {
		return !this.text.equals(content.text()) || this.aspect != content.aspect()
				|| !this.target.equals(content.target()) || !java.util.Objects.equals(this.targetUnit, content.unit());
	}

	void change(int newPositionNo, Content content) {
		this.positionNo = newPositionNo;
		this.text = content.text();
		this.aspect = content.aspect();
		this.target = content.target();
		this.targetUnit = content.unit();
	}

	void remove() {
		this.removed = true;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getRhkId() {
		return this.rhkId;
	}

	public int getPositionNo() {
		return this.positionNo;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable Aspect getAspect() {
		return this.aspect;
	}

	public String getTarget() {
		return this.target;
	}

	public @Nullable String getTargetUnit() {
		return this.targetUnit;
	}

	public boolean isRemoved() {
		return this.removed;
	}

}

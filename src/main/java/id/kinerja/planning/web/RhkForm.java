package id.kinerja.planning.web;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.planning.Aspect;
import id.kinerja.planning.Perspective;
import id.kinerja.planning.RhkKind;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;

import org.jspecify.annotations.Nullable;

/**
 * The RHK form: the planned result, its kind and link, and its indicators. Blank
 * indicator rows (offered for adding) are left out when saving.
 */
public class RhkForm {

	private @Nullable String text;

	private @Nullable RhkKind kind = RhkKind.UTAMA;

	private @Nullable Long supervisorRhkId;

	private @Nullable Long orgGoalId;

	private @Nullable Perspective perspective;

	private @Nullable Long version;

	private @Nullable Long skpVersion;

	private List<IndicatorRow> indicators = new ArrayList<>();

	static RhkForm blank(long skpVersion) {
		RhkForm form = new RhkForm();
		form.skpVersion = skpVersion;
		form.padRows();
		return form;
	}

	static RhkForm of(SkpView.RhkView rhk) {
		RhkForm form = new RhkForm();
		form.text = rhk.text();
		form.kind = rhk.kind();
		form.supervisorRhkId = rhk.supervisorRhkId();
		form.orgGoalId = rhk.orgGoalId();
		form.perspective = rhk.perspective();
		form.version = rhk.version();
		for (SkpView.IndicatorView indicator : rhk.indicators()) {
			IndicatorRow row = new IndicatorRow();
			row.setId(indicator.id());
			row.setText(indicator.text());
			row.setAspect(indicator.aspect());
			row.setTarget(indicator.target());
			row.setUnit(indicator.unit());
			form.indicators.add(row);
		}
		form.padRows();
		return form;
	}

	/** Offer spare rows, and at least one. */
	void padRows() {
		IndicatorRows.pad(this.indicators, IndicatorRow::blank, IndicatorRow::new);
	}

	SkpService.RhkInput input() {
		List<SkpService.IndicatorInput> given = new ArrayList<>();
		for (IndicatorRow row : this.indicators) {
			if (!row.blank()) {
				given.add(new SkpService.IndicatorInput(row.getId(), row.getText(), row.getAspect(), row.getTarget(),
						row.getUnit()));
			}
		}
		return new SkpService.RhkInput(this.text, this.kind, this.supervisorRhkId, this.orgGoalId, this.perspective,
				given);
	}

	/**
	 * Map a field of the service's input ({@code indicators[0].target}, counting only
	 * filled rows) to the form's field (the row as shown).
	 */
	String formField(String inputField) {
		return IndicatorRows.formField(inputField, this.indicators, IndicatorRow::blank);
	}

	public @Nullable String getText() {
		return this.text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable RhkKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable RhkKind kind) {
		this.kind = kind;
	}

	public @Nullable Long getSupervisorRhkId() {
		return this.supervisorRhkId;
	}

	public void setSupervisorRhkId(@Nullable Long supervisorRhkId) {
		this.supervisorRhkId = supervisorRhkId;
	}

	public @Nullable Long getOrgGoalId() {
		return this.orgGoalId;
	}

	public void setOrgGoalId(@Nullable Long orgGoalId) {
		this.orgGoalId = orgGoalId;
	}

	public @Nullable Perspective getPerspective() {
		return this.perspective;
	}

	public void setPerspective(@Nullable Perspective perspective) {
		this.perspective = perspective;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public @Nullable Long getSkpVersion() {
		return this.skpVersion;
	}

	public void setSkpVersion(@Nullable Long skpVersion) {
		this.skpVersion = skpVersion;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	/** One indicator row of the form. */
	public static class IndicatorRow {

		private @Nullable Long id;

		private @Nullable String text;

		private @Nullable Aspect aspect;

		private @Nullable String target;

		private @Nullable String unit;

		boolean blank() {
			return this.id == null && isBlank(this.text) && isBlank(this.target) && isBlank(this.unit);
		}

		private static boolean isBlank(@Nullable String value) {
			return value == null || value.isBlank();
		}

		public @Nullable Long getId() {
			return this.id;
		}

		public void setId(@Nullable Long id) {
			this.id = id;
		}

		public @Nullable String getText() {
			return this.text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

		public @Nullable Aspect getAspect() {
			return this.aspect;
		}

		public void setAspect(@Nullable Aspect aspect) {
			this.aspect = aspect;
		}

		public @Nullable String getTarget() {
			return this.target;
		}

		public void setTarget(@Nullable String target) {
			this.target = target;
		}

		public @Nullable String getUnit() {
			return this.unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit;
		}

	}

}

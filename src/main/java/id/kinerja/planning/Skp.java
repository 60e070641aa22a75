package id.kinerja.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import id.kinerja.employee.Golongan;
import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * An SKP (Sasaran Kinerja Pegawai): one employee's plan for a position and (part of) a
 * year. The header keeps what was true on the start date — the post, the unit, the rank
 * and the pejabat penilai with the one above — so the document reads the same later. The
 * planned results ({@link Rhk}) and their indicators are aggregates of their own, because
 * other plans and later realisations point at them by id. The state moves draft →
 * submitted → approved (locked) or returned → revised → submitted again.
 */
@Table("skp")
public class Skp extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private final int skpYear;

	private final LocalDate startDate;

	private LocalDate endDate;

	private SkpStatus status;

	private final SkpFormat skpFormat;

	private Approach approach;

	private final @Nullable Long positionId;

	private final @Nullable String positionName;

	private final @Nullable String positionType;

	private final @Nullable Long unitId;

	private final @Nullable String unitName;

	private final Golongan golongan;

	private final @Nullable Long appraiserId;

	private final boolean appraiserRegionalHead;

	private final @Nullable String appraiserPositionName;

	private final @Nullable Long upperAppraiserId;

	private @Nullable String resourceSupport;

	private @Nullable String accountabilityScheme;

	private @Nullable String consequences;

	private @Nullable String returnNote;

	private @Nullable Instant submittedAt;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	private @Nullable String closedReason;

	@MappedCollection(idColumn = "skp_id")
	private Set<BehaviourExpectation> behaviours;

	@PersistenceCreator
	Skp(long agencyId, long employeeId, int skpYear, LocalDate startDate, LocalDate endDate, SkpStatus status,
			SkpFormat skpFormat, Approach approach, @Nullable Long positionId, @Nullable String positionName,
			@Nullable String positionType, @Nullable Long unitId, @Nullable String unitName, Golongan golongan,
			@Nullable Long appraiserId, boolean appraiserRegionalHead, @Nullable String appraiserPositionName,
			@Nullable Long upperAppraiserId, @Nullable String resourceSupport, @Nullable String accountabilityScheme,
			@Nullable String consequences, @Nullable String returnNote, @Nullable Instant submittedAt,
			@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String closedReason,
			Set<BehaviourExpectation> behaviours) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.skpYear = skpYear;
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = status;
		this.skpFormat = skpFormat;
		this.approach = approach;
		this.positionId = positionId;
		this.positionName = positionName;
		this.positionType = positionType;
		this.unitId = unitId;
		this.unitName = unitName;
		this.golongan = golongan;
		this.appraiserId = appraiserId;
		this.appraiserRegionalHead = appraiserRegionalHead;
		this.appraiserPositionName = appraiserPositionName;
		this.upperAppraiserId = upperAppraiserId;
		this.resourceSupport = resourceSupport;
		this.accountabilityScheme = accountabilityScheme;
		this.consequences = consequences;
		this.returnNote = returnNote;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.closedReason = closedReason;
		this.behaviours = new LinkedHashSet<>(behaviours);
	}

	/**
	 * The header of a new plan, as found on its start date.
	 *
	 * @param employeeId the owner
	 * @param year the year
	 * @param startDate the first day
	 * @param endDate the last day
	 * @param format JPT or not
	 * @param positionId the post
	 * @param positionName the post's name
	 * @param positionType the post's type
	 * @param unitId the post's unit
	 * @param unitName the unit's name
	 * @param golongan the owner's rank
	 * @param appraiserId the pejabat penilai, null for the regional head or none
	 * @param appraiserRegionalHead whether the regional head rates
	 * @param appraiserPositionName the pejabat penilai's post
	 * @param upperAppraiserId the atasan pejabat penilai
	 */
	record Header(long employeeId, int year, LocalDate startDate, LocalDate endDate, SkpFormat format,
			@Nullable Long positionId, @Nullable String positionName, @Nullable String positionType,
			@Nullable Long unitId, @Nullable String unitName, Golongan golongan, @Nullable Long appraiserId,
			boolean appraiserRegionalHead, @Nullable String appraiserPositionName, @Nullable Long upperAppraiserId) {
	}

	static Skp draft(long agencyId, Header header) {
		Set<BehaviourExpectation> behaviours = new LinkedHashSet<>();
		for (CoreValue value : EnumSet.allOf(CoreValue.class)) {
			behaviours.add(new BehaviourExpectation(value, null));
		}
		return new Skp(agencyId, header.employeeId(), header.year(), header.startDate(), header.endDate(),
				SkpStatus.DRAFT, header.format(), Approach.KUANTITATIF, header.positionId(), header.positionName(),
				header.positionType(), header.unitId(), header.unitName(), header.golongan(), header.appraiserId(),
				header.appraiserRegionalHead(), header.appraiserPositionName(), header.upperAppraiserId(), null, null,
				null, null, null, null, null, null, behaviours);
	}

	/** Refuse any change of content unless the plan is a draft or was returned. */
	void requireEditable() {
		if (!this.status.editable()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.locked", this.status.name());
		}
	}

	/** Mark the plan as changed (so that concurrent edits of the same plan conflict). */
	void touch() {
		requireEditable();
	}

	void changeApproach(Approach newApproach) {
		requireEditable();
		if (newApproach == Approach.KUALITATIF && this.skpFormat != SkpFormat.JPT) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "planning.skp.approach.jpt-only");
		}
		this.approach = newApproach;
	}

	void changeAttachments(@Nullable String newResourceSupport, @Nullable String newAccountabilityScheme,
			@Nullable String newConsequences) {
		requireEditable();
		this.resourceSupport = newResourceSupport;
		this.accountabilityScheme = newAccountabilityScheme;
		this.consequences = newConsequences;
	}

	/**
	 * Set the pejabat penilai's special expectation for one value; allowed while the plan
	 * is not yet approved.
	 */
	void expect(CoreValue value, @Nullable String expectation) {
		if (this.status == SkpStatus.APPROVED || this.status == SkpStatus.CLOSED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.locked", this.status.name());
		}
		this.behaviours.removeIf((behaviour) -> behaviour.coreValue() == value);
		this.behaviours.add(new BehaviourExpectation(value, expectation));
	}

	void submit(Instant at) {
		requireEditable();
		this.status = SkpStatus.SUBMITTED;
		this.submittedAt = at;
	}

	void approve(Instant at, String by) {
		requireSubmitted();
		this.status = SkpStatus.APPROVED;
		this.decidedAt = at;
		this.decidedBy = by;
		this.returnNote = null;
	}

	void returnWith(String note, Instant at, String by) {
		requireSubmitted();
		this.status = SkpStatus.RETURNED;
		this.returnNote = note;
		this.decidedAt = at;
		this.decidedBy = by;
	}

	/** End the plan early (the employee moved to another post), keeping it. */
	void close(LocalDate lastDay, String reason) {
		if (this.status == SkpStatus.CLOSED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.locked", this.status.name());
		}
		if (lastDay.isBefore(this.startDate)) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "planning.skp.close.before-start");
		}
		this.endDate = lastDay;
		this.status = SkpStatus.CLOSED;
		this.closedReason = reason;
	}

	private void requireSubmitted() {
		if (this.status != SkpStatus.SUBMITTED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "planning.skp.not-submitted", this.status.name());
		}
	}

	/**
	 * The pejabat penilai's special expectation (ekspektasi khusus pimpinan) for one
	 * BerAKHLAK value.
	 *
	 * @param coreValue the value
	 * @param expectation the expectation, null when none was written
	 */
	@Table("skp_behaviour")
	public record BehaviourExpectation(CoreValue coreValue, @Nullable String expectation) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public int getSkpYear() {
		return this.skpYear;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public SkpStatus getStatus() {
		return this.status;
	}

	public SkpFormat getSkpFormat() {
		return this.skpFormat;
	}

	public Approach getApproach() {
		return this.approach;
	}

	public @Nullable Long getPositionId() {
		return this.positionId;
	}

	public @Nullable String getPositionName() {
		return this.positionName;
	}

	public @Nullable String getPositionType() {
		return this.positionType;
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public @Nullable String getUnitName() {
		return this.unitName;
	}

	public Golongan getGolongan() {
		return this.golongan;
	}

	public @Nullable Long getAppraiserId() {
		return this.appraiserId;
	}

	public boolean isAppraiserRegionalHead() {
		return this.appraiserRegionalHead;
	}

	public @Nullable String getAppraiserPositionName() {
		return this.appraiserPositionName;
	}

	public @Nullable Long getUpperAppraiserId() {
		return this.upperAppraiserId;
	}

	public @Nullable String getResourceSupport() {
		return this.resourceSupport;
	}

	public @Nullable String getAccountabilityScheme() {
		return this.accountabilityScheme;
	}

	public @Nullable String getConsequences() {
		return this.consequences;
	}

	public @Nullable String getReturnNote() {
		return this.returnNote;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	public @Nullable String getClosedReason() {
		return this.closedReason;
	}

	public Set<BehaviourExpectation> getBehaviours() {
		return Set.copyOf(this.behaviours);
	}

}

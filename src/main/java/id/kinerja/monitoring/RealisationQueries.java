package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerja.planning.PlanningAccess;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpView;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of periodic realisation for those who may read the plan: the plan's periods with
 * where each stands, and one period's sheet — every indicator with its realisation,
 * evidence and the daily logs of the period offered as a draft.
 */
@Service
public class RealisationQueries {

	private final RealisationReportRepository reports;

	private final RealisationRepository realisations;

	private final EvidenceRepository evidence;

	private final DailyLogRepository logs;

	private final SkpQueries plans;

	private final PlanningAccess access;

	private final Deadlines deadlines;

	RealisationQueries(RealisationReportRepository reports, RealisationRepository realisations,
			EvidenceRepository evidence, DailyLogRepository logs, SkpQueries plans, PlanningAccess access,
			Deadlines deadlines) {
		this.reports = reports;
		this.realisations = realisations;
		this.evidence = evidence;
		this.logs = logs;
		this.plans = plans;
		this.access = access;
		this.deadlines = deadlines;
	}

	/**
	 * A period of a plan as listed.
	 *
	 * @param period the period
	 * @param deadline its deadline for the plan's unit
	 * @param status the report's state, null when nothing is written yet
	 * @param late whether it was submitted after the standard deadline
	 * @param open whether it may be written now
	 * @param started whether it has begun
	 * @param written how many indicators have a realisation
	 */
	public record PeriodLine(ReportingPeriod period, LocalDate deadline, @Nullable ReportStatus status, boolean late,
			boolean open, boolean started, int written) {

		/** Whether the period is past its deadline without a submission. */
		public boolean overdue() {
			return !this.open && this.started && (this.status == null || this.status.editable());
		}

	}

	/** List the periods of the plan's year that the plan covers. */
	@Transactional(readOnly = true)
	public List<PeriodLine> periods(long skpId) {
		Skp skp = this.plans.header(skpId);
		Map<String, RealisationReport> byCode = this.reports.findBySkpIdOrderByPeriodStart(skpId)
			.stream()
			.collect(Collectors.toMap(RealisationReport::getPeriodCode, Function.identity()));
		Map<Long, Long> counts = this.realisations.findBySkpId(skpId)
			.stream()
			.collect(Collectors.groupingBy(Realisation::getReportId, Collectors.counting()));
		LocalDate today = this.deadlines.today();
		List<PeriodLine> lines = new ArrayList<>();
		for (ReportingPeriod period : this.deadlines.periodsOf(skp.getAgencyId(), skp.getSkpYear())) {
			if (!period.overlaps(skp.getStartDate(), skp.getEndDate())) {
				continue;
			}
			LocalDate deadline = this.deadlines.deadline(skp.getAgencyId(), skp.getUnitId(), period);
			RealisationReport report = byCode.get(period.code());
			boolean started = !period.start().isAfter(today);
			lines.add(new PeriodLine(period, deadline, (report != null) ? report.getStatus() : null,
					report != null && report.isSubmittedLate(), started && !today.isAfter(deadline), started,
					(report != null) ? counts.getOrDefault(report.getId(), 0L).intValue() : 0));
		}
		return lines;
	}

	/**
	 * One indicator's line of a period's sheet.
	 *
	 * @param rhk the RHK
	 * @param indicator the indicator
	 * @param indicatorNumber its number within the RHK, from 1
	 * @param measured whether the value is a number
	 * @param rule how achievement is computed
	 * @param realisation what is written, null when nothing
	 * @param evidence its evidence
	 */
	public record Line(SkpView.RhkView rhk, SkpView.IndicatorView indicator, int indicatorNumber, boolean measured,
			Achievement.Rule rule, @Nullable Realisation realisation, List<Evidence> evidence) {
	}

	/**
	 * What the daily logs of a period say of one RHK, offered as the draft of its
	 * realisation.
	 *
	 * @param rhkId the RHK, null for entries that serve none
	 * @param entries how many entries
	 * @param activities the activities, oldest first (at most 20)
	 * @param totals the quantities added up per unit
	 * @param note the suggested note
	 */
	public record LogDraft(@Nullable Long rhkId, int entries, List<String> activities, Map<String, BigDecimal> totals,
			String note) {

		/** Return the total in the indicator's unit, if the logs counted in it. */
		public @Nullable BigDecimal totalIn(@Nullable String unit) {
			if (unit == null) {
				return null;
			}
			return this.totals.get(unit.strip().toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * A period's sheet.
	 *
	 * @param skp the plan
	 * @param period the period
	 * @param deadline the deadline for the plan's unit
	 * @param standardDeadline the agency's standard deadline
	 * @param open whether it may be written now
	 * @param report the report, null when nothing is written
	 * @param owner whether the reader owns the plan
	 * @param decider whether the reader acknowledges or returns it
	 * @param lines every indicator in plan order
	 * @param drafts the daily logs of the period per RHK
	 */
	public record Sheet(SkpView skp, ReportingPeriod period, LocalDate deadline, LocalDate standardDeadline,
			boolean open, @Nullable RealisationReport report, boolean owner, boolean decider, List<Line> lines,
			Map<Long, LogDraft> drafts) {

		/** Return the report's state, DRAFT when nothing is written yet. */
		public ReportStatus status() {
			return (this.report != null) ? this.report.getStatus() : ReportStatus.DRAFT;
		}

		/** Whether the owner may write now. */
		public boolean writable() {
			return this.owner && this.open && status().editable()
					&& (this.skp.status() == id.kinerja.planning.SkpStatus.APPROVED
							|| this.skp.status() == id.kinerja.planning.SkpStatus.CLOSED);
		}

		/** Whether every indicator has a realisation. */
		public boolean complete() {
			return this.lines.stream().allMatch((line) -> line.realisation() != null);
		}

	}

	/** Return the whole plan, for those who may read it. */
	@Transactional(readOnly = true)
	public SkpView plan(long skpId) {
		return this.plans.skp(skpId);
	}

	/** Return the sheet of one period of the plan. */
	@Transactional(readOnly = true)
	public Sheet sheet(long skpId, @Nullable String periodCode) {
		Skp skp = this.plans.header(skpId);
		SkpView view = this.plans.skp(skpId);
		ReportingPeriod period = this.deadlines.period(skp.getAgencyId(), periodCode, "period");
		LocalDate deadline = this.deadlines.deadline(skp.getAgencyId(), skp.getUnitId(), period);
		LocalDate today = this.deadlines.today();
		boolean open = !period.start().isAfter(today) && !today.isAfter(deadline) && period.year() == skp.getSkpYear()
				&& period.overlaps(skp.getStartDate(), skp.getEndDate());
		Optional<RealisationReport> report = this.reports.findBySkpIdAndPeriodCode(skpId, period.code());
		List<Realisation> written = report.map((r) -> this.realisations.findByReportId(r.getId())).orElse(List.of());
		Map<Long, List<Evidence>> evidenceOf = written.isEmpty() ? Map.of()
				: this.evidence.findByRealisationIdIn(written.stream().map(Realisation::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(Evidence::getRealisationId));
		List<Line> lines = new ArrayList<>();
		for (SkpView.RhkView rhk : view.rhk()) {
			int number = 0;
			for (SkpView.IndicatorView indicator : rhk.indicators()) {
				number++;
				Realisation realisation = written.stream()
					.filter((r) -> r.getIndicatorId() == indicator.id())
					.findFirst()
					.orElse(null);
				Achievement.Rule rule = Achievement.rule(indicator.aspect(), indicator.target(), indicator.unit(),
						(realisation != null) ? realisation.getBudget() : null);
				lines.add(new Line(rhk, indicator, number, RealisationService.measured(view, indicator), rule,
						realisation,
						(realisation != null) ? evidenceOf.getOrDefault(realisation.getId(), List.of()) : List.of()));
			}
		}
		return new Sheet(view, period, deadline, this.deadlines.standardDeadline(skp.getAgencyId(), period), open,
				report.orElse(null), this.access.owns(skp), this.access.decides(skp), lines,
				drafts(skp.getEmployeeId(), period));
	}

	/** Return the period's daily logs of the employee, per RHK they serve. */
	Map<Long, LogDraft> drafts(long employeeId, ReportingPeriod period) {
		List<DailyLog> entries = new ArrayList<>(
				this.logs.findByEmployeeIdAndVoidedFalseAndLogDateBetweenOrderByLogDateDescIdDesc(employeeId,
						period.start(), period.end()));
		java.util.Collections.reverse(entries);
		Map<Long, List<DailyLog>> byRhk = new LinkedHashMap<>();
		for (DailyLog entry : entries) {
			byRhk.computeIfAbsent(Objects.requireNonNullElse(entry.getRhkId(), 0L), (key) -> new ArrayList<>())
				.add(entry);
		}
		Map<Long, LogDraft> drafts = new LinkedHashMap<>();
		byRhk.forEach((rhkId, group) -> {
			Map<String, BigDecimal> totals = new LinkedHashMap<>();
			StringBuilder note = new StringBuilder();
			List<String> activities = new ArrayList<>();
			for (DailyLog entry : group) {
				if (entry.getQuantity() != null && entry.getOutputUnit() != null) {
					totals.merge(entry.getOutputUnit().strip().toLowerCase(Locale.ROOT), entry.getQuantity(),
							BigDecimal::add);
				}
				if (activities.size() < 20) {
					activities.add(entry.getActivity());
				}
				if (note.length() < 1800) {
					note.append("- ").append(entry.getLogDate()).append(": ").append(entry.getActivity());
					if (entry.getQuantity() != null) {
						note.append(" (")
							.append(entry.getQuantity().stripTrailingZeros().toPlainString())
							.append(' ')
							.append(Objects.requireNonNullElse(entry.getOutputUnit(), ""))
							.append(')');
					}
					note.append('\n');
				}
			}
			String text = note.toString().strip();
			drafts.put(rhkId, new LogDraft((rhkId == 0L) ? null : rhkId, group.size(), activities, totals,
					(text.length() > 2000) ? text.substring(0, 2000) : text));
		});
		return drafts;
	}

	/**
	 * List the realisations of the plan (of one period, or all), for those who may read
	 * it.
	 */
	@Transactional(readOnly = true)
	public List<Realisation> realisations(long skpId, @Nullable String periodCode) {
		Skp skp = this.plans.header(skpId);
		if (periodCode == null || periodCode.isBlank()) {
			return this.realisations.findBySkpId(skpId);
		}
		ReportingPeriod period = this.deadlines.period(skp.getAgencyId(), periodCode, "period");
		return this.reports.findBySkpIdAndPeriodCode(skpId, period.code())
			.map((report) -> this.realisations.findByReportId(report.getId()))
			.orElse(List.of());
	}

	/** Return the period code of a realisation's report. */
	@Transactional(readOnly = true)
	public String periodOf(Realisation realisation) {
		return this.reports.findById(realisation.getReportId()).orElseThrow().getPeriodCode();
	}

	/**
	 * Return the report by id (no check: the caller read the realisation through a
	 * check).
	 */
	@Transactional(readOnly = true)
	public RealisationReport report(long reportId) {
		return this.reports.findById(reportId).orElseThrow();
	}

	/** Return when the caller last changed anything of the plan's period, if ever. */
	static @Nullable Instant lastChange(List<Realisation> written) {
		return written.stream()
			.map(Realisation::getUpdatedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
	}

}

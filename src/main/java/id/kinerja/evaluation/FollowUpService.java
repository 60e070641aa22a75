package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerja.agency.Jenjang;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.PostHoldings;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows from the evaluations (tindak lanjut, {@code domain.md} section 7), as
 * signals for now: the credit points earned, the open development needs (perlu
 * pembinaan), promotion eligibility (a final annual predikat of at least Baik in each of
 * the last two years) and the talent-pool flag (Sangat Baik in both). One employee's
 * signals are read by the employee, those above in the line, the Admin OPD of the unit,
 * Admin BKPSDM and Auditor (403 for anyone else, 404 for another agency); the agency
 * lists by Admin BKPSDM and Auditor for the whole agency and by Admin OPD for their
 * units.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	private final AnnualResults annualResults;

	private final DevelopmentNeedRepository needs;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final PostHoldings holdings;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUpService(AnnualResults annualResults, DevelopmentNeedRepository needs, EmployeeRepository employees,
			EmployeeDirectory directory, PostHoldings holdings, JdbcClient jdbc, Clock clock) {
		this.annualResults = annualResults;
		this.needs = needs;
		this.employees = employees;
		this.directory = directory;
		this.holdings = holdings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How one year counts for a two-year signal. */
	public enum YearStanding {

		/** The final annual predikat meets the signal's bar. */
		MET,
		/** The final annual predikat is below the bar. */
		BELOW,
		/** No final annual predikat for the year (none, or not yet final). */
		MISSING;

	}

	/**
	 * One year of an employee.
	 *
	 * @param year the year
	 * @param predikat the combined annual predikat, null until rated
	 * @param isFinal whether it is final (finalised or received)
	 * @param creditPoints the credit points recorded for the year's plans, null when none
	 * @param jenjang the jenjang the credit points were computed for (of the last plan)
	 * @param creditMonths the months they cover
	 */
	public record YearResult(int year, @Nullable Predikat predikat, boolean isFinal, @Nullable BigDecimal creditPoints,
			@Nullable Jenjang jenjang, @Nullable Integer creditMonths) {
	}

	/**
	 * A two-year signal (promotion or talent pool) for a year and the year before.
	 *
	 * @param year the later year
	 * @param met whether both years meet the bar
	 * @param thisYear how the year stands
	 * @param yearBefore how the year before stands
	 * @param bar the predikat both years must reach
	 */
	public record Signal(int year, boolean met, YearStanding thisYear, YearStanding yearBefore, Predikat bar) {
	}

	/**
	 * An open (or cancelled) development need as shown.
	 *
	 * @param id the need
	 * @param year the year of the evaluation
	 * @param periodCode the evaluation's period
	 * @param predikat the predikat that gave it
	 * @param support the support suggested
	 * @param status where it stands
	 * @param note the message key of the closing note
	 * @param appealId the appeal that cancelled it
	 * @param appealPredikat the predikat the appeal gave
	 */
	public record NeedView(long id, int year, @Nullable String periodCode, Predikat predikat,
			DevelopmentNeed.Support support, DevelopmentNeed.Status status, @Nullable String note,
			@Nullable Long appealId, @Nullable Predikat appealPredikat) {

		static NeedView of(DevelopmentNeed need) {
			return new NeedView(need.getId(), need.getNeedYear(), need.getPeriodCode(), need.getPredikat(),
					need.getSupport(), need.getStatus(), need.getNote(), need.getAppealId(), need.getAppealPredikat());
		}

	}

	/**
	 * The follow-up of one employee.
	 *
	 * @param nip the employee's NIP
	 * @param name the name with titles
	 * @param year the year the two-year signals are for
	 * @param years every year with an annual evaluation, latest first
	 * @param totalCreditPoints the credit points of all years
	 * @param needs the development needs, latest first
	 * @param promotion promotion eligibility for the year
	 * @param talentPool the talent-pool flag for the year
	 */
	public record EmployeeFollowUp(String nip, String name, int year, List<YearResult> years,
			BigDecimal totalCreditPoints, List<NeedView> needs, Signal promotion, Signal talentPool) {

		/** Return the open needs only. */
		public List<NeedView> openNeeds() {
			return this.needs.stream().filter((need) -> need.status() == DevelopmentNeed.Status.OPEN).toList();
		}

	}

	/**
	 * An employee in an agency list.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param unitName the unit of the post held at the end of the year
	 * @param predikat the predikat of the signal (the year's, or the need's)
	 * @param support the support suggested (development needs only)
	 * @param periodCode the evaluation's period (development needs only)
	 */
	public record ListedEmployee(String nip, String name, @Nullable String unitName, Predikat predikat,
			DevelopmentNeed.@Nullable Support support, @Nullable String periodCode) {
	}

	/**
	 * Return the follow-up of the employee with the NIP; the two-year signals are for the
	 * given year, or by default the latest year with an annual evaluation (this year when
	 * there is none).
	 */
	public EmployeeFollowUp ofEmployee(String nip, @Nullable Integer year) {
		Employee employee = readable(nip);
		long employeeId = employee.getId();
		List<YearResult> years = years(employeeId);
		int signalYear = (year != null) ? year
				: years.stream().mapToInt(YearResult::year).max().orElse(LocalDate.now(this.clock).getYear());
		BigDecimal total = years.stream()
			.map(YearResult::creditPoints)
			.filter((points) -> points != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<NeedView> needs = this.needs.findByEmployeeIdOrderByNeedYearDescIdDesc(employeeId)
			.stream()
			.map(NeedView::of)
			.toList();
		Optional<AnnualResults.AnnualResult> now = this.annualResults.of(employeeId, signalYear);
		Optional<AnnualResults.AnnualResult> before = this.annualResults.of(employeeId, signalYear - 1);
		return new EmployeeFollowUp(employee.getNip(), employee.getFullName(), signalYear, years, total, needs,
				signal(signalYear, now, before, Predikat.BAIK), signal(signalYear, now, before, Predikat.SANGAT_BAIK));
	}

	/**
	 * Return the open development needs of the year's evaluations in the caller's reach:
	 * the agency for Admin BKPSDM and Auditor, the administered units for Admin OPD.
	 */
	public List<ListedEmployee> developmentNeeds(int year) {
		Actor actor = requireLister();
		List<DevelopmentNeed> open = this.needs.findByAgencyIdAndNeedYearAndStatusOrderByEmployeeId(actor.agencyId(),
				year, DevelopmentNeed.Status.OPEN);
		Map<Long, PostHoldings.Holding> people = this.holdings
			.of(open.stream().map(DevelopmentNeed::getEmployeeId).toList(), LocalDate.of(year, 12, 31));
		List<ListedEmployee> listed = new ArrayList<>();
		for (DevelopmentNeed need : open) {
			PostHoldings.Holding holding = people.get(need.getEmployeeId());
			if (holding != null && inReach(actor, need.getEmployeeId())) {
				listed.add(new ListedEmployee(holding.nip(), holding.fullName(), holding.unitName(), need.getPredikat(),
						need.getSupport(), need.getPeriodCode()));
			}
		}
		return listed;
	}

	/**
	 * Return the employees in the caller's reach whose final annual predikat is Sangat
	 * Baik in the year and in the year before: the talent pool.
	 */
	public List<ListedEmployee> talentPool(int year) {
		Actor actor = requireLister();
		Map<Long, AnnualResults.AnnualResult> before = this.annualResults.ofYear(actor.agencyId(), year - 1)
			.stream()
			.collect(Collectors.toMap(AnnualResults.AnnualResult::employeeId, Function.identity()));
		List<Long> pool = this.annualResults.ofYear(actor.agencyId(), year)
			.stream()
			.filter((result) -> excellent(result) && excellent(before.get(result.employeeId())))
			.map(AnnualResults.AnnualResult::employeeId)
			.toList();
		Map<Long, PostHoldings.Holding> people = this.holdings.of(pool, LocalDate.of(year, 12, 31));
		return pool.stream()
			.filter((id) -> people.containsKey(id) && inReach(actor, id))
			.map((id) -> new ListedEmployee(people.get(id).nip(), people.get(id).fullName(), people.get(id).unitName(),
					Predikat.SANGAT_BAIK, null, null))
			.sorted(Comparator.comparing(ListedEmployee::name))
			.toList();
	}

	private static boolean excellent(AnnualResults.@Nullable AnnualResult result) {
		return result != null && result.isFinal() && result.predikat() == Predikat.SANGAT_BAIK;
	}

	private static Signal signal(int year, Optional<AnnualResults.AnnualResult> now,
			Optional<AnnualResults.AnnualResult> before, Predikat bar) {
		YearStanding thisYear = standing(now, bar);
		YearStanding yearBefore = standing(before, bar);
		return new Signal(year, thisYear == YearStanding.MET && yearBefore == YearStanding.MET, thisYear, yearBefore,
				bar);
	}

	private static YearStanding standing(Optional<AnnualResults.AnnualResult> result, Predikat bar) {
		if (result.isEmpty() || !result.get().isFinal() || result.get().predikat() == null) {
			return YearStanding.MISSING;
		}
		return result.get().predikat().atLeast(bar) ? YearStanding.MET : YearStanding.BELOW;
	}

	/** Every year with an annual evaluation, latest first, with its credit points. */
	private List<YearResult> years(long employeeId) {
		record Row(int year, @Nullable String jenjang, @Nullable Integer months, @Nullable BigDecimal points) {
		}
		List<Row> rows = this.jdbc
			.sql("SELECT period_year, credit_jenjang, credit_months, credit_points FROM evaluation"
					+ " WHERE employee_id = :employee AND annual ORDER BY period_year, period_start")
			.param("employee", employeeId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
					rs.getBigDecimal(4)))
			.list();
		Map<Integer, List<Row>> byYear = new TreeMap<>(Comparator.reverseOrder());
		rows.forEach((row) -> byYear.computeIfAbsent(row.year(), (y) -> new ArrayList<>()).add(row));
		List<YearResult> years = new ArrayList<>();
		byYear.forEach((year, ofYear) -> {
			Optional<AnnualResults.AnnualResult> result = this.annualResults.of(employeeId, year);
			BigDecimal points = null;
			Jenjang jenjang = null;
			Integer months = null;
			for (Row row : ofYear) {
				if (row.points() != null) {
					points = (points == null) ? row.points() : points.add(row.points());
					months = (months == null) ? row.months() : Integer.valueOf(months + row.months());
					jenjang = (row.jenjang() != null) ? Jenjang.valueOf(row.jenjang()) : jenjang;
				}
			}
			years.add(new YearResult(year, result.map(AnnualResults.AnnualResult::predikat).orElse(null),
					result.map(AnnualResults.AnnualResult::isFinal).orElse(false), points, jenjang, months));
		});
		return years;
	}

	private Employee readable(String nip) {
		Actor actor = EvaluationAccess.actor();
		Employee employee = this.employees.findByNip(nip.strip())
			.filter((found) -> found.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
		if (!this.directory.mayReadProfile(employee)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.followup.denied");
		}
		return employee;
	}

	private static Actor requireLister() {
		Actor actor = EvaluationAccess.actor();
		if (actor.hasRole(EvaluationAccess.ADMIN_BKPSDM) || actor.hasRole(EvaluationAccess.AUDITOR)
				|| !actor.adminUnitIds().isEmpty()) {
			return actor;
		}
		throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.followup.list-denied");
	}

	private boolean inReach(Actor actor, long employeeId) {
		return actor.hasRole(EvaluationAccess.ADMIN_BKPSDM) || actor.hasRole(EvaluationAccess.AUDITOR)
				|| this.directory.administers(employeeId);
	}

}

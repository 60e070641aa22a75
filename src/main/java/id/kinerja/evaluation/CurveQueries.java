package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.ReportingLines;
import id.kinerja.evaluation.AnnualResults.AnnualResult;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.PerformancePeriod;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution check of each unit for a year ({@code domain.md} section 5): who is
 * counted in the unit, their predikat against the pattern that the unit's organisation
 * result fixes, per unit or per pejabat penilai as the year's settings say. Set-based:
 * the whole agency is read in a handful of queries whatever its size. Admin BKPSDM and
 * the Auditor read every unit, Admin OPD the units they administer, a unit's leader his
 * subtree; anyone else is refused (403), another agency's unit is not found (404).
 */
@Service
@Transactional(readOnly = true)
public class CurveQueries {

	private final UnitRepository units;

	private final UnitService unitService;

	private final OrganisationResultRepository results;

	private final UnitFinalisationRepository finalisations;

	private final AnnualResults annual;

	private final ReportingLines lines;

	private final PeriodService periods;

	private final CurveAccess access;

	private final JdbcClient jdbc;

	private final EvaluationRepository evaluations;

	private final EmployeeRepository employees;

	CurveQueries(UnitRepository units, UnitService unitService, OrganisationResultRepository results,
			UnitFinalisationRepository finalisations, AnnualResults annual, ReportingLines lines, PeriodService periods,
			CurveAccess access, JdbcClient jdbc, EvaluationRepository evaluations, EmployeeRepository employees) {
		this.evaluations = evaluations;
		this.employees = employees;
		this.units = units;
		this.unitService = unitService;
		this.results = results;
		this.finalisations = finalisations;
		this.annual = annual;
		this.lines = lines;
		this.periods = periods;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The check of one group (the unit, or one pejabat penilai inside it).
	 *
	 * @param appraiserId the pejabat penilai, null for the whole unit (or ratings by
	 * Admin BKPSDM)
	 * @param check the verdict, null when the unit has no organisation result
	 * @param counts the number with each predikat
	 * @param total how many are rated
	 */
	public record Group(@Nullable Long appraiserId, DistributionCurve.@Nullable Check check,
			Map<Predikat, Integer> counts, int total) {

		/** Whether the group fits (always, without a result). */
		public boolean fits() {
			return this.check == null || this.check.fits();
		}

		/** Return the bounds that do not hold. */
		public List<DistributionCurve.Bound> violations() {
			return (this.check == null) ? List.of() : this.check.violations();
		}

	}

	/**
	 * A bound that does not hold, with the group it was checked in.
	 *
	 * @param appraiserId the pejabat penilai of the group, null when checked per unit
	 * @param bound the bound
	 */
	public record Violation(@Nullable Long appraiserId, DistributionCurve.Bound bound) {
	}

	/**
	 * The distribution of one unit in a year.
	 *
	 * @param unit the unit
	 * @param year the year
	 * @param result its organisation result, null while not set
	 * @param unitCheck the check over the whole unit (null without a result)
	 * @param counts the number of counted employees with each predikat
	 * @param total how many counted employees are rated
	 * @param members everyone counted in the unit (rated or not), by their combined
	 * annual result; empty in the agency-wide views ({@link #ofAgency},
	 * {@link #overview}), which only count
	 * @param unrated those counted but not rated yet; empty in the agency-wide views
	 * @param unratedCount how many counted employees are not rated yet
	 * @param groups per pejabat penilai when the scope is APPRAISER, else empty
	 * @param scope over whom the curve is checked
	 * @param enforcement whether a misfit warns or blocks finalisation
	 * @param finalisation the unit's finalisation of the year, if done
	 */
	public record UnitDistribution(Unit unit, int year, @Nullable OrganisationResult result,
			DistributionCurve.@Nullable Check unitCheck, Map<Predikat, Integer> counts, int total,
			List<AnnualResult> members, List<AnnualResult> unrated, int unratedCount, List<Group> groups,
			CurveScope scope, CurveEnforcement enforcement, @Nullable UnitFinalisation finalisation) {

		/** Return the unit's predikat kinerja organisasi, null while not set. */
		public @Nullable OrganisationPredikat unitPredikat() {
			return (this.result == null) ? null : this.result.getPredikat();
		}

		/** Whether the curve fits: every group in APPRAISER scope, the unit otherwise. */
		public boolean fits() {
			if (this.unitCheck == null) {
				return true;
			}
			if (this.scope == CurveScope.APPRAISER) {
				return this.groups.stream().allMatch(Group::fits);
			}
			return this.unitCheck.fits();
		}

		/** Return what does not hold, per group in APPRAISER scope. */
		public List<Violation> violations() {
			if (this.unitCheck == null) {
				return List.of();
			}
			if (this.scope == CurveScope.APPRAISER) {
				List<Violation> all = new ArrayList<>();
				this.groups.forEach(
						(group) -> group.violations().forEach((b) -> all.add(new Violation(group.appraiserId(), b))));
				return all;
			}
			return this.unitCheck.violations().stream().map((b) -> new Violation(null, b)).toList();
		}

		/** Return the bounds over the whole unit (empty without a result). */
		public List<DistributionCurve.Bound> bounds() {
			return (this.unitCheck == null) ? List.of() : this.unitCheck.bounds();
		}

		/** Whether the unit is finalised for the year. */
		public boolean finalised() {
			return this.finalisation != null;
		}

	}

	/**
	 * Return the distribution of one unit of the caller's agency; refuses (403) who may
	 * not read it, 404 for an unknown unit.
	 */
	public UnitDistribution ofUnit(String unitCode, int year) {
		Actor actor = EvaluationAccess.actor();
		Unit unit = this.unitService.require(actor.agencyId(), unitCode);
		if (!this.access.mayRead(actor, unit)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.distribution.denied");
		}
		return compute(actor.agencyId(), unit, year);
	}

	/**
	 * Return the distribution of every unit with an organisation result that the caller
	 * may read, ordered by unit path; refuses (403) who reads no unit at all.
	 */
	public List<UnitDistribution> ofAgency(int year) {
		Actor actor = EvaluationAccess.actor();
		if (!this.access.readsSomething(actor)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.distribution.denied");
		}
		List<Unit> roots = this.access.readsAll(actor) ? null : this.access.readableRoots(actor);
		Long self = actor.employeeId();
		java.util.Set<Long> below = (roots == null || self == null) ? java.util.Set.of()
				: this.access.everyoneBelow(self);
		Map<Long, Long> leaders = (roots == null) ? Map.of()
				: this.lines.unitLeaders(actor.agencyId(), this.access.today());
		return countAll(actor.agencyId(), year).values()
			.stream()
			.filter((d) -> roots == null || CurveAccess.within(d.unit(), roots)
					|| (leaders.get(d.unit().getId()) != null && below.contains(leaders.get(d.unit().getId()))))
			.toList();
	}

	/**
	 * One line of the Monitoring Kurva page.
	 *
	 * @param unit the unit
	 * @param distribution its distribution, null while no result is set
	 * @param maySet whether the caller may set the unit's result
	 * @param mayCalibrate whether the caller may calibrate and finalise it
	 */
	public record OverviewLine(Unit unit, @Nullable UnitDistribution distribution, boolean maySet,
			boolean mayCalibrate) {
	}

	/**
	 * Return the open units the caller may read, with their distribution where a result
	 * is set and what the caller may do with each, for the Monitoring Kurva page. The
	 * permissions are worked out once for all units (the units the caller leads and
	 * everyone below him), not unit by unit.
	 */
	public List<OverviewLine> overview(int year) {
		Actor actor = EvaluationAccess.actor();
		if (!this.access.readsSomething(actor)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.distribution.denied");
		}
		List<Unit> roots = this.access.readsAll(actor) ? null : this.access.readableRoots(actor);
		Map<Long, UnitDistribution> computed = countAll(actor.agencyId(), year);
		boolean admin = this.access.isAdmin(actor);
		List<Unit> led = this.access.ledUnits(actor);
		Long self = actor.employeeId();
		java.util.Set<Long> below = (admin || self == null) ? java.util.Set.of() : this.access.everyoneBelow(self);
		Map<Long, Long> leaders = this.lines.unitLeaders(actor.agencyId(), this.access.today());
		List<OverviewLine> rows = new ArrayList<>();
		for (Unit unit : this.units.findSubtree(actor.agencyId(), "/%")) {
			Long leader = leaders.get(unit.getId());
			boolean above = leader != null && !leader.equals(self) && below.contains(leader);
			if (unit.isClosed() || (roots != null && !CurveAccess.within(unit, roots) && !above)) {
				continue;
			}
			boolean leads = led.stream().anyMatch((u) -> u.getId().equals(unit.getId()));
			boolean leadsAncestor = led.stream()
				.anyMatch((u) -> !u.getId().equals(unit.getId()) && unit.getPath().startsWith(u.getPath()));
			boolean maySet = admin || leadsAncestor || above;
			rows.add(new OverviewLine(unit, computed.get(unit.getId()), maySet, admin || leads));
		}
		return rows;
	}

	/** Return the organisation result of a unit in a year, for who may read the unit. */
	public Optional<OrganisationResult> result(String unitCode, int year) {
		Actor actor = EvaluationAccess.actor();
		Unit unit = this.unitService.require(actor.agencyId(), unitCode);
		if (!this.access.mayRead(actor, unit)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.distribution.denied");
		}
		return this.results.findByUnitIdAndResultYear(unit.getId(), year);
	}

	/** Whether the caller may set the unit's organisation result. */
	public boolean maySetResult(Unit unit, int year) {
		Actor actor = EvaluationAccess.actor();
		Long leader = this.lines.unitLeaders(actor.agencyId(), this.access.today()).get(unit.getId());
		return this.access.maySetResult(actor, unit, leader);
	}

	/** Whether the caller may calibrate and finalise the unit. */
	public boolean mayCalibrate(Unit unit) {
		return this.access.mayCalibrate(EvaluationAccess.actor(), unit);
	}

	/**
	 * One person counted in a unit, as the calibration page shows them.
	 *
	 * @param evaluation the combined annual evaluation
	 * @param nip the employee's NIP
	 * @param name the employee's name
	 * @param fixedHasil the rating hasil kerja that the organisation result of the unit
	 * the person leads gives, or null when the person leads no unit with a result
	 */
	public record Member(Evaluation evaluation, String nip, String name, @Nullable Rating fixedHasil) {
	}

	/**
	 * Return everyone counted in the unit with their evaluation, by name; the caller has
	 * read the distribution (which checks access).
	 */
	public List<Member> members(UnitDistribution distribution) {
		long agencyId = distribution.unit().getAgencyId();
		CurveSnapshot snapshot = snapshot(agencyId, distribution.year());
		List<Long> ids = distribution.members().stream().map(AnnualResult::evaluationId).toList();
		Map<Long, Employee> people = new HashMap<>();
		this.employees.findAllById(distribution.members().stream().map(AnnualResult::employeeId).toList())
			.forEach((e) -> people.put(e.getId(), e));
		List<Member> out = new ArrayList<>();
		for (Evaluation evaluation : this.evaluations.findAllById(ids)) {
			Employee person = people.get(evaluation.getEmployeeId());
			Long unitId = evaluation.getUnitId();
			OrganisationResult own = (unitId == null) ? null : snapshot.result(unitId);
			Rating fixed = (own != null && snapshot.leads(evaluation.getEmployeeId(), unitId))
					? own.getPredikat().leaderRatingHasil() : null;
			out.add(new Member(evaluation, (person == null) ? "" : person.getNip(),
					(person == null) ? "" : person.getName(), fixed));
		}
		out.sort(java.util.Comparator.comparing(Member::name));
		return out;
	}

	/** Return one member of the unit's distribution, or 404. */
	public Member member(UnitDistribution distribution, long evaluationId) {
		return members(distribution).stream()
			.filter((m) -> m.evaluation().getId() == evaluationId)
			.findFirst()
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found"));
	}

	/** Read the year's snapshot of the agency. */
	CurveSnapshot snapshot(long agencyId, int year) {
		return new CurveSnapshot(this.units.findByAgencyIdOrderByCode(agencyId),
				this.results.findByAgencyIdAndResultYear(agencyId, year),
				this.lines.unitLeaders(agencyId, this.access.structureDay(year)));
	}

	/** Return the distribution of one unit, without asking who is signed in. */
	UnitDistribution compute(long agencyId, Unit unit, int year) {
		return computeAll(agencyId, year, unit, true).get(unit.getId());
	}

	/**
	 * Compute the distribution of every unit with a result (and of {@code extra}, treated
	 * as if it had one, when given).
	 */
	Map<Long, UnitDistribution> computeAll(long agencyId, int year, @Nullable Unit extraUnit, boolean onlyExtra) {
		Long extra = (extraUnit == null) ? null : extraUnit.getId();
		PerformancePeriod period = this.periods.year(agencyId, year);
		CurveSnapshot snapshot = snapshot(agencyId, year);
		// One unit reads only the people of its subtree (everyone counted in it works
		// there); the whole agency reads everybody at once.
		List<AnnualResult> annualResults = (onlyExtra && extraUnit != null)
				? this.annual.ofUnits(agencyId, year, snapshot.subtree(extraUnit)) : this.annual.ofYear(agencyId, year);
		Map<Long, List<AnnualResult>> members = new HashMap<>();
		for (AnnualResult result : annualResults) {
			Long unitId = snapshot.countedIn(result.unitId(), result.employeeId(), extra);
			if (unitId != null) {
				members.computeIfAbsent(unitId, (id) -> new ArrayList<>()).add(result);
			}
		}
		Map<Long, Long> raters = (period.getCurveScope() == CurveScope.APPRAISER) ? raters(agencyId, year) : Map.of();
		Map<Long, UnitFinalisation> finals = new HashMap<>();
		this.finalisations.findByAgencyIdAndResultYear(agencyId, year).forEach((f) -> finals.put(f.getUnitId(), f));
		List<Long> unitIds = onlyExtra ? new ArrayList<>() : new ArrayList<>(snapshot.resultUnits());
		if (extra != null && !unitIds.contains(extra)) {
			unitIds.add(extra);
		}
		List<Unit> ordered = unitIds.stream()
			.map(snapshot::unit)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Unit::getPath))
			.toList();
		Map<Long, UnitDistribution> out = new LinkedHashMap<>();
		for (Unit unit : ordered) {
			List<AnnualResult> of = members.getOrDefault(unit.getId(), List.of());
			OrganisationResult result = snapshot.result(unit.getId());
			Group whole = group(null, result, of);
			List<Group> groups = new ArrayList<>();
			if (period.getCurveScope() == CurveScope.APPRAISER) {
				Map<Long, List<AnnualResult>> byRater = new LinkedHashMap<>();
				List<AnnualResult> byAdmin = new ArrayList<>();
				for (AnnualResult member : of) {
					if (member.predikat() == null) {
						continue;
					}
					Long rater = raters.get(member.evaluationId());
					if (rater == null) {
						byAdmin.add(member);
					}
					else {
						byRater.computeIfAbsent(rater, (id) -> new ArrayList<>()).add(member);
					}
				}
				byRater.forEach((rater, list) -> groups.add(group(rater, result, list)));
				if (!byAdmin.isEmpty()) {
					groups.add(group(null, result, byAdmin));
				}
			}
			List<AnnualResult> unrated = of.stream().filter((m) -> m.predikat() == null).toList();
			out.put(unit.getId(),
					new UnitDistribution(unit, year, result, whole.check(), whole.counts(), whole.total(),
							List.copyOf(of), unrated, unrated.size(), List.copyOf(groups), period.getCurveScope(),
							period.getCurveEnforcement(), finals.get(unit.getId())));
		}
		return out;
	}

	private static Group group(@Nullable Long appraiserId, @Nullable OrganisationResult result,
			List<AnnualResult> members) {
		Map<Predikat, Integer> counts = zeroCounts();
		for (AnnualResult member : members) {
			if (member.predikat() != null) {
				counts.merge(member.predikat(), 1, Integer::sum);
			}
		}
		return group(appraiserId, result, counts);
	}

	private static Group group(@Nullable Long appraiserId, @Nullable OrganisationResult result,
			Map<Predikat, Integer> counts) {
		Map<Predikat, @Nullable Integer> checked = new EnumMap<>(Predikat.class);
		Map<Predikat, Integer> plain = new EnumMap<>(Predikat.class);
		int total = 0;
		for (Predikat predikat : Predikat.values()) {
			int count = counts.getOrDefault(predikat, 0);
			checked.put(predikat, count);
			plain.put(predikat, count);
			total += count;
		}
		DistributionCurve.Check check = (result == null) ? null
				: DistributionCurve.check(result.getPredikat(), checked);
		return new Group(appraiserId, check, plain, total);
	}

	private static Map<Predikat, Integer> zeroCounts() {
		Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
		for (Predikat predikat : Predikat.values()) {
			counts.put(predikat, 0);
		}
		return counts;
	}

	/**
	 * The counts of one unit, added up from the grouped rows of
	 * {@link AnnualResults#countsOfYear}.
	 */
	private static final class Tally {

		private final Map<Predikat, Integer> counts = zeroCounts();

		private int unrated;

		/**
		 * Per pejabat penilai: the first employee he rated (for the order) and counts.
		 */
		private final Map<Long, long[]> firstRated = new HashMap<>();

		private final Map<Long, Map<Predikat, Integer>> byRater = new HashMap<>();

		private final Map<Predikat, Integer> byAdmin = zeroCounts();

		private boolean anyByAdmin;

		void add(AnnualResults.AnnualCount row) {
			Predikat predikat = row.predikat();
			if (predikat == null) {
				this.unrated += row.count();
				return;
			}
			this.counts.merge(predikat, row.count(), Integer::sum);
			Long rater = row.raterId();
			if (rater == null) {
				this.byAdmin.merge(predikat, row.count(), Integer::sum);
				this.anyByAdmin = true;
			}
			else {
				this.byRater.computeIfAbsent(rater, (id) -> zeroCounts()).merge(predikat, row.count(), Integer::sum);
				long[] first = this.firstRated.computeIfAbsent(rater, (id) -> new long[] { Long.MAX_VALUE });
				first[0] = Math.min(first[0], row.firstEmployeeId());
			}
		}

		/**
		 * Return the groups per pejabat penilai in the order that {@link #computeAll}
		 * gives them (by the first employee each rated), then those rated by Admin
		 * BKPSDM.
		 */
		List<Group> groups(@Nullable OrganisationResult result) {
			List<Group> groups = new ArrayList<>();
			this.byRater.keySet()
				.stream()
				.sorted(java.util.Comparator.comparingLong((Long rater) -> this.firstRated.get(rater)[0]))
				.forEach((rater) -> groups.add(group(rater, result, this.byRater.get(rater))));
			if (this.anyByAdmin) {
				groups.add(group(null, result, this.byAdmin));
			}
			return groups;
		}

	}

	/**
	 * Count the distribution of every unit with a result, for the agency-wide views: the
	 * counting is done in SQL ({@link AnnualResults#countsOfYear}) and only the groups
	 * (plan unit, predikat, pejabat penilai; a row of his own for each unit leader) are
	 * placed here, so that the members are not read one by one. Gives the same counts,
	 * checks and groups as {@link #computeAll}, without the member lists.
	 */
	Map<Long, UnitDistribution> countAll(long agencyId, int year) {
		PerformancePeriod period = this.periods.year(agencyId, year);
		CurveSnapshot snapshot = snapshot(agencyId, year);
		boolean byRater = period.getCurveScope() == CurveScope.APPRAISER;
		Map<Long, Tally> tallies = new HashMap<>();
		for (AnnualResults.AnnualCount row : this.annual.countsOfYear(agencyId, year, snapshot.leaderIds(), byRater)) {
			Long unitId = snapshot.countedIn(row.unitId(), row.leaderId());
			if (unitId != null) {
				tallies.computeIfAbsent(unitId, (id) -> new Tally()).add(row);
			}
		}
		Map<Long, UnitFinalisation> finals = new HashMap<>();
		this.finalisations.findByAgencyIdAndResultYear(agencyId, year).forEach((f) -> finals.put(f.getUnitId(), f));
		List<Unit> ordered = snapshot.resultUnits()
			.stream()
			.map(snapshot::unit)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Unit::getPath))
			.toList();
		Map<Long, UnitDistribution> out = new LinkedHashMap<>();
		for (Unit unit : ordered) {
			Tally tally = tallies.getOrDefault(unit.getId(), new Tally());
			OrganisationResult result = snapshot.result(unit.getId());
			Group whole = group(null, result, tally.counts);
			List<Group> groups = byRater ? tally.groups(result) : List.of();
			out.put(unit.getId(),
					new UnitDistribution(unit, year, result, whole.check(), whole.counts(), whole.total(), List.of(),
							List.of(), tally.unrated, List.copyOf(groups), period.getCurveScope(),
							period.getCurveEnforcement(), finals.get(unit.getId())));
		}
		return out;
	}

	/** Return the pejabat penilai of each rated annual evaluation of the year. */
	private Map<Long, Long> raters(long agencyId, int year) {
		Map<Long, Long> raters = new HashMap<>();
		this.jdbc
			.sql("SELECT id, rated_by_id FROM evaluation WHERE agency_id = :agency AND period_year = :year AND annual"
					+ " AND rated_by_id IS NOT NULL")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((row) -> raters.put(row[0], row[1]));
		return raters;
	}

}

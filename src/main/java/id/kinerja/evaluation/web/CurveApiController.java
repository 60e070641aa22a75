package id.kinerja.evaluation.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.evaluation.AnnualResults.AnnualResult;
import id.kinerja.evaluation.CalibrationService;
import id.kinerja.evaluation.CurveBlockedException;
import id.kinerja.evaluation.CurveQueries;
import id.kinerja.evaluation.CurveQueries.UnitDistribution;
import id.kinerja.evaluation.Evaluation;
import id.kinerja.evaluation.OrganisationResult;
import id.kinerja.evaluation.OrganisationResultService;
import id.kinerja.evaluation.UnitFinalisation;
import id.kinerja.shared.KinerjaException;
import id.kinerja.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Distribution curve")
class CurveApiController {

	private final OrganisationResultService results;

	private final CurveQueries curves;

	private final CalibrationService calibration;

	private final EmployeeRepository employees;

	private final CurveTexts texts;

	private final ProblemResponses problems;

	CurveApiController(OrganisationResultService results, CurveQueries curves, CalibrationService calibration,
			EmployeeRepository employees, CurveTexts texts, ProblemResponses problems) {
		this.results = results;
		this.curves = curves;
		this.calibration = calibration;
		this.employees = employees;
		this.texts = texts;
		this.problems = problems;
	}

	/** An organisation result as sent. */
	record ResultRequest(@Nullable String predikat, @Nullable String note, @Nullable Long version) {
	}

	/** An organisation result as read. */
	record ResultView(String unit, int year, String predikat, String leaderRatingHasil, @Nullable String note,
			@Nullable Long setById, @Nullable Long version, @Nullable Instant updatedAt, @Nullable String updatedBy) {

		static ResultView of(String unit, OrganisationResult result) {
			return new ResultView(unit, result.getResultYear(), result.getPredikat().name(),
					result.getPredikat().leaderRatingHasil().name(), result.getNote(), result.getSetById(),
					result.getVersion(), result.getUpdatedAt(), result.getUpdatedBy());
		}

	}

	/** A calibration as sent. */
	record CalibrationRequest(@Nullable String ratingHasil, @Nullable String ratingPerilaku, @Nullable String reason,
			@Nullable Long version) {
	}

	/** An evaluation after calibration. */
	record CalibrationView(long id, long employeeId, String period, String status, @Nullable String ratingHasil,
			@Nullable String ratingPerilaku, @Nullable String predikat, @Nullable String calibrationReason,
			@Nullable String calibratedBy, @Nullable Instant calibratedAt, @Nullable Long version) {

		static CalibrationView of(Evaluation e) {
			return new CalibrationView(e.getId(), e.getEmployeeId(), e.getPeriodCode(), e.getStatus().name(),
					(e.getRatingHasil() == null) ? null : e.getRatingHasil().name(),
					(e.getRatingPerilaku() == null) ? null : e.getRatingPerilaku().name(),
					(e.getPredikat() == null) ? null : e.getPredikat().name(), e.getCalibrationReason(),
					e.getCalibratedBy(), e.getCalibratedAt(), e.getVersion());
		}

	}

	/** A unit's finalisation as read. */
	record FinalisationView(String unit, int year, Instant finalisedAt, String finalisedBy, int evaluations,
			boolean curveFits, @Nullable String summary) {
	}

	@GetMapping("/api/v1/units/{kode}/organisation-result/{year}")
	@Operation(summary = "The unit's predikat kinerja organisasi of the year (404 while not set)")
	ResultView result(@PathVariable String kode, @PathVariable int year) {
		return this.curves.result(kode, year)
			.map((result) -> ResultView.of(kode, result))
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.orgresult.none", kode, year));
	}

	@PutMapping("/api/v1/units/{kode}/organisation-result/{year}")
	@Operation(summary = "Set the unit's predikat kinerja organisasi of the year, as the leader above or Admin BKPSDM;"
			+ " the unit leader's rating hasil kerja follows it")
	ResultView setResult(@PathVariable String kode, @PathVariable int year, @RequestBody ResultRequest request) {
		OrganisationResult saved = this.results.set(kode, year, request.predikat(), request.note(), request.version());
		return ResultView.of(kode, saved);
	}

	@GetMapping("/api/v1/units/{kode}/distribution")
	@Operation(summary = "The unit's distribution of predikat against the pattern of its organisation result")
	Map<String, Object> distribution(@PathVariable String kode, @RequestParam int year, Locale locale) {
		UnitDistribution distribution = this.curves.ofUnit(kode, year);
		Set<Long> people = new HashSet<>();
		distribution.unrated().forEach((m) -> people.add(m.employeeId()));
		distribution.groups().forEach((g) -> {
			if (g.appraiserId() != null) {
				people.add(g.appraiserId());
			}
		});
		Map<Long, Employee> names = this.employees.findAllById(people)
			.stream()
			.collect(Collectors.toMap(Employee::getId, (e) -> e));
		Map<String, Object> json = row(distribution, locale);
		json.put("year", year);
		json.put("bounds", distribution.bounds().stream().map((b) -> this.texts.bound(b, locale)).toList());
		json.put("enforcement", distribution.enforcement().name());
		json.put("scope", distribution.scope().name());
		json.put("rounding", this.texts.rounding(locale));
		json.put("unrated", distribution.unrated().stream().map((m) -> person(m, names)).toList());
		List<Map<String, Object>> groups = new ArrayList<>();
		for (CurveQueries.Group group : distribution.groups()) {
			Map<String, Object> item = new LinkedHashMap<>();
			Employee appraiser = (group.appraiserId() == null) ? null : names.get(group.appraiserId());
			item.put("appraiserId", group.appraiserId());
			item.put("appraiserName", (appraiser == null) ? null : appraiser.getName());
			item.put("counts", CurveTexts.counts(group.counts()));
			item.put("total", group.total());
			item.put("fits", group.fits());
			item.put("violations",
					group.violations()
						.stream()
						.map((b) -> this.texts.violation(new CurveQueries.Violation(group.appraiserId(), b), locale))
						.toList());
			item.put("bounds", (group.check() == null) ? List.of()
					: group.check().bounds().stream().map((b) -> this.texts.bound(b, locale)).toList());
			groups.add(item);
		}
		json.put("groups", groups);
		json.put("finalised", distribution.finalised());
		return json;
	}

	@GetMapping("/api/v1/distribution")
	@Operation(summary = "Every unit with an organisation result that the caller may read, with its distribution")
	List<Map<String, Object>> agency(@RequestParam int year, Locale locale) {
		return this.curves.ofAgency(year).stream().map((d) -> row(d, locale)).toList();
	}

	@PutMapping("/api/v1/evaluations/{id}/calibration")
	@Operation(summary = "Change the ratings of a rated annual evaluation in calibration, with a reason, as the"
			+ " leader of the unit it is counted in or Admin BKPSDM")
	CalibrationView calibrate(@PathVariable long id, @RequestBody CalibrationRequest request) {
		return CalibrationView.of(this.calibration.calibrate(id, request.ratingHasil(), request.ratingPerilaku(),
				request.reason(), request.version()));
	}

	@PostMapping("/api/v1/units/{kode}/finalisation/{year}")
	@Operation(summary = "Finalise every rated annual evaluation counted in the unit, as its leader or Admin BKPSDM")
	ResponseEntity<FinalisationView> finalise(@PathVariable String kode, @PathVariable int year) {
		UnitFinalisation done = this.calibration.finaliseUnit(kode, year);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new FinalisationView(kode, year, done.getFinalisedAt(), done.getFinalisedBy(), done.getEvaluations(),
					done.isCurveFits(), done.getSummary()));
	}

	@ExceptionHandler(CurveBlockedException.class)
	ResponseEntity<ProblemDetail> blocked(CurveBlockedException ex, Locale locale) {
		ProblemDetail problem = this.problems.problem(ex.getStatus(), ex.getMessageKey(), ex.getArguments(), locale);
		problem.setProperty("violations",
				ex.getViolations().stream().map((v) -> this.texts.violation(v, locale)).toList());
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	private Map<String, Object> row(UnitDistribution d, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", d.unit().getCode());
		json.put("name", d.unit().getName());
		json.put("unitPredikat", (d.unitPredikat() == null) ? null : d.unitPredikat().name());
		json.put("counts", CurveTexts.counts(d.counts()));
		json.put("total", d.total());
		json.put("unratedCount", d.unratedCount());
		json.put("fits", d.fits());
		json.put("violations", d.violations().stream().map((v) -> this.texts.violation(v, locale)).toList());
		return json;
	}

	private static Map<String, Object> person(AnnualResult member, Map<Long, Employee> names) {
		Map<String, Object> json = new LinkedHashMap<>();
		Employee employee = names.get(member.employeeId());
		json.put("evaluationId", member.evaluationId());
		json.put("employeeId", member.employeeId());
		json.put("nip", (employee == null) ? null : employee.getNip());
		json.put("name", (employee == null) ? null : employee.getName());
		return json;
	}

}

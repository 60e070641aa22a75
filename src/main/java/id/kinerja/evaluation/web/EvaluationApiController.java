package id.kinerja.evaluation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.kinerja.evaluation.Evaluation;
import id.kinerja.evaluation.EvaluationQueries;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationService.RatingInput;
import id.kinerja.evaluation.EvaluationService.SelfAssessmentInput;
import id.kinerja.evaluation.EvaluationStatus;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;
import id.kinerja.planning.CoreValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluation")
class EvaluationApiController {

	private final EvaluationService service;

	private final EvaluationQueries queries;

	EvaluationApiController(EvaluationService service, EvaluationQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/** A rating as sent. */
	record RatingRequest(@Nullable String ratingHasil, @Nullable String ratingPerilaku, @Nullable String reason,
			@Nullable String notes, @Nullable String recommendation, @Nullable Map<String, String> rhkFeedback,
			@Nullable Map<String, String> valueFeedback, @Nullable Long version) {
	}

	/** A self-assessment as sent. */
	record SelfAssessmentRequest(@Nullable String overall, @Nullable Map<String, String> rhkNotes,
			@Nullable Map<String, String> valueNotes, @Nullable Long version) {
	}

	/** A request carrying only the version that was read. */
	record VersionRequest(@Nullable Long version) {
	}

	/** The note and feedback on one RHK or value. */
	record NoteView(@Nullable Long rhkId, @Nullable CoreValue value, @Nullable String selfNote,
			@Nullable String feedback) {
	}

	/** An evaluation as read. */
	record EvaluationView(long skpId, String period, boolean annual, LocalDate start, LocalDate end,
			EvaluationStatus status, @Nullable Rating ratingHasil, @Nullable Rating ratingPerilaku,
			@Nullable Predikat predikat, @Nullable String reason, @Nullable String notes,
			@Nullable String recommendation, @Nullable String selfAssessment, @Nullable Instant selfSubmittedAt,
			List<NoteView> subjects, @Nullable String ratedBy, @Nullable Instant ratedAt, @Nullable String finalisedBy,
			@Nullable Instant finalisedAt, @Nullable Long version, boolean unitLeader,
			@Nullable OrganisationPredikat organisationPredikat, @Nullable Rating leaderRatingHasil,
			@Nullable String waitingFor, boolean mayRate, boolean mayWriteSelfAssessment, boolean mayFinalise) {

		static EvaluationView of(EvaluationQueries.Sheet sheet) {
			Evaluation e = sheet.evaluation();
			List<NoteView> subjects = (e == null) ? List.of()
					: e.getSubjectNotes()
						.stream()
						.sorted(Comparator.comparing(Evaluation.EvaluationNote::subject))
						.map((n) -> new NoteView(n.rhkId(), n.coreValue(), n.selfNote(), n.feedback()))
						.toList();
			return new EvaluationView(sheet.plan().id(), sheet.span().code(), sheet.span().annual(),
					sheet.span().start(), sheet.span().end(), sheet.status(), (e != null) ? e.getRatingHasil() : null,
					(e != null) ? e.getRatingPerilaku() : null, (e != null) ? e.getPredikat() : null,
					(e != null) ? e.getReason() : null, (e != null) ? e.getNotes() : null,
					(e != null) ? e.getRecommendation() : null, (e != null) ? e.getSelfAssessment() : null,
					(e != null) ? e.getSelfSubmittedAt() : null, subjects, (e != null) ? e.getRatedBy() : null,
					(e != null) ? e.getRatedAt() : null, (e != null) ? e.getFinalisedBy() : null,
					(e != null) ? e.getFinalisedAt() : null, (e != null) ? e.getVersion() : null, sheet.unitLeader(),
					sheet.organisationPredikat(), sheet.leaderRatingHasil(), sheet.waitingFor(), sheet.rateable(),
					sheet.selfWritable(), sheet.finalisable());
		}

	}

	@GetMapping("/api/v1/skp/{id}/evaluations")
	@Operation(summary = "Every period of the plan and its annual evaluation, with where each stands")
	List<EvaluationQueries.PeriodSummary> periods(@PathVariable long id) {
		return this.queries.periods(id);
	}

	@GetMapping("/api/v1/skp/{id}/evaluations/{period}")
	@Operation(summary = "One evaluation of the plan: a period code (2026-10, 2026-Q4, 2026-S2) or the year "
			+ "for the annual evaluation")
	EvaluationView one(@PathVariable long id, @PathVariable String period) {
		return EvaluationView.of(this.queries.sheet(id, period));
	}

	@PutMapping("/api/v1/skp/{id}/evaluations/{period}")
	@Operation(summary = "Rate a period (or the year) as the plan's pejabat penilai: feedback per RHK and value, "
			+ "the two ratings, a reason for any rating but SESUAI_EKSPEKTASI; the predikat follows")
	EvaluationView rate(@PathVariable long id, @PathVariable String period, @RequestBody RatingRequest request) {
		this.service.rate(
				id, period, new RatingInput(request.ratingHasil(), request.ratingPerilaku(), request.reason(),
						request.notes(), request.recommendation(), request.rhkFeedback(), request.valueFeedback()),
				request.version());
		return EvaluationView.of(this.queries.sheet(id, period));
	}

	@PutMapping("/api/v1/skp/{id}/evaluations/{period}/self-assessment")
	@Operation(summary = "Write the self-assessment (penilaian diri) of one's own plan for a period, while not rated")
	EvaluationView writeSelf(@PathVariable long id, @PathVariable String period,
			@RequestBody SelfAssessmentRequest request) {
		this.service.writeSelfAssessment(id, period,
				new SelfAssessmentInput(request.overall(), request.rhkNotes(), request.valueNotes()),
				request.version());
		return EvaluationView.of(this.queries.sheet(id, period));
	}

	@PostMapping("/api/v1/skp/{id}/evaluations/{period}/self-assessment/submit")
	@Operation(summary = "Submit the self-assessment of one's own plan (the annual rating waits for it)")
	EvaluationView submitSelf(@PathVariable long id, @PathVariable String period,
			@RequestBody(required = false) @Nullable VersionRequest request) {
		this.service.submitSelfAssessment(id, period, (request != null) ? request.version() : null);
		return EvaluationView.of(this.queries.sheet(id, period));
	}

	@PostMapping("/api/v1/skp/{id}/evaluations/{period}/finalise")
	@Operation(summary = "Finalise (lock) a rated periodic evaluation, as the pejabat penilai")
	EvaluationView finalise(@PathVariable long id, @PathVariable String period,
			@RequestBody(required = false) @Nullable VersionRequest request) {
		this.service.finalise(id, period, (request != null) ? request.version() : null);
		return EvaluationView.of(this.queries.sheet(id, period));
	}

	@GetMapping("/api/v1/evaluations/team")
	@Operation(summary = "The caller's direct subordinates with where each one's evaluation of the period stands "
			+ "(period omitted: the annual evaluation)")
	List<EvaluationQueries.TeamMember> team(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String period) {
		return this.queries.team(EvaluationController.yearOf(year, period, this.queries.currentYear()), period);
	}

	@GetMapping("/api/v1/employees/{nip}/evaluations/{year}")
	@Operation(summary = "An employee's year: every SKP with its annual evaluation and the combined result by the "
			+ "agency's setting")
	EvaluationQueries.AnnualView annual(@PathVariable String nip, @PathVariable int year) {
		return this.queries.annual(nip, year);
	}

}

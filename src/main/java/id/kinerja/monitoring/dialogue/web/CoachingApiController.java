package id.kinerja.monitoring.dialogue.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.monitoring.dialogue.CoachingFeedback;
import id.kinerja.monitoring.dialogue.CoachingKind;
import id.kinerja.monitoring.dialogue.CoachingService;
import id.kinerja.monitoring.dialogue.CoachingService.SessionDetails;
import id.kinerja.monitoring.dialogue.CoachingSession;
import id.kinerja.monitoring.dialogue.CompetenceEvaluation;
import id.kinerja.monitoring.dialogue.DialogueStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Coaching, mentoring and counselling")
class CoachingApiController {

	private final CoachingService coaching;

	private final MessageSource messages;

	CoachingApiController(CoachingService coaching, MessageSource messages) {
		this.coaching = coaching;
		this.messages = messages;
	}

	/** A session in a list. */
	record SessionSummary(long id, @Nullable Long version, long employeeId, long coachId, CoachingKind kind,
			LocalDate sessionDate, String issues, DialogueStatus status) {

		static SessionSummary of(CoachingSession session) {
			return new SessionSummary(session.getId(), session.getVersion(), session.getEmployeeId(),
					session.getCoachId(), session.getKind(), session.getSessionDate(), session.getIssues(),
					session.getStatus());
		}

	}

	/** The employee's feedback as read. */
	record FeedbackView(Map<String, Integer> answers, @Nullable String comment, @Nullable Instant givenAt) {

		static @Nullable FeedbackView of(@Nullable CoachingFeedback feedback) {
			return (feedback == null) ? null
					: new FeedbackView(feedback.scores(), feedback.getFeedbackComment(), feedback.getCreatedAt());
		}

	}

	/** The coach's competence evaluation as read. */
	record EvaluationView(@Nullable Long version, List<CompetenceEvaluation.Score> competences) {

		static @Nullable EvaluationView of(@Nullable CompetenceEvaluation evaluation) {
			return (evaluation == null) ? null : new EvaluationView(evaluation.getVersion(), evaluation.getScores());
		}

	}

	/** A session with its people, feedback and evaluation. */
	record SessionView(long id, @Nullable Long version, String employeeNip, String employeeName, String coachNip,
			String coachName, CoachingKind kind, LocalDate sessionDate, DialogueStatus status, String issues,
			@Nullable String agreedActions, @Nullable String followUp, @Nullable Long skpId, @Nullable String period,
			@Nullable FeedbackView feedback, @Nullable EvaluationView evaluation) {

		static SessionView of(SessionDetails details) {
			CoachingSession session = details.session();
			return new SessionView(session.getId(), session.getVersion(), details.employeeNip(), details.employeeName(),
					details.coachNip(), details.coachName(), session.getKind(), session.getSessionDate(),
					session.getStatus(), session.getIssues(), session.getAgreedActions(), session.getFollowUp(),
					session.getSkpId(), session.getPeriodCode(), FeedbackView.of(details.feedback()),
					EvaluationView.of(details.evaluation()));
		}

	}

	/** A session as recorded or changed. */
	record SessionRequest(@Nullable String employeeNip, @Nullable CoachingKind kind, @Nullable LocalDate sessionDate,
			@Nullable Boolean held, @Nullable String issues, @Nullable String agreedActions, @Nullable String followUp,
			@Nullable Long skpId, @Nullable String period, @Nullable Long version) {

		CoachingService.SessionInput input() {
			return new CoachingService.SessionInput(this.employeeNip, this.kind, this.sessionDate,
					Boolean.TRUE.equals(this.held), this.issues, this.agreedActions, this.followUp, this.skpId,
					this.period);
		}

	}

	/** A version, for the state changes. */
	record VersionRequest(@Nullable Long version) {
	}

	/** The employee's feedback form. */
	record FeedbackRequest(@Nullable Map<String, Integer> answers, @Nullable String comment) {
	}

	/** The coach's competence evaluation. */
	record EvaluationRequest(@Nullable List<CoachingService.ScoreInput> competences, @Nullable Long version) {
	}

	/** A statement or competence of the forms, with its text in the caller's language. */
	record FormItem(String code, String text) {
	}

	/** The fixed items of the two forms. */
	record FormItems(List<FormItem> statements, List<FormItem> competences) {
	}

	@PostMapping("/api/v1/coaching")
	@Operation(summary = "Record a coaching, mentoring or konseling session for a subordinate (held or scheduled)")
	ResponseEntity<SessionView> record(@RequestBody SessionRequest request) {
		CoachingSession session = this.coaching.record(request.input());
		return ResponseEntity.created(URI.create("/api/v1/coaching/" + session.getId()))
			.body(SessionView.of(this.coaching.session(session.getId())));
	}

	@GetMapping("/api/v1/coaching")
	@Operation(summary = "An employee's sessions, or without nip the caller's own (as employee and coach)")
	List<SessionSummary> list(@RequestParam(required = false) @Nullable String nip) {
		List<CoachingSession> list = (nip == null || nip.isBlank()) ? this.coaching.mine()
				: this.coaching.sessionsOf(nip);
		return list.stream().map(SessionSummary::of).toList();
	}

	@GetMapping("/api/v1/coaching/forms")
	@Operation(summary = "The statements of the feedback form and the competences of the evaluation")
	FormItems forms(Locale locale) {
		return new FormItems(
				CoachingFeedback.STATEMENTS.stream()
					.map((code) -> new FormItem(code,
							this.messages.getMessage("monitoring.coaching.statement." + code, null, locale)))
					.toList(),
				CompetenceEvaluation.COMPETENCES.stream()
					.map((code) -> new FormItem(code,
							this.messages.getMessage("monitoring.coaching.competence." + code, null, locale)))
					.toList());
	}

	@GetMapping("/api/v1/coaching/{id}")
	@Operation(summary = "A session with the employee's feedback and the competence evaluation")
	SessionView get(@PathVariable long id) {
		return SessionView.of(this.coaching.session(id));
	}

	@PutMapping("/api/v1/coaching/{id}")
	@Operation(summary = "Change a session (its coach)")
	SessionView change(@PathVariable long id, @RequestBody SessionRequest request) {
		this.coaching.change(id, request.input(), request.version());
		return get(id);
	}

	@PostMapping("/api/v1/coaching/{id}/held")
	@Operation(summary = "Mark a scheduled session held (its coach)")
	SessionView held(@PathVariable long id, @RequestBody(required = false) @Nullable VersionRequest request) {
		this.coaching.markHeld(id, (request != null) ? request.version() : null);
		return get(id);
	}

	@PostMapping("/api/v1/coaching/{id}/cancel")
	@Operation(summary = "Cancel a scheduled session (its coach)")
	SessionView cancel(@PathVariable long id, @RequestBody(required = false) @Nullable VersionRequest request) {
		this.coaching.cancel(id, (request != null) ? request.version() : null);
		return get(id);
	}

	@PostMapping("/api/v1/coaching/{id}/feedback")
	@Operation(summary = "Give the feedback on a held session, once (its employee): each statement 1-5")
	ResponseEntity<SessionView> feedback(@PathVariable long id, @RequestBody FeedbackRequest request) {
		this.coaching.giveFeedback(id, request.answers(), request.comment());
		return ResponseEntity.status(201).body(get(id));
	}

	@PutMapping("/api/v1/coaching/{id}/evaluation")
	@Operation(summary = "Fill in the competence evaluation of a held session (its coach): each 1-5 with a reason")
	SessionView evaluate(@PathVariable long id, @RequestBody EvaluationRequest request) {
		this.coaching.evaluate(id, request.competences(), request.version());
		return get(id);
	}

}

package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerja.employee.Employee;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static id.kinerja.monitoring.dialogue.DialogueAccess.blankToNull;
import static id.kinerja.monitoring.dialogue.DialogueAccess.checkLength;

/**
 * Coaching, mentoring and counselling (konseling) sessions. One above an employee in the
 * reporting line today (incl. a Plt/Plh) records a session for them, as scheduled or as
 * already held (a past day may be recorded), and is its coach: only the coach changes it,
 * marks it held or cancelled and fills in the competence evaluation (each competence
 * scored 1–5 with the reason); only the employee gives the feedback on the session, once,
 * after it was held. The same people read them as dialogues. Each write is one
 * transaction, audited, at the version the caller read.
 */
@Service
public class CoachingService {

	private final CoachingSessionRepository sessions;

	private final CoachingFeedbackRepository feedback;

	private final CompetenceEvaluationRepository evaluations;

	private final DialogueAccess access;

	CoachingService(CoachingSessionRepository sessions, CoachingFeedbackRepository feedback,
			CompetenceEvaluationRepository evaluations, DialogueAccess access) {
		this.sessions = sessions;
		this.feedback = feedback;
		this.evaluations = evaluations;
		this.access = access;
	}

	/**
	 * A session as recorded.
	 *
	 * @param employeeNip the employee coached (on creation only)
	 * @param kind coaching, mentoring or konseling
	 * @param sessionDate the day
	 * @param held whether it was already held (then the day may not lie ahead), or only
	 * scheduled (then the day may not lie behind)
	 * @param issues the issues
	 * @param agreedActions the actions agreed
	 * @param followUp the follow-up
	 * @param skpId the plan it is about, if any
	 * @param period the period it is about, if any
	 */
	public record SessionInput(@Nullable String employeeNip, @Nullable CoachingKind kind,
			@Nullable LocalDate sessionDate, boolean held, @Nullable String issues, @Nullable String agreedActions,
			@Nullable String followUp, @Nullable Long skpId, @Nullable String period) {
	}

	/**
	 * A competence as scored.
	 *
	 * @param code one of {@link CompetenceEvaluation#COMPETENCES}
	 * @param name the name of a technical competence
	 * @param score 1 to 5
	 * @param reason why
	 */
	public record ScoreInput(@Nullable String code, @Nullable String name, @Nullable Integer score,
			@Nullable String reason) {
	}

	/**
	 * A session as read.
	 *
	 * @param session the session
	 * @param employeeNip the employee's NIP
	 * @param employeeName the employee's name
	 * @param coachNip the coach's NIP
	 * @param coachName the coach's name
	 * @param feedback the employee's feedback, once given
	 * @param evaluation the coach's competence evaluation, once filled in
	 * @param coach whether the caller is the coach
	 * @param employee whether the caller is the employee
	 */
	public record SessionDetails(CoachingSession session, String employeeNip, String employeeName, String coachNip,
			String coachName, @Nullable CoachingFeedback feedback, @Nullable CompetenceEvaluation evaluation,
			boolean coach, boolean employee) {

		/** Return whether the caller may give the feedback now. */
		public boolean feedbackOpen() {
			return this.employee && this.feedback == null && this.session.getStatus() == DialogueStatus.HELD;
		}

		/** Return whether the caller may fill in the competence evaluation now. */
		public boolean evaluationOpen() {
			return this.coach && this.session.getStatus() == DialogueStatus.HELD;
		}

	}

	/** Record a session for a subordinate; the caller is the coach. */
	@Transactional
	public CoachingSession record(SessionInput input) {
		Employee self = this.access.self();
		String nip = blankToNull(input.employeeNip());
		if (nip == null) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("employeeNip", "monitoring.dialogue.employee.required")));
		}
		Employee employee = this.access.inAgency(nip);
		if (!this.access.isAbove(self.getId(), employee.getId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.not-above", employee.getFullName());
		}
		CoachingSession.Record record = checked(employee.getId(), input, input.held());
		return this.sessions
			.save(CoachingSession.of(self.getAgencyId(), employee.getId(), self.getId(), record, input.held()));
	}

	/** Change a session not cancelled (by its coach). */
	@Transactional
	public CoachingSession change(long sessionId, SessionInput input, @Nullable Long expectedVersion) {
		CoachingSession session = coached(sessionId);
		session.requireVersion(expectedVersion);
		requireNotCancelled(session);
		session.change(checked(session.getEmployeeId(), input, session.getStatus() == DialogueStatus.HELD));
		return this.sessions.save(session);
	}

	/** Mark a scheduled session held (by its coach), not before its day. */
	@Transactional
	public CoachingSession markHeld(long sessionId, @Nullable Long expectedVersion) {
		CoachingSession session = coached(sessionId);
		session.requireVersion(expectedVersion);
		requireScheduled(session);
		if (session.getSessionDate().isAfter(this.access.today())) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("sessionDate", "monitoring.coaching.held.future")));
		}
		session.held();
		return this.sessions.save(session);
	}

	/** Cancel a scheduled session (by its coach). */
	@Transactional
	public CoachingSession cancel(long sessionId, @Nullable Long expectedVersion) {
		CoachingSession session = coached(sessionId);
		session.requireVersion(expectedVersion);
		requireScheduled(session);
		session.cancel();
		return this.sessions.save(session);
	}

	/**
	 * Give the employee's feedback on a held session, once: every statement of
	 * {@link CoachingFeedback#STATEMENTS} answered 1–5, and an optional comment.
	 */
	@Transactional
	public CoachingFeedback giveFeedback(long sessionId, @Nullable Map<String, Integer> answers,
			@Nullable String comment) {
		CoachingSession session = readable(sessionId);
		if (!Long.valueOf(session.getEmployeeId()).equals(this.access.actor().employeeId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.coaching.feedback.employee-only");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (session.getStatus() != DialogueStatus.HELD) {
			problems.add(new FieldProblem("session", "monitoring.coaching.feedback.not-held"));
		}
		else if (this.feedback.findBySessionId(sessionId).isPresent()) {
			problems.add(new FieldProblem("session", "monitoring.coaching.feedback.given"));
		}
		reject(problems);
		Map<String, Integer> given = (answers != null) ? answers : Map.of();
		Set<CoachingFeedback.Answer> checked = new LinkedHashSet<>();
		for (String code : CoachingFeedback.STATEMENTS) {
			Integer score = given.get(code);
			if (score == null) {
				problems.add(new FieldProblem("answers." + code, "monitoring.coaching.feedback.answer.required"));
			}
			else if (score < 1 || score > 5) {
				problems.add(new FieldProblem("answers." + code, "monitoring.coaching.score.range"));
			}
			else {
				checked.add(new CoachingFeedback.Answer(code, score));
			}
		}
		given.keySet()
			.stream()
			.filter((code) -> !CoachingFeedback.STATEMENTS.contains(code))
			.sorted()
			.forEach((code) -> problems
				.add(new FieldProblem("answers." + code, "monitoring.coaching.feedback.answer.unknown")));
		String text = blankToNull(comment);
		checkLength(text, "comment", 2000, problems);
		reject(problems);
		return this.feedback
			.save(new CoachingFeedback(session.getAgencyId(), sessionId, session.getEmployeeId(), text, checked));
	}

	/**
	 * Fill in or replace the competence evaluation of a held session (by its coach): at
	 * least one competence, each scored 1–5 with the reason, each listed competence at
	 * most once, a technical one with its name.
	 */
	@Transactional
	public CompetenceEvaluation evaluate(long sessionId, @Nullable List<ScoreInput> scores,
			@Nullable Long expectedVersion) {
		CoachingSession session = readable(sessionId);
		if (!Long.valueOf(session.getCoachId()).equals(this.access.actor().employeeId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.coaching.evaluation.coach-only");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (session.getStatus() != DialogueStatus.HELD) {
			problems.add(new FieldProblem("session", "monitoring.coaching.evaluation.not-held"));
			reject(problems);
		}
		Optional<CompetenceEvaluation> existing = this.evaluations.findBySessionId(sessionId);
		existing.ifPresent((evaluation) -> evaluation.requireVersion(expectedVersion));
		List<ScoreInput> given = (scores != null) ? scores : List.of();
		if (given.isEmpty()) {
			problems.add(new FieldProblem("competences", "monitoring.coaching.evaluation.empty"));
		}
		List<CompetenceEvaluation.Score> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			ScoreInput score = given.get(i);
			String field = "competences[" + i + "].";
			String code = blankToNull(score.code());
			String name = blankToNull(score.name());
			String reason = blankToNull(score.reason());
			int before = problems.size();
			if (code == null || !CompetenceEvaluation.COMPETENCES.contains(code)) {
				problems.add(new FieldProblem(field + "code", "monitoring.coaching.evaluation.code.unknown"));
			}
			else if (CompetenceEvaluation.TECHNICAL.equals(code)) {
				if (name == null) {
					problems.add(new FieldProblem(field + "name", "monitoring.coaching.evaluation.name.required"));
				}
			}
			else if (!seen.add(code)) {
				problems.add(new FieldProblem(field + "code", "monitoring.coaching.evaluation.code.twice"));
			}
			checkLength(name, field + "name", 200, problems);
			if (score.score() == null || score.score() < 1 || score.score() > 5) {
				problems.add(new FieldProblem(field + "score", "monitoring.coaching.score.range"));
			}
			if (reason == null) {
				problems.add(new FieldProblem(field + "reason", "monitoring.coaching.evaluation.reason.required"));
			}
			checkLength(reason, field + "reason", 2000, problems);
			if (problems.size() == before) {
				checked.add(new CompetenceEvaluation.Score(code,
						CompetenceEvaluation.TECHNICAL.equals(code) ? name : null, score.score(), reason));
			}
		}
		reject(problems);
		CompetenceEvaluation evaluation = existing.orElseGet(
				() -> new CompetenceEvaluation(session.getAgencyId(), sessionId, session.getCoachId(), List.of()));
		evaluation.replace(checked);
		return this.evaluations.save(evaluation);
	}

	/** Return a session with its feedback and evaluation, for those who may read it. */
	@Transactional(readOnly = true)
	public SessionDetails session(long sessionId) {
		CoachingSession session = readable(sessionId);
		Employee employee = this.access.byId(session.getEmployeeId());
		Employee coach = this.access.byId(session.getCoachId());
		Long self = Actor.current().map(Actor::employeeId).orElse(null);
		return new SessionDetails(session, employee.getNip(), employee.getFullName(), coach.getNip(),
				coach.getFullName(), this.feedback.findBySessionId(sessionId).orElse(null),
				this.evaluations.findBySessionId(sessionId).orElse(null),
				Long.valueOf(session.getCoachId()).equals(self), Long.valueOf(session.getEmployeeId()).equals(self));
	}

	/** List an employee's sessions (newest first), for those who may read them. */
	@Transactional(readOnly = true)
	public List<CoachingSession> sessionsOf(String nip) {
		Employee employee = this.access.inAgency(nip);
		if (!this.access.mayRead(employee.getAgencyId(), employee.getId(), -1)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.coaching.denied");
		}
		return this.sessions.findByEmployeeIdOrderBySessionDateDescIdDesc(employee.getId());
	}

	/** List the caller's sessions, as employee and as coach (newest first). */
	@Transactional(readOnly = true)
	public List<CoachingSession> mine() {
		Employee self = this.access.self();
		List<CoachingSession> all = new ArrayList<>(
				this.sessions.findByEmployeeIdOrderBySessionDateDescIdDesc(self.getId()));
		all.addAll(this.sessions.findByCoachIdOrderBySessionDateDescIdDesc(self.getId()));
		all.sort(Comparator.comparing(CoachingSession::getSessionDate).reversed());
		return all;
	}

	/** Return the names of the people of the sessions by id, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> names(List<CoachingSession> list) {
		Map<Long, String> names = new HashMap<>();
		for (CoachingSession session : list) {
			names.computeIfAbsent(session.getEmployeeId(), (id) -> this.access.byId(id).getFullName());
			names.computeIfAbsent(session.getCoachId(), (id) -> this.access.byId(id).getFullName());
		}
		return names;
	}

	/**
	 * Seed one demo coaching session, held three days ago, for the employee by the coach,
	 * without a signed-in user (the demo seeder calls it). Audited as the system.
	 */
	@Transactional
	public CoachingSession seedDemo(long agencyId, long coachId, long employeeId, LocalDate today) {
		return this.sessions.save(CoachingSession.of(agencyId, employeeId, coachId,
				new CoachingSession.Record(CoachingKind.COACHING, today.minusDays(3),
						"Penyusunan laporan analisis sering terlambat; data dari bidang lain belum lengkap.",
						"Membuat jadwal permintaan data di awal bulan; atasan membantu koordinasi dengan bidang lain.",
						"Dipantau pada dialog kinerja berikutnya.", null, null),
				true));
	}

	private CoachingSession.Record checked(long employeeId, SessionInput input, boolean held) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.kind() == null) {
			problems.add(new FieldProblem("kind", "monitoring.coaching.kind.required"));
		}
		LocalDate date = input.sessionDate();
		LocalDate today = this.access.today();
		if (date == null) {
			problems.add(new FieldProblem("sessionDate", "monitoring.coaching.date.required"));
		}
		else if (held && date.isAfter(today)) {
			problems.add(new FieldProblem("sessionDate", "monitoring.coaching.date.future"));
		}
		else if (!held && date.isBefore(today)) {
			problems.add(new FieldProblem("sessionDate", "monitoring.coaching.date.past"));
		}
		else if (date.getYear() < 2020) {
			problems.add(new FieldProblem("sessionDate", "monitoring.log.date.range"));
		}
		String issues = blankToNull(input.issues());
		if (issues == null) {
			problems.add(new FieldProblem("issues", "monitoring.coaching.issues.required"));
		}
		checkLength(issues, "issues", 4000, problems);
		String actions = blankToNull(input.agreedActions());
		checkLength(actions, "agreedActions", 4000, problems);
		String followUp = blankToNull(input.followUp());
		checkLength(followUp, "followUp", 4000, problems);
		String period = blankToNull(input.period());
		this.access.checkPlan(employeeId, input.skpId(), period, problems);
		reject(problems);
		return new CoachingSession.Record(input.kind(), date, issues, actions, followUp, input.skpId(), period);
	}

	private CoachingSession readable(long sessionId) {
		CoachingSession session = this.sessions.findById(sessionId)
			.filter((found) -> found.getAgencyId() == this.access.actor().agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.coaching.not-found"));
		if (!this.access.mayRead(session.getAgencyId(), session.getEmployeeId(), session.getCoachId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.coaching.denied");
		}
		return session;
	}

	private CoachingSession coached(long sessionId) {
		CoachingSession session = readable(sessionId);
		if (!Long.valueOf(session.getCoachId()).equals(this.access.actor().employeeId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.coaching.coach-only");
		}
		return session;
	}

	private static void requireScheduled(CoachingSession session) {
		if (session.getStatus() != DialogueStatus.SCHEDULED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.status." + session.getStatus());
		}
	}

	private static void requireNotCancelled(CoachingSession session) {
		if (session.getStatus() == DialogueStatus.CANCELLED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.status.CANCELLED");
		}
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

}

package id.kinerja.evaluation.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kinerja.evaluation.Appeal;
import id.kinerja.evaluation.AppealDecision;
import id.kinerja.evaluation.AppealMessageKind;
import id.kinerja.evaluation.AppealParty;
import id.kinerja.evaluation.AppealStatus;
import id.kinerja.evaluation.Evaluation;
import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.EvaluationStatus;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;
import id.kinerja.evaluation.SignoffService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluation sign-off", description = "Receipt of a final evaluation, the Dokumen Evaluasi Kinerja "
		+ "Pegawai and the appeal (keberatan) to the atasan pejabat penilai")
class SignoffApiController {

	private final SignoffService signoff;

	private final EvaluationDocument document;

	SignoffApiController(SignoffService signoff, EvaluationDocument document) {
		this.signoff = signoff;
		this.document = document;
	}

	/** Where the receipt of an evaluation stands. */
	record ReceiptView(long evaluationId, long skpId, String period, EvaluationStatus status,
			@Nullable Rating ratingHasil, @Nullable Rating ratingPerilaku, @Nullable Predikat predikat,
			@Nullable Instant acknowledgedAt, @Nullable LocalDate appealDeadline, boolean appealOpen,
			@Nullable Long appealId) {

		static ReceiptView of(SignoffService.Result result) {
			Evaluation e = result.evaluation();
			return new ReceiptView(e.getId(), e.getSkpId(), e.getPeriodCode(), e.getStatus(), e.getRatingHasil(),
					e.getRatingPerilaku(), e.getPredikat(), e.getAcknowledgedAt(), e.getAppealDeadline(),
					result.appealOpen(), (result.appeal() != null) ? result.appeal().getId() : null);
		}

	}

	/** One message of an appeal's exchange. */
	record MessageView(int position, @Nullable Long authorId, AppealParty authorRole, @Nullable AppealParty addressedTo,
			AppealMessageKind kind, String body, Instant writtenAt) {
	}

	/** An appeal as read. */
	record AppealView(long id, @Nullable Long version, long evaluationId, long employeeId, @Nullable Long appraiserId,
			@Nullable Long deciderId, boolean decidedByAdmin, AppealStatus status, String reasons, Instant filedAt,
			@Nullable Rating ratingHasil, @Nullable Rating ratingPerilaku, @Nullable Predikat predikat,
			@Nullable AppealDecision decision, @Nullable String decisionReason, @Nullable Rating newRatingHasil,
			@Nullable Rating newRatingPerilaku, @Nullable Predikat newPredikat, @Nullable Instant decidedAt,
			@Nullable String decidedBy, List<MessageView> messages) {

		static AppealView of(Appeal a) {
			List<MessageView> messages = new ArrayList<>();
			List<Appeal.AppealMessage> all = a.getMessages();
			for (int i = 0; i < all.size(); i++) {
				Appeal.AppealMessage m = all.get(i);
				messages.add(new MessageView(i + 1, m.authorId(), m.authorRole(), m.addressedTo(), m.kind(), m.body(),
						m.writtenAt()));
			}
			return new AppealView(a.getId(), a.getVersion(), a.getEvaluationId(), a.getEmployeeId(), a.getAppraiserId(),
					a.getDeciderId(), a.getDeciderId() == null, a.getStatus(), a.getReasons(), a.getFiledAt(),
					a.getOldRatingHasil(), a.getOldRatingPerilaku(), a.getOldPredikat(), a.getDecision(),
					a.getDecisionReason(), a.getNewRatingHasil(), a.getNewRatingPerilaku(), a.getNewPredikat(),
					a.getDecidedAt(), a.getDecidedBy(), messages);
		}

	}

	/** An appeal as listed. */
	record AppealLineView(long id, long skpId, String period, String employeeName, AppealStatus status, Instant filedAt,
			@Nullable AppealDecision decision) {

		static List<AppealLineView> of(List<SignoffService.AppealLine> lines) {
			return lines.stream()
				.map((line) -> new AppealLineView(line.appeal().getId(), line.skpId(), line.periodCode(),
						line.employeeName(), line.appeal().getStatus(), line.appeal().getFiledAt(),
						line.appeal().getDecision()))
				.toList();
		}

	}

	/** The appeals that concern the caller. */
	record AppealListsView(List<AppealLineView> mine, List<AppealLineView> toDecide,
			List<AppealLineView> aboutMyRatings) {
	}

	/** An appeal as filed. */
	record AppealRequest(@Nullable String reasons) {
	}

	/** A request for an explanation. */
	record ExplanationRequest(@Nullable AppealParty addressedTo, @Nullable String body) {
	}

	/** An answer to a request. */
	record AnswerRequest(@Nullable String body) {
	}

	/** A decision. */
	record DecisionRequest(@Nullable AppealDecision decision, @Nullable String reason, @Nullable Rating ratingHasil,
			@Nullable Rating ratingPerilaku, @Nullable Long version) {
	}

	@PostMapping("/api/v1/skp/{id}/evaluations/{period}/acknowledge")
	@Operation(summary = "Acknowledge receipt of a finalised evaluation, as its owner",
			description = "FINALISED → ACKNOWLEDGED; the appeal window runs from today to the end of today + the "
					+ "year's appealDays (Asia/Jakarta). 403 for anyone but the owner, 409 when not finalised or "
					+ "already received.")
	ReceiptView acknowledge(@PathVariable long id, @PathVariable String period) {
		this.signoff.acknowledge(id, period);
		return ReceiptView.of(this.signoff.result(id, period));
	}

	@GetMapping("/api/v1/skp/{id}/evaluations/{period}/receipt")
	@Operation(summary = "Where the receipt and the appeal window of an evaluation stand",
			description = "For those who may read the plan.")
	ReceiptView receipt(@PathVariable long id, @PathVariable String period) {
		return ReceiptView.of(this.signoff.result(id, period));
	}

	@GetMapping("/api/v1/skp/{id}/evaluations/{period}/document.pdf")
	@Operation(summary = "The Dokumen Evaluasi Kinerja Pegawai as a PDF, in the language of Accept-Language",
			description = "Marked DRAF until finalised. Same access as reading the plan.")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String period, Locale locale) {
		return pdf(this.document.render(id, period, locale), ContentDisposition.attachment());
	}

	@PostMapping("/api/v1/skp/{id}/evaluations/{period}/appeal")
	@Operation(summary = "File an appeal (keberatan) with reasons against a received evaluation, as its owner",
			description = "Within the appeal window; it goes to the atasan pejabat penilai (Admin BKPSDM when the "
					+ "regional head is above). 403 for anyone but the owner, 409 before receipt or for a second "
					+ "appeal, 422 after the window or without reasons (field reasons).")
	ResponseEntity<AppealView> file(@PathVariable long id, @PathVariable String period,
			@RequestBody AppealRequest request) {
		Appeal appeal = this.signoff.file(id, period, request.reasons());
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.getId())).body(AppealView.of(appeal));
	}

	@GetMapping("/api/v1/appeals")
	@Operation(summary = "The appeals that concern the caller: own, to decide, against ratings they gave")
	AppealListsView lists() {
		SignoffService.AppealLists lists = this.signoff.lists();
		return new AppealListsView(AppealLineView.of(lists.mine()), AppealLineView.of(lists.toDecide()),
				AppealLineView.of(lists.aboutMyRatings()));
	}

	@GetMapping("/api/v1/appeals/{id}")
	@Operation(summary = "One appeal with its exchange",
			description = "For the employee, the pejabat penilai, the decider, Admin BKPSDM and the Auditor.")
	AppealView one(@PathVariable long id) {
		return AppealView.of(this.signoff.appeal(id).appeal());
	}

	@PostMapping("/api/v1/appeals/{id}/requests")
	@Operation(
			summary = "Ask the pejabat penilai (APPRAISER) or the employee (EMPLOYEE) for an explanation, "
					+ "as the decider",
			description = "403 for anyone else, 409 once decided, 422 naming addressedTo or body.")
	AppealView ask(@PathVariable long id, @RequestBody ExplanationRequest request) {
		return AppealView.of(this.signoff.ask(id, request.addressedTo(), request.body()));
	}

	@PostMapping("/api/v1/appeals/{id}/answers")
	@Operation(summary = "Answer the decider's request, as the party asked",
			description = "403 for anyone not asked, 409 once decided, 422 naming body.")
	AppealView answer(@PathVariable long id, @RequestBody AnswerRequest request) {
		return AppealView.of(this.signoff.answer(id, request.body()));
	}

	@PostMapping("/api/v1/appeals/{id}/decision")
	@Operation(summary = "Decide the appeal (KEEP or CHANGE with new ratings), finally, as the decider",
			description = "The reason is required; CHANGE needs both ratings, not the same as now, and changes the "
					+ "evaluation (predikat by the matrix). 403 for anyone else, 409 when decided before or the "
					+ "version is stale, 422 naming decision, reason, ratingHasil or ratingPerilaku.")
	AppealView decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		return AppealView.of(this.signoff.decide(id, request.decision(), request.reason(), request.ratingHasil(),
				request.ratingPerilaku(), request.version()));
	}

	/** Answer a rendered document with its type and file name. */
	static ResponseEntity<byte[]> pdf(EvaluationDocument.Pdf pdf, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

}

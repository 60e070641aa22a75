package id.kinerja.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kinerja.monitoring.Deadlines;
import id.kinerja.monitoring.Evidence;
import id.kinerja.monitoring.EvidenceFiles;
import id.kinerja.monitoring.Realisation;
import id.kinerja.monitoring.RealisationQueries;
import id.kinerja.monitoring.RealisationReport;
import id.kinerja.monitoring.RealisationService;
import id.kinerja.monitoring.RealisationService.RealisationInput;
import id.kinerja.monitoring.RealisationSource;
import id.kinerja.monitoring.ReportStatus;
import id.kinerja.web.RequestTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Realisation")
class RealisationApiController {

	private final RealisationService service;

	private final RealisationQueries queries;

	private final EvidenceFiles evidence;

	private final Deadlines deadlines;

	private final Clock clock;

	RealisationApiController(RealisationService service, RealisationQueries queries, EvidenceFiles evidence,
			Deadlines deadlines, Clock clock) {
		this.service = service;
		this.queries = queries;
		this.evidence = evidence;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** A realisation as sent. */
	record RealisationRequest(@Nullable String period, @Nullable Long indicatorId, @Nullable String value,
			@Nullable String budget, @Nullable String note, @Nullable String obstacle, @Nullable String cause,
			@Nullable String fix, @Nullable Long version) {

		RealisationInput input() {
			return new RealisationInput(this.period, this.indicatorId, this.value, this.budget, this.note,
					this.obstacle, this.cause, this.fix);
		}

	}

	/** A piece of evidence as read. */
	record EvidenceView(long id, @Nullable String fileName, @Nullable String contentType, @Nullable Long size,
			@Nullable String sha256, @Nullable String url, @Nullable Instant addedAt) {

		static EvidenceView of(Evidence evidence) {
			return new EvidenceView(evidence.getId(), evidence.getFileName(), evidence.getContentType(),
					evidence.getSizeBytes(), evidence.getSha256(), evidence.getUrl(), evidence.getCreatedAt());
		}

	}

	/** A realisation as read. */
	record RealisationView(long id, @Nullable Long version, String period, long skpId, long rhkId, long indicatorId,
			@Nullable String value, @Nullable BigDecimal valueNumber, @Nullable String valueText,
			@Nullable BigDecimal achievement, @Nullable BigDecimal budget, @Nullable String note,
			@Nullable String obstacle, @Nullable String cause, @Nullable String fix, RealisationSource source,
			@Nullable String sourceClient, @Nullable Instant updatedAt, List<EvidenceView> evidence) {

		static RealisationView of(Realisation r, String period, List<Evidence> evidence) {
			String value = (r.getValueNumber() != null) ? r.getValueNumber().stripTrailingZeros().toPlainString()
					: r.getValueText();
			return new RealisationView(r.getId(), r.getVersion(), period, r.getSkpId(), r.getRhkId(),
					r.getIndicatorId(), value, r.getValueNumber(), r.getValueText(), r.getAchievement(), r.getBudget(),
					r.getNote(), r.getObstacle(), r.getObstacleCause(), r.getPlannedFix(), r.getSource(),
					r.getSourceClient(), r.getUpdatedAt(), evidence.stream().map(EvidenceView::of).toList());
		}

	}

	/** A period's report as read. */
	record ReportView(long skpId, String period, LocalDate start, LocalDate end, LocalDate deadline,
			LocalDate standardDeadline, boolean open, ReportStatus status, @Nullable Long version,
			@Nullable Instant submittedAt, boolean late, @Nullable Instant decidedAt, @Nullable String returnNote,
			List<RealisationView> realisations, List<String> missingIndicators) {
	}

	/** A period as listed. */
	record PeriodView(String period, LocalDate start, LocalDate end, LocalDate deadline, @Nullable ReportStatus status,
			boolean late, boolean open, boolean overdue, int written) {
	}

	/** A note sent with a return. */
	record NoteRequest(@Nullable String note) {
	}

	/** A link sent as evidence. */
	record LinkRequest(@Nullable String url) {
	}

	/** A deadline extension as sent. */
	record ExtensionRequest(@Nullable String unit, @Nullable String period, @Nullable LocalDate deadline,
			@Nullable String reason) {
	}

	@PostMapping("/api/v1/skp/{id}/realisations")
	@Operation(summary = "Write the realisation of an indicator of one's own plan for a period "
			+ "(creates it, or changes the draft of that indicator)")
	ResponseEntity<RealisationView> record(@PathVariable long id, @RequestBody RealisationRequest request) {
		RealisationService.Saved saved = this.service.record(id, request.input(), request.version());
		RealisationView view = view(saved);
		if (saved.created()) {
			return ResponseEntity.created(URI.create("/api/v1/realisations/" + view.id())).body(view);
		}
		return ResponseEntity.ok(view);
	}

	@GetMapping("/api/v1/skp/{id}/realisations")
	@Operation(summary = "The plan's realisations, of one period or all")
	List<RealisationView> list(@PathVariable long id, @RequestParam(required = false) @Nullable String period) {
		return this.queries.realisations(id, period).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/realisations/{id}")
	@Operation(summary = "One realisation, for those who may read its plan")
	RealisationView one(@PathVariable long id) {
		return view(this.service.readable(id));
	}

	@PutMapping("/api/v1/realisations/{id}")
	@Operation(summary = "Change a realisation of one's own plan while its period may change")
	RealisationView change(@PathVariable long id, @RequestBody RealisationRequest request) {
		Realisation realisation = this.service.ownRealisation(id);
		RealisationInput input = new RealisationInput(this.queries.periodOf(realisation), realisation.getIndicatorId(),
				request.value(), request.budget(), request.note(), request.obstacle(), request.cause(), request.fix());
		return view(this.service.record(realisation.getSkpId(), input, request.version()));
	}

	@DeleteMapping("/api/v1/realisations/{id}")
	@Operation(summary = "Remove a realisation of one's own plan, with its evidence, while its period may change")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
		this.service.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/skp/{id}/periods")
	@Operation(summary = "The plan's periods with where each stands")
	List<PeriodView> periods(@PathVariable long id) {
		return this.queries.periods(id)
			.stream()
			.map((line) -> new PeriodView(line.period().code(), line.period().start(), line.period().end(),
					line.deadline(), line.status(), line.late(), line.open(), line.overdue(), line.written()))
			.toList();
	}

	@GetMapping("/api/v1/skp/{id}/periods/{period}")
	@Operation(summary = "One period's report with its realisations")
	ReportView report(@PathVariable long id, @PathVariable String period) {
		return reportView(this.queries.sheet(id, period));
	}

	@GetMapping("/api/v1/skp/{id}/periods/{period}/log-draft")
	@Operation(summary = "The period's daily logs per RHK, offered as the draft of the realisation")
	Map<Long, RealisationQueries.LogDraft> logDraft(@PathVariable long id, @PathVariable String period) {
		return this.queries.sheet(id, period).drafts();
	}

	@PostMapping("/api/v1/skp/{id}/periods/{period}/submit")
	@Operation(summary = "Submit the period's report of one's own plan (counted at the moment it was sent)")
	ReportView submit(@PathVariable long id, @PathVariable String period, HttpServletRequest request) {
		this.service.submit(id, period, RequestTimes.receivedAt(request, this.clock));
		return reportView(this.queries.sheet(id, period));
	}

	@PostMapping("/api/v1/skp/{id}/periods/{period}/acknowledge")
	@Operation(summary = "Acknowledge a submitted report, as the pejabat penilai")
	ReportView acknowledge(@PathVariable long id, @PathVariable String period) {
		this.service.acknowledge(id, period);
		return reportView(this.queries.sheet(id, period));
	}

	@PostMapping("/api/v1/skp/{id}/periods/{period}/return")
	@Operation(summary = "Return a submitted report asking for more, as the pejabat penilai")
	ReportView giveBack(@PathVariable long id, @PathVariable String period, @RequestBody NoteRequest request) {
		this.service.giveBack(id, period, request.note());
		return reportView(this.queries.sheet(id, period));
	}

	@GetMapping("/api/v1/realisations/{id}/evidence")
	@Operation(summary = "The evidence of a realisation")
	List<EvidenceView> evidence(@PathVariable long id) {
		return this.evidence.of(this.service.readable(id).getId()).stream().map(EvidenceView::of).toList();
	}

	@PostMapping(path = "/api/v1/realisations/{id}/evidence", consumes = "multipart/form-data")
	@Operation(summary = "Attach a file (PDF, image, office document) as evidence of a realisation of one's own plan")
	ResponseEntity<EvidenceView> upload(@PathVariable long id,
			@RequestParam(name = "file",
					required = false) org.springframework.web.multipart.@Nullable MultipartFile file)
			throws java.io.IOException {
		if (file == null) {
			throw new id.kinerja.shared.FieldsRejectedException(
					List.of(new id.kinerja.shared.FieldsRejectedException.FieldProblem("file", "storage.file.empty")));
		}
		Evidence added;
		try (java.io.InputStream content = file.getInputStream()) {
			added = this.evidence.addFile(this.service.ownRealisation(id), file.getOriginalFilename(),
					file.getContentType(), content);
		}
		return ResponseEntity.created(URI.create("/api/v1/realisations/" + id + "/evidence/" + added.getId()))
			.body(EvidenceView.of(added));
	}

	@GetMapping("/api/v1/realisations/{id}/evidence/{evidenceId}")
	@Operation(summary = "Download a file of a realisation's evidence (always as an attachment), for those who may "
			+ "read the plan")
	ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable long id,
			@PathVariable long evidenceId) {
		return EvidenceResponses.download(this.evidence, this.service.readable(id), evidenceId);
	}

	@PostMapping("/api/v1/realisations/{id}/links")
	@Operation(summary = "Add a link (http/https) as evidence of a realisation of one's own plan")
	ResponseEntity<EvidenceView> addLink(@PathVariable long id, @RequestBody LinkRequest request) {
		Evidence added = this.evidence.addLink(this.service.ownRealisation(id), request.url());
		return ResponseEntity.created(URI.create("/api/v1/realisations/" + id + "/evidence/" + added.getId()))
			.body(EvidenceView.of(added));
	}

	@DeleteMapping("/api/v1/realisations/{id}/evidence/{evidenceId}")
	@Operation(summary = "Remove a piece of evidence of a realisation of one's own plan")
	ResponseEntity<Void> removeEvidence(@PathVariable long id, @PathVariable long evidenceId) {
		this.evidence.remove(this.service.ownRealisation(id), evidenceId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/deadline-extensions")
	@Operation(summary = "The realisation deadline extensions in force in one's agency")
	List<Deadlines.ExtensionView> extensions() {
		return this.deadlines.extensions();
	}

	@PostMapping("/api/v1/deadline-extensions")
	@Operation(summary = "Grant a unit (and the units below it) a later realisation deadline of a period, with the "
			+ "reason (Admin BKPSDM; Admin OPD for their units)")
	ResponseEntity<Deadlines.ExtensionView> extend(@RequestBody ExtensionRequest request) {
		long id = this.deadlines.extend(request.unit(), request.period(), request.deadline(), request.reason()).getId();
		Deadlines.ExtensionView view = this.deadlines.extensions()
			.stream()
			.filter((e) -> e.id() == id)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(view);
	}

	@DeleteMapping("/api/v1/deadline-extensions/{id}")
	@Operation(summary = "Revoke a deadline extension")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.deadlines.revoke(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The view of a realisation just written: its period is known, and a new one has no
	 * evidence yet.
	 */
	private RealisationView view(RealisationService.Saved saved) {
		Realisation realisation = saved.realisation();
		return RealisationView.of(realisation, saved.period(),
				saved.created() ? List.of() : this.evidence.of(realisation.getId()));
	}

	private RealisationView view(Realisation realisation) {
		return RealisationView.of(realisation, this.queries.periodOf(realisation),
				this.evidence.of(realisation.getId()));
	}

	private ReportView reportView(RealisationQueries.Sheet sheet) {
		RealisationReport report = sheet.report();
		List<RealisationView> written = sheet.lines()
			.stream()
			.filter((line) -> line.realisation() != null)
			.map((line) -> RealisationView.of(line.realisation(), sheet.period().code(), line.evidence()))
			.toList();
		List<String> missing = sheet.lines()
			.stream()
			.filter((line) -> line.realisation() == null)
			.map((line) -> line.rhk().number() + "." + line.indicatorNumber())
			.toList();
		return new ReportView(sheet.skp().id(), sheet.period().code(), sheet.period().start(), sheet.period().end(),
				sheet.deadline(), sheet.standardDeadline(), sheet.open(), sheet.status(),
				(report != null) ? report.getVersion() : null, (report != null) ? report.getSubmittedAt() : null,
				report != null && report.isSubmittedLate(), (report != null) ? report.getDecidedAt() : null,
				(report != null) ? report.getReturnNote() : null, written, missing);
	}

}

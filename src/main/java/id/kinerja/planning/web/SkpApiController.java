package id.kinerja.planning.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import id.kinerja.planning.Approach;
import id.kinerja.planning.CoreValue;
import id.kinerja.planning.Rhk;
import id.kinerja.planning.SkpDocument;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.planning.SkpVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
@Tag(name = "Plans (SKP)")
class SkpApiController {

	private final SkpService skps;

	private final SkpQueries queries;

	private final SkpVersions versions;

	private final SkpDocument document;

	SkpApiController(SkpService skps, SkpQueries queries, SkpVersions versions, SkpDocument document) {
		this.skps = skps;
		this.queries = queries;
		this.versions = versions;
		this.document = document;
	}

	/** Start a plan. */
	record StartRequest(@NotBlank(message = "{planning.skp.nip.required}") @Nullable String nip,
			@NotNull(message = "{planning.period.year.required}") @Min(value = 2020,
					message = "{planning.period.year.range}") @Max(value = 2100,
							message = "{planning.period.year.range}") @Nullable Integer year) {
	}

	/** An RHK with its indicators, and optionally the plan's version that was read. */
	record RhkRequest(@Nullable String text, id.kinerja.planning.@Nullable RhkKind kind, @Nullable Long supervisorRhkId,
			@Nullable Long orgGoalId, id.kinerja.planning.@Nullable Perspective perspective,
			@Nullable List<SkpService.IndicatorInput> indicators, @Nullable Long version) {

		SkpService.RhkInput input() {
			return new SkpService.RhkInput(this.text, this.kind, this.supervisorRhkId, this.orgGoalId, this.perspective,
					this.indicators);
		}

	}

	/** The header fields the owner writes. */
	record HeaderRequest(@NotNull(message = "{planning.skp.approach.required}") @Nullable Approach approach,
			@Nullable String resourceSupport, @Nullable String accountabilityScheme, @Nullable String consequences,
			@Nullable Long version) {
	}

	/** A special expectation for one value. */
	record ExpectationRequest(@Nullable String expectation, @Nullable Long version) {
	}

	/** A decision, with the version that was read. */
	record DecisionRequest(@Nullable String note, @Nullable Long version) {
	}

	@PostMapping("/api/v1/skp")
	@Operation(summary = "Start an employee's plan for a year (the employee, or an admin of the employee)")
	ResponseEntity<SkpView> start(@Valid @RequestBody StartRequest request) {
		long id = this.skps.start(request.nip(), request.year()).getId();
		return ResponseEntity.created(URI.create("/api/v1/skp/" + id)).body(this.queries.skp(id));
	}

	@GetMapping("/api/v1/skp")
	@Operation(summary = "An employee's plans, of a year or all")
	List<SkpView> plans(@RequestParam String nip, @RequestParam(required = false) @Nullable Integer year) {
		return this.queries.plansOf(nip, year);
	}

	@GetMapping("/api/v1/skp/waiting")
	@Operation(summary = "The submitted plans waiting for the caller's decision")
	List<SkpQueries.SkpSummary> waiting() {
		return this.queries.waitingForMe();
	}

	@GetMapping("/api/v1/skp/{id}")
	@Operation(summary = "The whole plan with its quality hints")
	SkpView one(@PathVariable long id) {
		return this.queries.skp(id);
	}

	@GetMapping("/api/v1/skp/{id}/document.pdf")
	@Operation(summary = "The SKP document as a PDF, in the language of Accept-Language",
			description = "Marked DRAF until approved. Same access as reading the plan.")
	ResponseEntity<byte[]> document(@PathVariable long id, Locale locale) {
		return pdf(this.document.render(id, locale), ContentDisposition.attachment());
	}

	/** Answer a rendered document with its type and file name. */
	static ResponseEntity<byte[]> pdf(SkpDocument.Pdf pdf, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

	@PutMapping("/api/v1/skp/{id}")
	@Operation(summary = "Change the approach and the attachments (lampiran) of a draft (owner)")
	SkpView header(@PathVariable long id, @Valid @RequestBody HeaderRequest request) {
		this.skps.changeHeader(id, request.approach(), request.resourceSupport(), request.accountabilityScheme(),
				request.consequences(), request.version());
		return this.queries.skp(id);
	}

	@PostMapping("/api/v1/skp/{id}/rhk")
	@Operation(summary = "Add an RHK with its indicators to a draft (owner)")
	ResponseEntity<SkpView.RhkView> addRhk(@PathVariable long id, @RequestBody RhkRequest request) {
		Rhk rhk = this.skps.addRhk(id, request.input(), request.version());
		return ResponseEntity.created(URI.create("/api/v1/rhk/" + rhk.getId())).body(rhkView(id, rhk.getId()));
	}

	@PutMapping("/api/v1/rhk/{rhkId}")
	@Operation(summary = "Change an RHK and its indicators (owner); send the RHK's version")
	SkpView.RhkView changeRhk(@PathVariable long rhkId, @RequestBody RhkRequest request) {
		Rhk rhk = this.skps.changeRhk(rhkId, request.input(), request.version());
		return rhkView(rhk.getSkpId(), rhkId);
	}

	@DeleteMapping("/api/v1/rhk/{rhkId}")
	@Operation(summary = "Remove an RHK from a draft (owner)")
	ResponseEntity<Void> removeRhk(@PathVariable long rhkId, @RequestParam(required = false) @Nullable Long version) {
		this.skps.removeRhk(rhkId, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/rhk/{rhkId}/acknowledge")
	@Operation(summary = "Keep an RHK's link after the supervisor changed the RHK it supports (owner)")
	SkpView.RhkView acknowledge(@PathVariable long rhkId) {
		Rhk rhk = this.skps.acknowledgeSupervisorChange(rhkId);
		return rhkView(rhk.getSkpId(), rhkId);
	}

	@GetMapping("/api/v1/skp/{id}/supervisor-rhk")
	@Operation(summary = "The pejabat penilai's RHKs of the same year that this plan's RHKs may support")
	List<SkpQueries.SupervisorRhk> supervisorRhks(@PathVariable long id) {
		return this.queries.supervisorRhks(id);
	}

	@PutMapping("/api/v1/skp/{id}/behaviours/{value}")
	@Operation(summary = "Write the special expectation for one BerAKHLAK value (pejabat penilai)")
	SkpView expect(@PathVariable long id, @PathVariable CoreValue value, @RequestBody ExpectationRequest request) {
		this.skps.expect(id, value, request.expectation(), request.version());
		return this.queries.skp(id);
	}

	@PostMapping("/api/v1/skp/{id}/submit")
	@Operation(summary = "Submit a plan to the pejabat penilai (owner)")
	SkpView submit(@PathVariable long id, @RequestBody(required = false) @Nullable DecisionRequest request) {
		this.skps.submit(id, (request != null) ? request.version() : null);
		return this.queries.skp(id);
	}

	@PostMapping("/api/v1/skp/{id}/approve")
	@Operation(summary = "Approve a submitted plan (pejabat penilai)")
	SkpView approve(@PathVariable long id, @RequestBody(required = false) @Nullable DecisionRequest request) {
		this.skps.approve(id, (request != null) ? request.version() : null);
		return this.queries.skp(id);
	}

	@PostMapping("/api/v1/skp/{id}/return")
	@Operation(summary = "Return a submitted plan to its owner with notes (pejabat penilai)")
	SkpView returnToOwner(@PathVariable long id, @RequestBody(required = false) @Nullable DecisionRequest request) {
		this.skps.returnToOwner(id, (request != null) ? request.note() : null,
				(request != null) ? request.version() : null);
		return this.queries.skp(id);
	}

	@GetMapping("/api/v1/skp/{id}/versions")
	@Operation(summary = "The kept (submitted and approved) states of a plan")
	List<SkpVersions.VersionSummary> versions(@PathVariable long id) {
		return this.versions.list(id);
	}

	@GetMapping("/api/v1/skp/{id}/versions/{number}")
	@Operation(summary = "One kept state of a plan, whole")
	SkpView version(@PathVariable long id, @PathVariable int number) {
		return this.versions.one(id, number);
	}

	@GetMapping("/api/v1/skp/{id}/versions/{from}/changes/{to}")
	@Operation(summary = "What changed between two kept states of a plan")
	List<SkpVersions.Change> changes(@PathVariable long id, @PathVariable int from, @PathVariable int to) {
		return this.versions.changes(id, from, to);
	}

	private SkpView.RhkView rhkView(long skpId, long rhkId) {
		return this.queries.skp(skpId).rhk().stream().filter((rhk) -> rhk.id() == rhkId).findFirst().orElseThrow();
	}

}

package id.kinerja.planning.web;

import java.util.List;

import id.kinerja.planning.SkpAssistService;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans (SKP)")
class SkpAssistApiController {

	private final SkpAssistService assist;

	private final SkpQueries queries;

	SkpAssistApiController(SkpAssistService assist, SkpQueries queries) {
		this.assist = assist;
		this.queries = queries;
	}

	/** The supervisor's RHKs picked, with the plan's version that was read. */
	record PickRequest(@Nullable List<Long> supervisorRhkIds, @Nullable Long version) {
	}

	/** The plan's version that was read. */
	record VersionRequest(@Nullable Long version) {
	}

	/** The ticks of the matrix, with the matrix's version that was read. */
	record MatrixRequest(@Nullable List<SkpAssistService.Tick> ticks, @Nullable Long version) {
	}

	@PostMapping("/api/v1/skp/{id}/from-supervisor")
	@Operation(summary = "Fill an empty draft with one RHK per picked supervisor RHK, linked to it (owner)",
			description = "Each new RHK starts with the supervisor's text and no indicator: rewrite it and add indicators.")
	SkpView fromSupervisor(@PathVariable long id, @RequestBody PickRequest request) {
		this.assist.startFromSupervisor(id, request.supervisorRhkIds(), request.version());
		return this.queries.skp(id);
	}

	@PostMapping("/api/v1/skp/{id}/copy-last-year")
	@Operation(summary = "Fill an empty draft with the RHKs and indicators of the owner's plan of the year before",
			description = "Links to the supervisor's RHKs are made again where this year's supervisor RHK has the same text.")
	SkpView copyLastYear(@PathVariable long id, @RequestBody(required = false) @Nullable VersionRequest request) {
		this.assist.copyFromLastYear(id, (request != null) ? request.version() : null);
		return this.queries.skp(id);
	}

	@GetMapping("/api/v1/skp/{id}/matrix")
	@Operation(summary = "The plan's Matriks Peran Hasil: its RHKs by the owner's direct subordinates")
	SkpAssistService.MatrixView matrix(@PathVariable long id) {
		return this.assist.matrix(id);
	}

	@PutMapping("/api/v1/skp/{id}/matrix")
	@Operation(summary = "Keep the Matriks Peran Hasil and pre-fill the ticked subordinates' drafts (owner)",
			description = "Send every tick; submitted and approved plans are left alone, existing links not repeated.")
	SkpAssistService.MatrixSaved saveMatrix(@PathVariable long id, @RequestBody MatrixRequest request) {
		return this.assist.saveMatrix(id, request.ticks(), request.version());
	}

}

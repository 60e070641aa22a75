package id.kinerja.audit.web;

import java.time.LocalDate;

import id.kinerja.audit.AuditEntry;
import id.kinerja.audit.AuditFilter;
import id.kinerja.audit.AuditQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditApiController {

	private final AuditQueries queries;

	AuditApiController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "The agency's audit trail, newest first (Admin BKPSDM and Auditor)")
	PagedModel<AuditEntry> search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{web.paging.page}") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "{web.paging.size}") @Max(value = 500,
					message = "{web.paging.size}") int size) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, from, to);
		return new PagedModel<>(this.queries.search(filter, PageRequest.of(page, size)));
	}

}

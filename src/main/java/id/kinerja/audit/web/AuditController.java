package id.kinerja.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import id.kinerja.audit.AuditEntry;
import id.kinerja.audit.AuditFilter;
import id.kinerja.audit.AuditQueries;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	private final ZoneId zone;

	AuditController(AuditQueries queries, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.queries = queries;
		this.zone = zone;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, from, to);
		Page<AuditEntry> records = this.queries.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("records", records);
		model.addAttribute("entityTypes", this.queries.entityTypes());
		model.addAttribute("zone", this.zone);
		return "audit/list";
	}

}

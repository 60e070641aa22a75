package id.kinerja.employee.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import id.kinerja.agency.UnitImportService;
import id.kinerja.employee.imports.EmployeeImportService;
import id.kinerja.employee.imports.ImportJobs;
import id.kinerja.shared.Actor;
import id.kinerja.shared.tabular.RowError;
import id.kinerja.shared.tabular.TableFormat;
import id.kinerja.shared.tabular.TableWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import page: upload a file of units or employees, watch it being checked and
 * applied (htmx polls the job every 500 ms), then see the counts or every error with a
 * downloadable report; templates and exports to download.
 */
@Controller
class ImportPageController {

	/** Rows of errors shown on the page; the report holds them all. */
	static final int ERRORS_SHOWN = 500;

	/** The user's own jobs listed on the page. */
	static final int RECENT_JOBS = 10;

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportPageController(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String page(Model model) {
		requireImporter();
		return prepare(model, null, null);
	}

	@PostMapping("/imports")
	String upload(@RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model)
			throws IOException {
		requireImporter();
		ImportJobs.Kind chosen = kind(kind);
		if (chosen == null || file == null || file.isEmpty()) {
			model.addAttribute("uploadErrorKey",
					(chosen == null) ? "employee.import.page.kind.required" : "employee.import.page.file.required");
			return (htmx != null) ? "imports/page :: status" : prepare(model, null, kind);
		}
		Path temp = Files.createTempFile("kinerja-import-", ".upload");
		try {
			file.transferTo(temp);
		}
		catch (IOException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		ImportJobs.Job job = this.jobs.start(chosen, temp, name);
		if (htmx == null) {
			return "redirect:/imports/jobs/" + job.id();
		}
		status(model, job);
		return "imports/page :: status";
	}

	@GetMapping("/imports/jobs/{id}")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		requireImporter();
		ImportJobs.Job job = find(id);
		if (htmx != null) {
			status(model, job);
			return "imports/page :: status";
		}
		return prepare(model, job, job.kind().name());
	}

	@GetMapping("/imports/jobs/{id}/errors.csv")
	void errorReport(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
		requireImporter();
		List<RowError> errors = this.jobs.errors(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType(TableFormat.CSV.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("import-errors.csv").build().toString());
		try (TableWriter writer = TableWriter.open(TableFormat.CSV, response.getOutputStream(), "errors")) {
			writer.row(message("employee.import.page.report.line", locale),
					message("employee.import.page.report.column", locale),
					message("employee.import.page.report.message", locale));
			for (RowError error : errors) {
				writer.row(String.valueOf(error.line()), error.column(),
						this.messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
			}
		}
	}

	@GetMapping("/imports/templates/{kind}.{extension}")
	void template(@PathVariable String kind, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		requireImporter();
		ImportJobs.Kind chosen = kind(kind);
		TableFormat format = TableFormat.of(extension).orElse(null);
		if (chosen == null || format == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = (chosen == ImportJobs.Kind.UNITS) ? "units" : "employees";
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "-template." + format.extension()).build().toString());
		try (TableWriter writer = TableWriter.open(format, response.getOutputStream(), name)) {
			writer.row((chosen == ImportJobs.Kind.UNITS) ? UnitImportService.HEADERS : EmployeeImportService.HEADERS);
		}
	}

	private String prepare(Model model, ImportJobs.@Nullable Job job, @Nullable String kind) {
		model.addAttribute("kinds", List.of(ImportJobs.Kind.values()));
		model.addAttribute("chosenKind", (kind != null) ? kind.toUpperCase(Locale.ROOT) : "EMPLOYEES");
		model.addAttribute("formats", List.of(TableFormat.values()));
		model.addAttribute("recentJobs", this.jobs.recent(RECENT_JOBS));
		if (job != null) {
			status(model, job);
		}
		else {
			model.addAttribute("errorsShown", ERRORS_SHOWN);
		}
		return "imports/page";
	}

	private void status(Model model, ImportJobs.Job job) {
		model.addAttribute("job", job);
		model.addAttribute("errorsShown", ERRORS_SHOWN);
		List<RowError> errors = (job.state() == ImportJobs.State.REJECTED)
				? this.jobs.errors(job.id()).orElse(List.of()) : List.of();
		model.addAttribute("errors", (errors.size() > ERRORS_SHOWN) ? errors.subList(0, ERRORS_SHOWN) : errors);
	}

	private ImportJobs.Job find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static ImportJobs.@Nullable Kind kind(String value) {
		for (ImportJobs.Kind kind : ImportJobs.Kind.values()) {
			if (kind.name().equalsIgnoreCase(value.strip())) {
				return kind;
			}
		}
		return null;
	}

	private static void requireImporter() {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
		if (!ImportJobs.mayImport(actor)) {
			throw new AccessDeniedException("imports are for Admin BKPSDM and Admin OPD");
		}
	}

}

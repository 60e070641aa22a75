package id.kinerja.employee.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.employee.imports.EmployeeImportService;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.tabular.DeferredStart;
import id.kinerja.shared.tabular.ImportProgress;
import id.kinerja.shared.tabular.ImportResult;
import id.kinerja.shared.tabular.TableFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Import and export")
class EmployeeImportApiController {

	private final EmployeeImportService imports;

	EmployeeImportApiController(EmployeeImportService imports) {
		this.imports = imports;
	}

	/** The outcome of an applied import, as the contract states it. */
	record ImportView(String status, int rows, int created, int updated) {

		static ImportView of(ImportResult result) {
			return new ImportView(result.status(), result.rows(), result.created(), result.updated());
		}

	}

	@PostMapping(path = "/api/v1/imports/employees", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import employees with their posts from CSV or XLSX, all or nothing "
			+ "(Admin BKPSDM, Admin OPD in its subtree)")
	ImportView importEmployees(@RequestParam("file") MultipartFile file) throws IOException {
		Path temp = Files.createTempFile("kinerja-employees-", ".upload");
		try {
			file.transferTo(temp);
			return ImportView.of(this.imports.importFile(temp, ImportProgress.NONE));
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@GetMapping("/api/v1/exports/employees")
	@Operation(summary = "Export the employees holding a post today in the import format, optionally of a unit's "
			+ "subtree (Admin BKPSDM, Admin OPD, Auditor)")
	void exportEmployees(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Nullable String unit, HttpServletResponse response) throws IOException {
		TableFormat tableFormat = TableFormat.of(format)
			.orElseThrow(() -> new KinerjaException(HttpStatus.BAD_REQUEST, "employee.export.format", format));
		this.imports.export(tableFormat, unit, new DeferredStart(response.getOutputStream(), () -> {
			response.setContentType(tableFormat.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("employees." + tableFormat.extension())
						.build()
						.toString());
		}));
	}

}

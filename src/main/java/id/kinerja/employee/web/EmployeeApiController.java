package id.kinerja.employee.web;

import java.util.List;

import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeView;
import id.kinerja.shared.KinerjaException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Employees")
class EmployeeApiController {

	private final EmployeeDirectory directory;

	EmployeeApiController(EmployeeDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/employees")
	@Operation(summary = "Find employees of the caller's agency by name or NIP, within a unit subtree")
	PagedModel<EmployeeView> search(
			@RequestParam(required = false) @Size(max = 100, message = "{employee.search.q.size}") @Nullable String q,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{web.paging.page}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{web.paging.size}") @Max(value = 500,
					message = "{web.paging.size}") int size) {
		return new PagedModel<>(this.directory.search(q, unit, PageRequest.of(page, size)));
	}

	@GetMapping("/api/v1/employees/{nip}")
	@Operation(summary = "One employee; personal fields only for those who may read the profile")
	EmployeeView one(@PathVariable String nip) {
		return this.directory.byNip(nip)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
	}

	@GetMapping("/api/v1/employees/{nip}/subordinates")
	@Operation(summary = "The direct subordinates of an employee today")
	List<EmployeeView> subordinates(@PathVariable String nip) {
		return this.directory.subordinatesOf(nip);
	}

}

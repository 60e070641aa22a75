package id.kinerja.employee.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.employee.Assignment;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeView;
import id.kinerja.employee.ReportingOverride;
import id.kinerja.employee.StaffService;
import id.kinerja.employee.StructureQueries;
import id.kinerja.shared.KinerjaException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Employees")
class EmployeeApiController {

	private final EmployeeDirectory directory;

	private final StaffService staff;

	private final StructureQueries queries;

	EmployeeApiController(EmployeeDirectory directory, StaffService staff, StructureQueries queries) {
		this.directory = directory;
		this.staff = staff;
		this.queries = queries;
	}

	/**
	 * An employee as a write returns them, with the version to send back with the next
	 * change.
	 */
	record SavedEmployee(String nip, String name, String status, @Nullable Long version) {

		static SavedEmployee of(Employee employee) {
			return new SavedEmployee(employee.getNip(), employee.getFullName(), employee.getStatus().name(),
					employee.getVersion());
		}

	}

	/** An assignment as a write returns it. */
	record AssignmentView(long id, String nip, long positionId, AssignmentKind kind, LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable String note, @Nullable Long version) {

		static AssignmentView of(String nip, Assignment assignment) {
			return new AssignmentView(assignment.getId(), nip, assignment.getPositionId(), assignment.getKind(),
					assignment.getStartDate(), assignment.getEndDate(), assignment.getNote(), assignment.getVersion());
		}

	}

	/** A supervisor set explicitly. */
	record OverrideView(long id, String nip, @Nullable String supervisorNip, boolean regionalHead, LocalDate startDate,
			@Nullable LocalDate endDate, String reason) {
	}

	/** An employee's assignment history, newest first, with the employee's version. */
	record History(String nip, String name, @Nullable Long version, List<StructureQueries.HistoryEntry> assignments) {
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

	@GetMapping("/api/v1/employees/{nip}/history")
	@Operation(summary = "The posts an employee held and holds, newest first",
			description = "Only for the employee, those above in the line, the unit's Admin OPD, Admin BKPSDM and Auditor; "
					+ "the version is the employee's, to send back with PUT.")
	History history(@PathVariable String nip) {
		List<StructureQueries.HistoryEntry> entries = this.queries.history(nip);
		Employee employee = this.staff.require(nip);
		return new History(employee.getNip(), employee.getFullName(), employee.getVersion(), entries);
	}

	@PostMapping("/api/v1/employees")
	@Operation(summary = "Register an employee in a post (Admin BKPSDM; Admin OPD for posts in its units)",
			description = "The NIP must be valid and agree with sex, birth date and ASN type; golongan is written "
					+ "III/a (PNS) or IX (PPPK). The account (username = NIP) follows.")
	ResponseEntity<EmployeeView> register(@Valid @RequestBody RegisterForm form) {
		Employee employee = this.staff.register(form.nip(), form.details().toDetails(), form.positionId(),
				form.startDate());
		return ResponseEntity.created(URI.create("/api/v1/employees/" + employee.getNip()))
			.body(one(employee.getNip()));
	}

	@PutMapping("/api/v1/employees/{nip}")
	@Operation(summary = "Change an employee's personal data",
			description = "Send the version you read (see /history); a stale one answers 409.")
	SavedEmployee update(@PathVariable String nip, @Valid @RequestBody EmployeeDetailsForm form) {
		return SavedEmployee.of(this.staff.update(nip, form.toDetails(), form.version()));
	}

	@PostMapping("/api/v1/employees/{nip}/assignments")
	@Operation(summary = "Put an employee in a post: DEFINITIF, or acting as PLT (vacancy) or PLH (absent holder)",
			description = "The caller must administer the post's unit.")
	ResponseEntity<AssignmentView> assign(@PathVariable String nip, @Valid @RequestBody AssignmentForm form) {
		Assignment assignment = this.staff.assign(nip, form.positionId(), form.kind(), form.startDate(), form.endDate(),
				form.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(AssignmentView.of(nip, assignment));
	}

	@PostMapping("/api/v1/employees/{nip}/assignments/{id}/end")
	@Operation(summary = "End an assignment on its last day")
	AssignmentView endAssignment(@PathVariable String nip, @PathVariable long id,
			@Valid @RequestBody EndAssignmentForm form) {
		return AssignmentView.of(nip, this.staff.endAssignment(nip, id, form.endDate(), form.version()));
	}

	@PostMapping("/api/v1/employees/{nip}/supervisor-override")
	@Operation(summary = "Set an employee's direct supervisor explicitly for a period",
			description = "Name the supervisor by supervisorNip, or set regionalHead for the regional head.")
	ResponseEntity<OverrideView> overrideSupervisor(@PathVariable String nip,
			@Valid @RequestBody SupervisorOverrideForm form) {
		if (!form.chosen()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.form.supervisor.required");
		}
		ReportingOverride saved = this.staff.overrideSupervisor(nip, form.supervisor(), form.startDate(),
				form.endDate(), form.reason());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new OverrideView(saved.getId(), nip, form.supervisor(), saved.getSupervisorId() == null,
					saved.getStartDate(), saved.getEndDate(), saved.getReason()));
	}

	/** A supervisor set explicitly, as the list of an employee's overrides shows it. */
	record OverrideEntryView(long id, @Nullable String supervisorNip, @Nullable String supervisorName,
			boolean regionalHead, LocalDate startDate, @Nullable LocalDate endDate, String reason, boolean current,
			long version) {

		static OverrideEntryView of(StructureQueries.OverrideEntry entry) {
			return new OverrideEntryView(entry.id(), entry.supervisorNip(), entry.supervisorName(),
					entry.regionalHead(), entry.startDate(), entry.endDate(), entry.reason(), entry.current(),
					entry.version());
		}

	}

	@GetMapping("/api/v1/employees/{nip}/overrides")
	@Operation(summary = "The supervisors set explicitly for an employee, newest first",
			description = "Only for those who may read the profile; current is true for the one in force today.")
	List<OverrideEntryView> overrides(@PathVariable String nip) {
		return this.queries.overrides(nip).stream().map(OverrideEntryView::of).toList();
	}

	@PostMapping("/api/v1/employees/{nip}/overrides/{id}/end")
	@Operation(summary = "End a supervisor override on its last day",
			description = "For those who administer the employee. Send the version you read; a stale one answers 409.")
	OverrideEntryView endOverride(@PathVariable String nip, @PathVariable long id,
			@Valid @RequestBody EndOverrideForm form) {
		ReportingOverride ended = this.staff.endOverride(nip, id, form.endDate(), form.version());
		return this.queries.overrides(nip)
			.stream()
			.filter((entry) -> entry.id() == ended.getId())
			.map(OverrideEntryView::of)
			.findFirst()
			.orElseThrow();
	}

	@PostMapping("/api/v1/employees/{nip}/leave")
	@Operation(summary = "Record that an employee moved to another agency or retired",
			description = "Ends the posts held after the last day and deactivates the account.")
	SavedEmployee leave(@PathVariable String nip, @Valid @RequestBody LeaveForm form) {
		return SavedEmployee.of(this.staff.leave(nip, form.status(), form.lastDay(), form.version()));
	}

}

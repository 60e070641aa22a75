package id.kinerja.employee.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.Position;
import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.StructureService;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.employee.Assignment;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.ReportingOverride;
import id.kinerja.employee.StaffService;
import id.kinerja.employee.StructureQueries;
import id.kinerja.shared.FormErrors;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that change employees: register, edit personal data, appoint a Plt or Plh,
 * end an assignment, set the supervisor explicitly, record a move or retirement. Each is
 * shown only to those who may make the change ({@link StaffService}); the others get 403
 * on the form and on its POST.
 */
@Controller
class EmployeeFormController {

	private static final Map<String, String> DETAIL_FIELDS = Map.ofEntries(Map.entry("shared.nip.format", "nip"),
			Map.entry("shared.nip.spreadsheet", "nip"), Map.entry("shared.nip.birth-date", "nip"),
			Map.entry("shared.nip.appointment-month", "nip"), Map.entry("shared.nip.appointment-year", "nip"),
			Map.entry("shared.nip.sex", "nip"), Map.entry("shared.nip.sequence", "nip"),
			Map.entry("employee.nip.taken", "nip"), Map.entry("employee.sex.nip", "sex"),
			Map.entry("employee.asn-type.nip", "asnType"), Map.entry("employee.birth-date.nip", "birthDate"),
			Map.entry("employee.golongan.asn-type", "golongan"),
			Map.entry("employee.assignment.overlap-position", "positionId"),
			Map.entry("employee.assignment.overlap-employee", "positionId"),
			Map.entry("agency.position.not-found", "positionId"), Map.entry("agency.position.closed", "positionId"));

	private static final Map<String, String> ACTING_FIELDS = Map.of("employee.nip.not-found", "nip",
			"employee.status.inactive", "nip", "employee.assignment.dates", "endDate",
			"employee.assignment.overlap-position", "positionId", "employee.assignment.overlap-employee", "nip",
			"agency.position.not-found", "positionId", "agency.position.closed", "positionId");

	private static final Map<String, String> END_FIELDS = Map.of("employee.assignment.dates", "endDate");

	private static final Map<String, String> OVERRIDE_FIELDS = Map.of("employee.nip.not-found", "supervisorNip",
			"employee.override.self", "supervisorNip", "employee.override.reason", "reason",
			"employee.assignment.dates", "endDate", "employee.form.supervisor.required", "supervisorNip");

	private static final Map<String, String> END_OVERRIDE_FIELDS = Map.of("employee.override.end.before-start",
			"endDate", "employee.override.end.ended", "endDate");

	private static final Map<String, String> LEAVE_FIELDS = Map.of("employee.status.leave", "status",
			"employee.status.inactive", "status");

	private final StaffService staff;

	private final StructureAccess access;

	private final StructureService structure;

	private final StructureQueries queries;

	private final UnitRepository units;

	private final Clock clock;

	EmployeeFormController(StaffService staff, StructureAccess access, StructureService structure,
			StructureQueries queries, UnitRepository units, Clock clock) {
		this.staff = staff;
		this.access = access;
		this.structure = structure;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/employees/new")
	String newEmployee(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Long position, Model model) {
		requireSomeRights();
		String unitCode = (position != null) ? unitOf(position).getCode() : unit;
		model.addAttribute("form", new RegisterForm(null, null, null, null, null, null, Nip.AsnType.PNS, null, null,
				null, position, LocalDate.now(this.clock)));
		return registerPage(model, unitCode, Nip.AsnType.PNS);
	}

	@PostMapping("/employees/new")
	String register(@Valid @ModelAttribute("form") RegisterForm form, BindingResult result,
			@RequestParam(name = "unit", required = false) @Nullable String unit, Model model,
			RedirectAttributes redirect) {
		requireSomeRights();
		if (!result.hasErrors()) {
			try {
				Employee employee = this.staff.register(form.nip(), form.details().toDetails(), form.positionId(),
						form.startDate());
				return toProfile(redirect, "employee.saved.registered", employee);
			}
			catch (KinerjaException ex) {
				refuse(result, ex, DETAIL_FIELDS);
			}
		}
		return registerPage(model, unit, form.asnType());
	}

	private String registerPage(Model model, @Nullable String unitCode, Nip.@Nullable AsnType asnType) {
		model.addAttribute("units", this.access.changeableUnits());
		model.addAttribute("unit", unitCode);
		model.addAttribute("postOptions", postOptions(unitCode));
		model.addAttribute("ranks", EmployeeController.ranks(asnType));
		model.addAttribute("asnTypes", Nip.AsnType.values());
		return "employees/register";
	}

	@GetMapping("/employees/{nip}/edit")
	String edit(@PathVariable String nip, Model model) {
		Employee employee = this.staff.requireChangeable(nip);
		model.addAttribute("form", EmployeeDetailsForm.of(employee));
		return editPage(model, employee);
	}

	@PostMapping("/employees/{nip}/edit")
	String update(@PathVariable String nip, @Valid @ModelAttribute("form") EmployeeDetailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Employee employee = this.staff.requireChangeable(nip);
		if (!result.hasErrors()) {
			try {
				return toProfile(redirect, "employee.saved.updated",
						this.staff.update(nip, form.toDetails(), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex, DETAIL_FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return editPage(model, employee);
	}

	private String editPage(Model model, Employee employee) {
		model.addAttribute("employee", employee);
		model.addAttribute("ranks", EmployeeController.ranks(employee.getAsnType()));
		model.addAttribute("asnTypes", Nip.AsnType.values());
		return "employees/edit";
	}

	@GetMapping("/assignments/new")
	String newActing(@RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @Nullable Long position, Model model) {
		requireSomeRights();
		String unitCode = null;
		if (position != null) {
			Unit unit = unitOf(position);
			this.access.requireMayChange(unit);
			unitCode = unit.getCode();
		}
		model.addAttribute("form",
				new ActingForm(nip, position, AssignmentKind.PLT, LocalDate.now(this.clock), null, null));
		return actingPage(model, unitCode);
	}

	@PostMapping("/assignments/new")
	String assignActing(@Valid @ModelAttribute("form") ActingForm form, BindingResult result,
			@RequestParam(name = "unit", required = false) @Nullable String unit, Model model,
			RedirectAttributes redirect) {
		requireSomeRights();
		if (form.kind() == AssignmentKind.DEFINITIF) {
			result.rejectValue("kind", "employee.form.kind.required");
		}
		if (!result.hasErrors()) {
			try {
				Assignment assignment = this.staff.assign(form.nip(), form.positionId(), form.kind(), form.startDate(),
						form.endDate(), form.note());
				Unit postUnit = unitOf(assignment.getPositionId());
				redirect.addFlashAttribute("notice", "employee.saved.acting");
				redirect.addFlashAttribute("noticeArgs", new Object[] { form.nip() });
				return "redirect:/units/" + postUnit.getCode();
			}
			catch (KinerjaException ex) {
				refuse(result, ex, ACTING_FIELDS);
			}
		}
		return actingPage(model, unit);
	}

	private String actingPage(Model model, @Nullable String unitCode) {
		model.addAttribute("units", this.access.changeableUnits());
		model.addAttribute("unit", unitCode);
		model.addAttribute("postOptions", postOptions(unitCode));
		model.addAttribute("kinds", List.of(AssignmentKind.PLT, AssignmentKind.PLH));
		return "employees/acting";
	}

	@GetMapping("/employees/{nip}/assignments/{id}/end")
	String endForm(@PathVariable String nip, @PathVariable long id, Model model) {
		Assignment assignment = this.staff.requireEndable(nip, id);
		model.addAttribute("form",
				new EndAssignmentForm(
						(assignment.getEndDate() != null) ? assignment.getEndDate() : LocalDate.now(this.clock),
						assignment.getVersion()));
		return endPage(model, nip, assignment);
	}

	@PostMapping("/employees/{nip}/assignments/{id}/end")
	String end(@PathVariable String nip, @PathVariable long id, @Valid @ModelAttribute("form") EndAssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Assignment assignment = this.staff.requireEndable(nip, id);
		if (!result.hasErrors()) {
			try {
				this.staff.endAssignment(nip, id, form.endDate(), form.version());
				return toProfile(redirect, "employee.saved.ended", this.staff.require(nip));
			}
			catch (KinerjaException ex) {
				refuse(result, ex, END_FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return endPage(model, nip, assignment);
	}

	private String endPage(Model model, String nip, Assignment assignment) {
		Position position = this.structure.requirePosition(assignment.getPositionId());
		model.addAttribute("employee", this.staff.require(nip));
		model.addAttribute("assignment", assignment);
		model.addAttribute("position", position);
		return "employees/end";
	}

	@GetMapping("/employees/{nip}/supervisor")
	String overrideForm(@PathVariable String nip, Model model) {
		Employee employee = this.staff.requireChangeable(nip);
		model.addAttribute("form", new SupervisorOverrideForm(null, false, LocalDate.now(this.clock), null, null));
		return overridePage(model, employee);
	}

	@PostMapping("/employees/{nip}/supervisor")
	String override(@PathVariable String nip, @Valid @ModelAttribute("form") SupervisorOverrideForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Employee employee = this.staff.requireChangeable(nip);
		if (!form.chosen()) {
			result.rejectValue("supervisorNip", "employee.form.supervisor.required");
		}
		if (!result.hasErrors()) {
			try {
				this.staff.overrideSupervisor(nip, form.supervisor(), form.startDate(), form.endDate(), form.reason());
				return toProfile(redirect, "employee.saved.override", employee);
			}
			catch (KinerjaException ex) {
				refuse(result, ex, OVERRIDE_FIELDS);
			}
		}
		return overridePage(model, employee);
	}

	private String overridePage(Model model, Employee employee) {
		model.addAttribute("employee", employee);
		model.addAttribute("regionalHead", this.queries.regionalHead());
		return "employees/override";
	}

	@GetMapping("/employees/{nip}/overrides/{id}/end")
	String endOverrideForm(@PathVariable String nip, @PathVariable long id, Model model) {
		ReportingOverride override = this.staff.requireEndableOverride(nip, id);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate proposed = (override.getEndDate() != null && override.getEndDate().isBefore(today))
				? override.getEndDate() : today;
		model.addAttribute("form",
				new EndOverrideForm(proposed.isBefore(override.getStartDate()) ? override.getStartDate() : proposed,
						override.getVersion()));
		return endOverridePage(model, nip, override);
	}

	@PostMapping("/employees/{nip}/overrides/{id}/end")
	String endOverride(@PathVariable String nip, @PathVariable long id,
			@Valid @ModelAttribute("form") EndOverrideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ReportingOverride override = this.staff.requireEndableOverride(nip, id);
		if (!result.hasErrors()) {
			try {
				this.staff.endOverride(nip, id, form.endDate(), form.version());
				return toProfile(redirect, "employee.saved.override-ended", this.staff.require(nip));
			}
			catch (KinerjaException ex) {
				refuse(result, ex, END_OVERRIDE_FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return endOverridePage(model, nip, override);
	}

	private String endOverridePage(Model model, String nip, ReportingOverride override) {
		StructureQueries.OverrideEntry entry = this.queries.overrides(nip)
			.stream()
			.filter((candidate) -> candidate.id() == override.getId())
			.findFirst()
			.orElseThrow();
		model.addAttribute("employee", this.staff.require(nip));
		model.addAttribute("override", entry);
		model.addAttribute("regionalHead", this.queries.regionalHead());
		return "employees/end-override";
	}

	@GetMapping("/employees/{nip}/leave")
	String leaveForm(@PathVariable String nip, Model model) {
		Employee employee = this.staff.requireChangeable(nip);
		model.addAttribute("form", new LeaveForm(null, LocalDate.now(this.clock), employee.getVersion()));
		return leavePage(model, employee);
	}

	@PostMapping("/employees/{nip}/leave")
	String leave(@PathVariable String nip, @Valid @ModelAttribute("form") LeaveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Employee employee = this.staff.requireChangeable(nip);
		if (!result.hasErrors()) {
			try {
				return toProfile(redirect, "employee.saved.left",
						this.staff.leave(nip, form.status(), form.lastDay(), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex, LEAVE_FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return leavePage(model, employee);
	}

	private String leavePage(Model model, Employee employee) {
		model.addAttribute("employee", employee);
		model.addAttribute("statuses", List.of(EmployeeStatus.MOVED, EmployeeStatus.RETIRED));
		return "employees/leave";
	}

	private List<StructureQueries.PostOption> postOptions(@Nullable String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return List.of();
		}
		return this.queries.postOptions(unitCode);
	}

	private Unit unitOf(long positionId) {
		Position position = this.structure.requirePosition(positionId);
		return this.units.findById(position.getUnitId()).orElseThrow();
	}

	private void requireSomeRights() {
		if (!this.access.mayChangeSomething()) {
			throw StructureAccess.denied();
		}
	}

	private static String toProfile(RedirectAttributes redirect, String noticeKey, Employee employee) {
		redirect.addFlashAttribute("notice", noticeKey);
		redirect.addFlashAttribute("noticeArgs", new Object[] { employee.getFullName() });
		return "redirect:/employees/" + employee.getNip();
	}

	/**
	 * Show a refusal on the form; a refusal of access is a 403 page, not a form error.
	 */
	private static void refuse(BindingResult result, KinerjaException ex, Map<String, String> fields) {
		if (ex.getStatus() == HttpStatus.FORBIDDEN) {
			throw ex;
		}
		FormErrors.reject(result, ex, fields);
	}

}

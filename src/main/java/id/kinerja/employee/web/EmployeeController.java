package id.kinerja.employee.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.kinerja.agency.StructureAccess;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeView;
import id.kinerja.employee.Golongan;
import id.kinerja.employee.StaffService;
import id.kinerja.employee.StructureQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding colleagues and reading a profile: the directory is open to everyone in the
 * agency, the personal part only to those {@link EmployeeDirectory#mayReadProfile}
 * allows. Also the small live parts of the employee forms (NIP check, NIP lookup, ranks
 * of an ASN type).
 */
@Controller
class EmployeeController {

	private static final int PAGE_SIZE = 20;

	private final EmployeeDirectory directory;

	private final EmployeeRepository employees;

	private final StructureQueries queries;

	private final StaffService staff;

	private final StructureAccess access;

	EmployeeController(EmployeeDirectory directory, EmployeeRepository employees, StructureQueries queries,
			StaffService staff, StructureAccess access) {
		this.directory = directory;
		this.employees = employees;
		this.queries = queries;
		this.staff = staff;
		this.access = access;
	}

	@GetMapping("/employees")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String query = (q != null && q.length() > 100) ? q.substring(0, 100) : q;
		String unitCode = (unit != null && !unit.isBlank()) ? unit.strip() : null;
		Page<EmployeeView> results = this.directory.search(query, unitCode,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", query);
		model.addAttribute("unit", unitCode);
		model.addAttribute("results", results);
		model.addAttribute("mayRegister", this.access.mayChangeSomething());
		if (Htmx.wantsFragment(request, response)) {
			return "employees/search :: results";
		}
		model.addAttribute("units", this.queries.unitList());
		return "employees/search";
	}

	@GetMapping("/employees/{nip}")
	String profile(@PathVariable String nip, Model model) {
		EmployeeView view = this.directory.byNip(nip)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
		Employee employee = this.employees.findByNip(view.nip()).orElseThrow();
		boolean mayRead = this.directory.mayReadProfile(employee);
		model.addAttribute("employee", view);
		model.addAttribute("entity", employee);
		model.addAttribute("mayRead", mayRead);
		model.addAttribute("self", employee.getId().equals(this.access.actor().employeeId()));
		if (mayRead) {
			model.addAttribute("history", this.queries.history(nip));
			model.addAttribute("line", this.queries.line(nip));
			model.addAttribute("overrides", this.queries.overrides(nip));
		}
		model.addAttribute("subordinates", this.directory.subordinatesOf(nip));
		model.addAttribute("mayChange", this.staff.mayChange(employee));
		return "employees/profile";
	}

	@GetMapping("/employees/nip-check")
	String nipCheck(@RequestParam(defaultValue = "") String nip, Model model) {
		String value = nip.strip();
		Nip.Check check = Nip.check(value);
		model.addAttribute("nip", value);
		model.addAttribute("empty", value.isEmpty());
		model.addAttribute("check", check);
		// Whether the number is registered already matters (and is told) only to those
		// who register.
		model.addAttribute("taken",
				check.valid() && this.access.mayChangeSomething() && this.employees.findByNip(value).isPresent());
		return "employees/fragments :: nip-check";
	}

	@GetMapping("/employees/nip-lookup")
	String nipLookup(@RequestParam(defaultValue = "") String nip, Model model) {
		String value = nip.strip();
		Actor actor = this.access.actor();
		Optional<EmployeeView> found = value.isEmpty() ? Optional.empty()
				: this.employees.findByNip(value)
					.filter((employee) -> employee.getAgencyId() == actor.agencyId())
					.flatMap((employee) -> this.directory.byNip(employee.getNip()));
		model.addAttribute("nip", value);
		model.addAttribute("found", found.orElse(null));
		return "employees/fragments :: nip-lookup";
	}

	@GetMapping("/employees/golongan-options")
	String golonganOptions(@RequestParam(required = false) Nip.@Nullable AsnType asnType,
			@RequestParam(required = false) @Nullable String golongan, Model model) {
		model.addAttribute("ranks", ranks(asnType));
		model.addAttribute("selected", golongan);
		return "employees/fragments :: golongan-options";
	}

	/** The ranks of an ASN type, PNS when none is chosen. */
	static List<Golongan> ranks(Nip.@Nullable AsnType asnType) {
		Nip.AsnType type = (asnType != null) ? asnType : Nip.AsnType.PNS;
		return Arrays.stream(Golongan.values()).filter((rank) -> rank.asnType() == type).toList();
	}

}

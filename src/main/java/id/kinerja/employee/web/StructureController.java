package id.kinerja.employee.web;

import java.util.List;

import id.kinerja.agency.StructureAccess;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.StructureQueries;
import id.kinerja.shared.Actor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation as every signed-in user of the agency sees it: the unit tree, a unit
 * with its posts and holders, and the organisation chart. The change links show only for
 * those who may change the unit.
 */
@Controller
class StructureController {

	private final StructureQueries queries;

	private final StructureAccess access;

	private final EmployeeRepository employees;

	StructureController(StructureQueries queries, StructureAccess access, EmployeeRepository employees) {
		this.queries = queries;
		this.access = access;
		this.employees = employees;
	}

	@GetMapping("/units")
	String units(@RequestParam(required = false) @Nullable String q, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String query = (q != null && q.length() > 100) ? q.substring(0, 100) : q;
		model.addAttribute("q", query);
		model.addAttribute("searching", query != null && !query.isBlank());
		model.addAttribute("tree", this.queries.unitTree(query));
		model.addAttribute("mayChange", this.access.mayChangeSomething());
		return Htmx.wantsFragment(request, response) ? "units/list :: tree" : "units/list";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, Model model) {
		StructureQueries.UnitPage page = this.queries.unit(code);
		model.addAttribute("page", page);
		model.addAttribute("mayChange", this.access.mayChange(page.unit()));
		return "units/show";
	}

	@GetMapping("/org")
	String chart(@RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false, defaultValue = "false") boolean top, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String centre = nip;
		if ((centre == null || centre.isBlank()) && !top) {
			Actor actor = this.access.actor();
			centre = (actor.employeeId() != null)
					? this.employees.findById(actor.employeeId()).map(Employee::getNip).orElse(null) : null;
		}
		model.addAttribute("chart", this.queries.chart(top ? null : centre));
		return Htmx.wantsFragment(request, response) ? "org/chart :: chart" : "org/chart";
	}

	@GetMapping("/positions/options")
	String positionOptions(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "choose") String blank, Model model) {
		List<StructureQueries.PostOption> options = (unit != null && !unit.isBlank())
				? this.queries.postOptions(unit.strip()) : List.of();
		model.addAttribute("options", options);
		model.addAttribute("blankKey",
				"top".equals(blank) ? "agency.position.field.reports-to.none" : "employee.form.position.choose");
		return "positions/options :: options";
	}

}

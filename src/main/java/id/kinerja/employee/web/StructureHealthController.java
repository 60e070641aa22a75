package id.kinerja.employee.web;

import id.kinerja.employee.StructureHealth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@Tag(name = "Structure")
class StructureHealthController {

	private final StructureHealth health;

	StructureHealthController(StructureHealth health) {
		this.health = health;
	}

	@GetMapping("/structure/health")
	String page(Model model) {
		model.addAttribute("report", this.health.check());
		return "structure/health";
	}

	/** The count on the admin's home page, loaded by htmx. */
	@GetMapping("/structure/health/count")
	String count(Model model) {
		model.addAttribute("report", this.health.check());
		return "structure/health :: count";
	}

	@GetMapping(path = "/api/v1/structure/health", produces = "application/json")
	@ResponseBody
	@Operation(summary = "What in the structure data will block people later, with counts per kind")
	StructureHealth.Report api() {
		return this.health.check();
	}

}

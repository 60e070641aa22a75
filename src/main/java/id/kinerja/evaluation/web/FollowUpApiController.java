package id.kinerja.evaluation.web;

import java.util.List;

import id.kinerja.evaluation.FollowUpService;
import id.kinerja.evaluation.FollowUpService.EmployeeFollowUp;
import id.kinerja.evaluation.FollowUpService.ListedEmployee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Follow-up")
class FollowUpApiController {

	private final FollowUpService followUp;

	FollowUpApiController(FollowUpService followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/api/v1/employees/{nip}/follow-up")
	@Operation(
			summary = "An employee's follow-up signals: annual predikat and credit points per year, "
					+ "development needs, promotion eligibility and the talent-pool flag",
			description = "For the employee, those above in the line, the unit's Admin OPD, Admin BKPSDM and "
					+ "Auditor. year: the later of the two years the signals look at (default: the latest year "
					+ "with an annual evaluation).")
	EmployeeFollowUp employee(@PathVariable String nip, @RequestParam(required = false) @Nullable Integer year) {
		return this.followUp.ofEmployee(nip, year);
	}

	@GetMapping("/api/v1/follow-up/development-needs")
	@Operation(summary = "The open development needs (perlu pembinaan) of the year's evaluations",
			description = "Admin BKPSDM and Auditor: the agency; Admin OPD: the units administered.")
	List<ListedEmployee> developmentNeeds(@RequestParam int year) {
		return this.followUp.developmentNeeds(year);
	}

	@GetMapping("/api/v1/follow-up/talent-pool")
	@Operation(summary = "The talent pool: final annual predikat Sangat Baik in the year and the year before",
			description = "Admin BKPSDM and Auditor: the agency; Admin OPD: the units administered.")
	List<ListedEmployee> talentPool(@RequestParam int year) {
		return this.followUp.talentPool(year);
	}

}

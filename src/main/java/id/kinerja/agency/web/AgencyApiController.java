package id.kinerja.agency.web;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyService;
import id.kinerja.agency.AgencyType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agency")
class AgencyApiController {

	private final AgencyService agencies;

	AgencyApiController(AgencyService agencies) {
		this.agencies = agencies;
	}

	/** The caller's agency with its regional head and the version to send back. */
	record AgencyView(String code, String name, AgencyType agencyType, @Nullable String headTitle,
			@Nullable String headName, @Nullable Long version) {

		static AgencyView of(Agency agency) {
			return new AgencyView(agency.getCode(), agency.getName(), agency.getAgencyType(), agency.getHeadTitle(),
					agency.getHeadName(), agency.getVersion());
		}

	}

	@GetMapping("/api/v1/agency")
	@Operation(summary = "The caller's agency and its regional head")
	AgencyView current() {
		return AgencyView.of(this.agencies.current());
	}

	@PutMapping("/api/v1/agency/head")
	@Operation(summary = "Name the regional head (bupati, wali kota, gubernur) of the caller's agency",
			description = "Admin BKPSDM only. Send the version you read; a stale one answers 409.")
	AgencyView nameHead(@Valid @RequestBody AgencyHeadForm form) {
		return AgencyView.of(this.agencies.nameHead(form.headTitle(), form.headName(), form.version()));
	}

}

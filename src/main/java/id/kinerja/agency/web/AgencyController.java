package id.kinerja.agency.web;

import java.util.Map;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyService;
import id.kinerja.agency.StructureAccess;
import id.kinerja.shared.FormErrors;
import id.kinerja.shared.KinerjaException;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency page of Admin BKPSDM: the agency's name and the form that names the regional
 * head. Everyone else gets 403 (the org chart shows them the regional head).
 */
@Controller
class AgencyController {

	private static final Map<String, String> FIELDS = Map.of("agency.head.title.required", "headTitle",
			"agency.head.name.required", "headName");

	private final AgencyService agencies;

	private final StructureAccess access;

	AgencyController(AgencyService agencies, StructureAccess access) {
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/agency")
	String page(Model model) {
		this.access.requireMayChangeWholeAgency();
		Agency agency = this.agencies.current();
		model.addAttribute("form",
				new AgencyHeadForm(agency.getHeadTitle(), agency.getHeadName(), agency.getVersion()));
		model.addAttribute("agency", agency);
		return "agency/page";
	}

	@PostMapping("/agency")
	String save(@Valid @ModelAttribute("form") AgencyHeadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireMayChangeWholeAgency();
		if (!result.hasErrors()) {
			try {
				Agency saved = this.agencies.nameHead(form.headTitle(), form.headName(), form.version());
				redirect.addFlashAttribute("notice", "agency.head.saved");
				redirect.addFlashAttribute("noticeArgs", new Object[] { saved.getHeadTitle() });
				return "redirect:/agency";
			}
			catch (KinerjaException ex) {
				if (ex.getStatus() == HttpStatus.FORBIDDEN) {
					throw ex;
				}
				FormErrors.reject(result, ex, FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		model.addAttribute("agency", this.agencies.current());
		return "agency/page";
	}

}

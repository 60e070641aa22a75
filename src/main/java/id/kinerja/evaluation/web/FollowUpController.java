package id.kinerja.evaluation.web;

import id.kinerja.evaluation.FollowUpService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FollowUpController {

	private final FollowUpService followUp;

	FollowUpController(FollowUpService followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/evaluasi/pegawai/{nip}")
	String employee(@PathVariable String nip, @RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("followUp", this.followUp.ofEmployee(nip, year));
		model.addAttribute("own", false);
		return "evaluation/follow-up";
	}

	@GetMapping("/evaluasi/saya")
	String own(@RequestParam(required = false) @Nullable Integer year, Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		if (actor.employeeId() == null) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.followup.no-employee");
		}
		model.addAttribute("followUp", this.followUp.ofEmployee(actor.username(), year));
		model.addAttribute("own", true);
		return "evaluation/follow-up";
	}

}

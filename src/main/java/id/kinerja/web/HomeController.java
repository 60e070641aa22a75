package id.kinerja.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: where each role starts. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}

package id.kinerja.identity.web;

import jakarta.servlet.http.HttpSession;
import id.kinerja.identity.internal.SignInAttributes;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable HttpSession session, Model model) {
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof AuthenticationException ex) {
			SignInRefusal refusal = SignInRefusal.of(ex);
			model.addAttribute("errorKey", refusal.messageKey());
			model.addAttribute("errorArgs", refusal.arguments());
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("lastUsername", session.getAttribute(SignInAttributes.LAST_USERNAME));
			session.removeAttribute(SignInAttributes.LAST_USERNAME);
		}
		return "login";
	}

}

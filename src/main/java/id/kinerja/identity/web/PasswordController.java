package id.kinerja.identity.web;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.PasswordService;
import id.kinerja.identity.UserAccount;
import id.kinerja.shared.KinerjaException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

	private final PasswordService passwords;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordService.MIN_LENGTH;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			return "account/password";
		}
		UserAccount account;
		try {
			account = this.passwords.changeOwn(form.currentPassword(), form.newPassword());
		}
		catch (KinerjaException ex) {
			String field = ex.getMessageKey().equals("identity.password.current-wrong") ? "currentPassword"
					: "newPassword";
			errors.rejectValue(field, ex.getMessageKey(), ex.getArguments(), ex.getMessageKey());
			return "account/password";
		}
		// The principal in the session still says "must change": replace it.
		KinerjaUser current = (KinerjaUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		KinerjaUser updated = KinerjaUser.of(account, java.util.Set.copyOf(current.getRoles()));
		updated.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "identity.password.changed");
		return "redirect:/";
	}

}

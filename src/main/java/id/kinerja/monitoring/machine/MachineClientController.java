package id.kinerja.monitoring.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.shared.FieldsRejectedException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The machine clients page of Admin BKPSDM: register a client (its token is shown once,
 * on the answer to that request, never kept), rotate its token, deactivate it, and choose
 * the indicators it may report by an employee's NIP and year. Auditors read it.
 */
@Controller
class MachineClientController {

	static final String PATH = "/admin/machine-clients";

	private final MachineClientService clients;

	private final MessageSource messages;

	MachineClientController(MachineClientService clients, MessageSource messages) {
		this.clients = clients;
		this.messages = messages;
	}

	/**
	 * The registration form.
	 *
	 * @param name the client's name
	 * @param description what system it is
	 */
	record RegisterForm(@Nullable String name, @Nullable String description) {
	}

	/**
	 * A client on the page, with the indicators it may report.
	 *
	 * @param client the client
	 * @param indicators its indicators that still exist
	 */
	record ClientCard(MachineClient client, List<MachineClientService.IndicatorInfo> indicators) {
	}

	@GetMapping(PATH)
	String page(Model model) {
		model.addAttribute("form", new RegisterForm(null, null));
		return page(model, null, null);
	}

	@PostMapping(PATH)
	String register(@ModelAttribute("form") RegisterForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		try {
			MachineClientService.Issued issued = this.clients
				.register(new MachineClientService.ClientInput(form.name(), form.description()));
			model.addAttribute("form", new RegisterForm(null, null));
			return showToken(model, response, issued, "monitoring.machine.registered");
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		return page(model, null, null);
	}

	@PostMapping(PATH + "/{id}/rotate")
	String rotate(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model,
			HttpServletResponse response) {
		MachineClientService.Issued issued = this.clients.rotate(id, version);
		model.addAttribute("form", new RegisterForm(null, null));
		return showToken(model, response, issued, "monitoring.machine.rotated");
	}

	@PostMapping(PATH + "/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		MachineClient client = this.clients.deactivate(id, version);
		return done(redirect, "monitoring.machine.deactivated", client.getName());
	}

	@PostMapping(PATH + "/{id}/grant")
	String grant(@PathVariable long id, @RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable Long version, Model model, Locale locale,
			RedirectAttributes redirect) {
		Integer parsedYear = null;
		try {
			parsedYear = (year == null || year.isBlank()) ? null : Integer.valueOf(year.strip());
		}
		catch (NumberFormatException ex) {
			parsedYear = -1;
		}
		try {
			MachineClient client = this.clients.allowPlan(id, nip, parsedYear, version);
			return done(redirect, "monitoring.machine.granted", client.getName());
		}
		catch (FieldsRejectedException ex) {
			List<String> problems = new ArrayList<>();
			ex.getProblems()
				.forEach((problem) -> problems
					.add(this.messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
			Map<String, Object> grant = new LinkedHashMap<>();
			grant.put("clientId", id);
			grant.put("nip", (nip == null) ? "" : nip);
			grant.put("year", (year == null) ? "" : year);
			grant.put("problems", problems);
			model.addAttribute("form", new RegisterForm(null, null));
			return page(model, grant, null);
		}
	}

	@PostMapping(PATH + "/{id}/indicators/{indicatorId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long indicatorId,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		MachineClient client = this.clients.revoke(id, indicatorId, version);
		return done(redirect, "monitoring.machine.revoked", client.getName());
	}

	private String showToken(Model model, HttpServletResponse response, MachineClientService.Issued issued,
			String notice) {
		// The token is in this answer only: never in a session, a flash or a cache.
		response.setHeader("Cache-Control", "no-store");
		return page(model, null, Map.of("name", issued.client().getName(), "token", issued.token(), "notice", notice));
	}

	private String done(RedirectAttributes redirect, String notice, String name) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgs", new Object[] { name });
		return "redirect:" + PATH;
	}

	private String page(Model model, @Nullable Map<String, Object> grant, @Nullable Map<String, String> issued) {
		List<ClientCard> cards = new ArrayList<>();
		for (MachineClient client : this.clients.clients()) {
			cards.add(new ClientCard(client, this.clients.indicators(client.getAgencyId(), client.getIndicatorIds())));
		}
		boolean admin = id.kinerja.shared.Actor.current()
			.map((actor) -> actor.hasRole(MachineClientService.ADMIN_BKPSDM))
			.orElse(false);
		model.addAttribute("cards", cards);
		model.addAttribute("admin", admin);
		model.addAttribute("grant", (grant != null) ? grant : Map.of());
		model.addAttribute("issued", issued);
		return "admin/machine-clients";
	}

}

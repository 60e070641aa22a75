package id.kinerja.employee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.shared.Nip;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rules")
class NipRuleApiController {

	private final MessageSource messages;

	NipRuleApiController(MessageSource messages) {
		this.messages = messages;
	}

	/** The NIP check of the contract; the decoded fields only when valid. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NipCheckView(boolean valid, @Nullable String asnType, @Nullable LocalDate birthDate, @Nullable String sex,
			List<Map<String, String>> errors) {
	}

	@GetMapping("/api/v1/rules/nip/{nip}")
	@Operation(summary = "Check an NIP (PNS or PPPK) and decode it")
	NipCheckView check(@PathVariable String nip, Locale locale) {
		Nip.Check check = Nip.check(nip);
		List<Map<String, String>> errors = check.errors()
			.stream()
			.map((key) -> Map.of("message", this.messages.getMessage(key, null, key, locale)))
			.toList();
		if (!check.valid()) {
			return new NipCheckView(false, null, null, null, errors);
		}
		Nip valid = check.nip();
		return new NipCheckView(true, valid.asnType().name(), valid.birthDate(), valid.sex(), errors);
	}

}

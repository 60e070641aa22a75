package id.kinerja.identity.web;

import java.util.List;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Auth")
class MeApiController {

	/** The caller's own account. */
	record MeView(long id, String username, String displayName, long agencyId, List<Role> roles) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in account: name, agency and roles")
	MeView me(@AuthenticationPrincipal KinerjaUser user) {
		return new MeView(user.userId(), user.username(), user.getDisplayName(), user.agencyId(), user.getRoles());
	}

}

package id.kinerja.live.web;

import java.util.Set;

import id.kinerja.live.LiveEvents;
import id.kinerja.live.internal.LiveHub;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Events stream of the signed-in user. The topics come from the user
 * alone — their own pages and their own team board — and never from the request; an
 * account that is no employee has nothing to hear (204, which also stops the browser
 * reconnecting).
 */
@RestController
class LiveController {

	private final LiveHub hub;

	LiveController(LiveHub hub) {
		this.hub = hub;
	}

	@GetMapping("/live")
	ResponseEntity<SseEmitter> live() {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		Long self = actor.employeeId();
		if (self == null) {
			return ResponseEntity.noContent().build();
		}
		SseEmitter emitter = this.hub.open(actor.userId(), actor.agencyId(),
				Set.of(LiveEvents.employee(self), LiveEvents.team(self)));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			// Proxies such as nginx would otherwise hold the stream back.
			.header("X-Accel-Buffering", "no")
			.body(emitter);
	}

}

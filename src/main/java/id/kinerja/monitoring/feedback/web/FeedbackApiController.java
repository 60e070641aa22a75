package id.kinerja.monitoring.feedback.web;

import java.net.URI;
import java.util.List;

import id.kinerja.monitoring.feedback.FeedbackService;
import id.kinerja.monitoring.feedback.FeedbackTarget;
import id.kinerja.monitoring.feedback.FeedbackView;
import id.kinerja.monitoring.feedback.PeerInvitationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Feedback")
class FeedbackApiController {

	private final FeedbackService feedback;

	FeedbackApiController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	/** A reply as sent. */
	record ReplyRequest(@Nullable String text) {
	}

	/** An invitation as sent. */
	record InviteRequest(@Nullable String nip, @Nullable String note) {
	}

	/** The settings as sent, with the version that was read. */
	record SettingsRequest(@Nullable Boolean peerVisibleToEmployee, @Nullable Long version) {
	}

	@GetMapping("/api/v1/skp/{id}/feedback")
	@Operation(
			summary = "The feedback on a plan the caller may read, newest first (peer input never names its author to the owner)")
	List<FeedbackView> list(@PathVariable long id, @RequestParam(required = false) @Nullable FeedbackTarget target,
			@RequestParam(required = false) @Nullable String ref) {
		return this.feedback.onPlan(id, target, ref);
	}

	@PostMapping("/api/v1/skp/{id}/feedback")
	@Operation(
			summary = "Write feedback on a plan, an RHK, a BerAKHLAK value or a realisation (those above the owner, or an invited peer)")
	ResponseEntity<FeedbackView> give(@PathVariable long id, @RequestBody FeedbackService.FeedbackInput request) {
		FeedbackView view = this.feedback.give(id, request);
		return ResponseEntity.created(URI.create("/api/v1/skp/" + id + "/feedback")).body(view);
	}

	@PostMapping("/api/v1/feedback/{id}/replies")
	@Operation(summary = "Reply to a feedback (the plan's owner, or the feedback's author)")
	ResponseEntity<FeedbackView.Reply> reply(@PathVariable long id, @RequestBody ReplyRequest request) {
		return ResponseEntity.status(201).body(this.feedback.reply(id, request.text()));
	}

	@GetMapping("/api/v1/feedback/received")
	@Operation(summary = "The feedback on the caller's own plans, newest first")
	List<FeedbackView> received() {
		return this.feedback.received();
	}

	@GetMapping("/api/v1/feedback/given")
	@Operation(summary = "The feedback the caller wrote, newest first")
	List<FeedbackView> given() {
		return this.feedback.given();
	}

	@GetMapping("/api/v1/feedback/requests")
	@Operation(summary = "The requests for peer input the caller may still answer (Permintaan masukan)")
	List<PeerInvitationView> requests() {
		return this.feedback.requests();
	}

	@GetMapping("/api/v1/skp/{id}/peers")
	@Operation(summary = "The colleagues invited to give input on a plan (owner and those above)")
	List<PeerInvitationView> peers(@PathVariable long id) {
		return this.feedback.invitations(id);
	}

	@PostMapping("/api/v1/skp/{id}/peers")
	@Operation(summary = "Invite a colleague to give input on one's own plan")
	ResponseEntity<PeerInvitationView> invite(@PathVariable long id, @RequestBody InviteRequest request) {
		return ResponseEntity.status(201).body(this.feedback.invite(id, request.nip(), request.note()));
	}

	@DeleteMapping("/api/v1/skp/{id}/peers/{nip}")
	@Operation(summary = "Withdraw a colleague's invitation on one's own plan")
	PeerInvitationView withdraw(@PathVariable long id, @PathVariable String nip,
			@RequestParam(required = false) @Nullable Long version) {
		return this.feedback.withdraw(id, nip, version);
	}

	@GetMapping("/api/v1/feedback-settings")
	@Operation(summary = "The agency's feedback settings")
	FeedbackService.Settings settings() {
		return this.feedback.settings();
	}

	@PutMapping("/api/v1/feedback-settings")
	@Operation(summary = "Change the agency's feedback settings (Admin BKPSDM)")
	FeedbackService.Settings changeSettings(@RequestBody SettingsRequest request) {
		return this.feedback.changeSettings(request.peerVisibleToEmployee(), request.version());
	}

}

package id.kinerja.monitoring.machine;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managing machine clients, for Admin BKPSDM (auditors read). */
@RestController
@Tag(name = "Machine clients", description = "Other systems that report realisation, and their tokens")
class MachineClientApiController {

	private final MachineClientService clients;

	MachineClientApiController(MachineClientService clients) {
		this.clients = clients;
	}

	/** A client as read: never its token, only the token's first characters. */
	record ClientView(long id, @Nullable Long version, String name, @Nullable String description, String tokenPrefix,
			boolean active, @Nullable Instant lastUsedAt, @Nullable Instant createdAt, @Nullable String createdBy,
			Set<Long> indicatorIds) {

		static ClientView of(MachineClient client) {
			return new ClientView(client.getId(), client.getVersion(), client.getName(), client.getDescription(),
					client.getTokenPrefix(), client.isActive(), client.getLastUsedAt(), client.getCreatedAt(),
					client.getCreatedBy(), client.getIndicatorIds());
		}

	}

	/** A client with its new token, shown this once. */
	record IssuedView(ClientView client, String token) {
	}

	/** A new client. */
	record ClientRequest(@Nullable String name, @Nullable String description) {
	}

	/** The version read, for a change. */
	record VersionRequest(@Nullable Long version) {
	}

	/** The indicators a client may report. */
	record IndicatorsRequest(@Nullable List<Long> indicatorIds, @Nullable Long version) {
	}

	@GetMapping("/api/v1/machine-clients")
	@Operation(summary = "The agency's machine clients (Admin BKPSDM, Auditor)")
	List<ClientView> list() {
		return this.clients.clients().stream().map(ClientView::of).toList();
	}

	@GetMapping("/api/v1/machine-clients/{id}")
	@Operation(summary = "A machine client (Admin BKPSDM, Auditor)")
	ClientView read(@PathVariable long id) {
		return ClientView.of(this.clients.client(id));
	}

	@GetMapping("/api/v1/machine-clients/{id}/indicators")
	@Operation(summary = "The indicators a machine client may report, with their plans (Admin BKPSDM, Auditor)")
	List<MachineClientService.IndicatorInfo> indicators(@PathVariable long id) {
		MachineClient client = this.clients.client(id);
		return this.clients.indicators(client.getAgencyId(), client.getIndicatorIds());
	}

	@PostMapping("/api/v1/machine-clients")
	@Operation(summary = "Register a machine client; its token is returned this once (Admin BKPSDM)")
	ResponseEntity<IssuedView> register(@RequestBody ClientRequest request) {
		MachineClientService.Issued issued = this.clients
			.register(new MachineClientService.ClientInput(request.name(), request.description()));
		return ResponseEntity.created(URI.create("/api/v1/machine-clients/" + issued.client().getId()))
			.body(new IssuedView(ClientView.of(issued.client()), issued.token()));
	}

	@PostMapping("/api/v1/machine-clients/{id}/rotate")
	@Operation(summary = "Give a machine client a new token; the old one stops working at once (Admin BKPSDM)")
	IssuedView rotate(@PathVariable long id, @RequestBody(required = false) @Nullable VersionRequest request) {
		MachineClientService.Issued issued = this.clients.rotate(id, (request == null) ? null : request.version());
		return new IssuedView(ClientView.of(issued.client()), issued.token());
	}

	@PostMapping("/api/v1/machine-clients/{id}/deactivate")
	@Operation(summary = "Deactivate a machine client for good (Admin BKPSDM)")
	ClientView deactivate(@PathVariable long id, @RequestBody(required = false) @Nullable VersionRequest request) {
		return ClientView.of(this.clients.deactivate(id, (request == null) ? null : request.version()));
	}

	@PutMapping("/api/v1/machine-clients/{id}/indicators")
	@Operation(summary = "Set the indicators (IKI) a machine client may report (Admin BKPSDM)")
	ClientView allowOnly(@PathVariable long id, @RequestBody IndicatorsRequest request) {
		return ClientView.of(this.clients.allowOnly(id, request.indicatorIds(), request.version()));
	}

}

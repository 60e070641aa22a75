package id.kinerja.monitoring.machine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.SkpView;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machine clients of an agency. Admin BKPSDM registers a client and receives its token
 * once, rotates the token (the old one stops working at once), deactivates the client,
 * and chooses the indicators (IKI) it may report — by id, or all indicators of an
 * employee's approved SKP of a year. Auditors read the list. Every change is one
 * transaction and audited; another agency's client is not found.
 */
@Service
public class MachineClientService {

	static final String ADMIN_BKPSDM = "ADMIN_BKPSDM";

	static final String AUDITOR = "AUDITOR";

	/** The most indicators one client may report. */
	static final int MAX_INDICATORS = 1000;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{1,59}");

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final MachineClientRepository clients;

	private final SkpQueries plans;

	private final JdbcClient jdbc;

	private final Clock clock;

	MachineClientService(MachineClientRepository clients, SkpQueries plans, JdbcClient jdbc, Clock clock) {
		this.clients = clients;
		this.plans = plans;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A client as registered.
	 *
	 * @param name its name, unique in the agency
	 * @param description what system it is
	 */
	public record ClientInput(@Nullable String name, @Nullable String description) {
	}

	/**
	 * A client with its new token, to hand over once.
	 *
	 * @param client the client
	 * @param token the secret token
	 */
	public record Issued(MachineClient client, String token) {

		@Override
		public String toString() {
			return "Issued[" + this.client.getName() + "]";
		}

	}

	/**
	 * An indicator a client may report, with its plan.
	 *
	 * @param id the indicator
	 * @param text what is measured
	 * @param target the target
	 * @param unit the target's unit
	 * @param nip the plan owner's NIP
	 * @param employeeName the plan owner's name
	 * @param year the plan's year
	 * @param skpId the plan
	 * @param skpStatus the plan's status
	 */
	public record IndicatorInfo(long id, String text, String target, @Nullable String unit, String nip,
			String employeeName, int year, long skpId, SkpStatus skpStatus) {
	}

	/** List the agency's clients, for Admin BKPSDM and auditors. */
	@Transactional(readOnly = true)
	public List<MachineClient> clients() {
		Actor actor = actor();
		if (!actor.hasRole(ADMIN_BKPSDM) && !actor.hasRole(AUDITOR)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.machine.admin-only");
		}
		return this.clients.findByAgencyIdOrderByName(actor.agencyId());
	}

	/** Return a client of the agency, for Admin BKPSDM and auditors. */
	@Transactional(readOnly = true)
	public MachineClient client(long clientId) {
		Actor actor = actor();
		if (!actor.hasRole(ADMIN_BKPSDM) && !actor.hasRole(AUDITOR)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.machine.admin-only");
		}
		return find(actor, clientId);
	}

	/** Register a client of the caller's agency; the token is returned only here. */
	@Transactional
	public Issued register(ClientInput input) {
		Actor actor = admin();
		List<FieldProblem> problems = new ArrayList<>();
		String name = (input.name() == null) ? "" : input.name().strip();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "monitoring.machine.name.required"));
		}
		else if (!NAME.matcher(name).matches()) {
			problems.add(new FieldProblem("name", "monitoring.machine.name.pattern", 60));
		}
		else if (this.clients.existsByAgencyIdAndName(actor.agencyId(), name)) {
			problems.add(new FieldProblem("name", "monitoring.machine.name.taken", name));
		}
		String description = (input.description() == null || input.description().isBlank()) ? null
				: input.description().strip();
		if (description != null && description.length() > 1000) {
			problems.add(new FieldProblem("description", "planning.text.size", 1000));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		MachineTokens.Issued token = MachineTokens.issue();
		MachineClient client = this.clients.save(MachineClient.register(actor.agencyId(), name, description, token));
		return new Issued(client, token.secret());
	}

	/** Give an active client a new token; the old one stops working at once. */
	@Transactional
	public Issued rotate(long clientId, @Nullable Long expectedVersion) {
		MachineClient client = active(admin(), clientId, expectedVersion);
		MachineTokens.Issued token = MachineTokens.issue();
		client.rotate(token);
		return new Issued(this.clients.save(client), token.secret());
	}

	/** Stop a client for good: its token no longer works. */
	@Transactional
	public MachineClient deactivate(long clientId, @Nullable Long expectedVersion) {
		MachineClient client = active(admin(), clientId, expectedVersion);
		client.deactivate();
		return this.clients.save(client);
	}

	/** Set the indicators an active client may report (each of the agency). */
	@Transactional
	public MachineClient allowOnly(long clientId, @Nullable List<Long> indicatorIds, @Nullable Long expectedVersion) {
		Actor actor = admin();
		MachineClient client = active(actor, clientId, expectedVersion);
		List<Long> ids = (indicatorIds == null) ? List.of() : indicatorIds;
		if (ids.size() > MAX_INDICATORS) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("indicatorIds", "monitoring.machine.indicators.size", MAX_INDICATORS)));
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Long id = ids.get(i);
			if (id == null || this.plans.skpOfIndicator(actor.agencyId(), id).isEmpty()) {
				problems.add(new FieldProblem("indicatorIds[" + i + "]", "monitoring.machine.indicator.unknown",
						String.valueOf(id)));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		client.allowOnly(new LinkedHashSet<>(ids));
		return this.clients.save(client);
	}

	/**
	 * Let an active client report every indicator of the employee's approved SKP of the
	 * year, besides those it already may.
	 */
	@Transactional
	public MachineClient allowPlan(long clientId, @Nullable String nip, @Nullable Integer year,
			@Nullable Long expectedVersion) {
		Actor actor = admin();
		MachineClient client = active(actor, clientId, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		String owner = (nip == null) ? "" : nip.strip();
		if (owner.isEmpty()) {
			problems.add(new FieldProblem("nip", "monitoring.machine.nip.required"));
		}
		if (year == null || year < 2000 || year > 2100) {
			problems.add(new FieldProblem("year", "monitoring.machine.year.range"));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		List<Long> ids = new ArrayList<>();
		List<SkpView> found;
		try {
			found = this.plans.plansOf(owner, year);
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() == HttpStatus.NOT_FOUND) {
				throw new FieldsRejectedException(List.of(new FieldProblem("nip", ex.getMessageKey(), owner)));
			}
			throw ex;
		}
		for (SkpView plan : found) {
			if (plan.status() == SkpStatus.APPROVED) {
				plan.rhk().forEach((rhk) -> rhk.indicators().forEach((indicator) -> ids.add(indicator.id())));
			}
		}
		if (ids.isEmpty()) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("nip", "monitoring.machine.plan.none", owner, year)));
		}
		if (client.getIndicatorIds().size() + ids.size() > MAX_INDICATORS) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("nip", "monitoring.machine.indicators.size", MAX_INDICATORS)));
		}
		client.allow(ids);
		return this.clients.save(client);
	}

	/** Stop an active client from reporting one indicator. */
	@Transactional
	public MachineClient revoke(long clientId, long indicatorId, @Nullable Long expectedVersion) {
		MachineClient client = active(admin(), clientId, expectedVersion);
		client.revoke(indicatorId);
		return this.clients.save(client);
	}

	/**
	 * Describe the indicators a client of the agency may report that still exist, by plan
	 * owner and year. Unchecked: for the client itself and for those who read the client.
	 */
	@Transactional(readOnly = true)
	public List<IndicatorInfo> indicators(long agencyId, Set<Long> indicatorIds) {
		Map<Long, List<Long>> bySkp = new LinkedHashMap<>();
		for (Long id : new java.util.TreeSet<>(indicatorIds)) {
			this.plans.skpOfIndicator(agencyId, id)
				.ifPresent((skpId) -> bySkp.computeIfAbsent(skpId, (key) -> new ArrayList<>()).add(id));
		}
		List<IndicatorInfo> result = new ArrayList<>();
		for (Map.Entry<Long, List<Long>> plan : bySkp.entrySet()) {
			SkpView view = this.plans.viewForSystem(agencyId, plan.getKey());
			for (SkpView.RhkView rhk : view.rhk()) {
				for (SkpView.IndicatorView indicator : rhk.indicators()) {
					if (plan.getValue().contains(indicator.id())) {
						result.add(new IndicatorInfo(indicator.id(), indicator.text(), indicator.target(),
								indicator.unit(), view.nip(), view.name(), view.year(), view.id(), view.status()));
					}
				}
			}
		}
		return result;
	}

	/**
	 * Return the active client whose token this is, noting when it was last used (at most
	 * once a minute, outside the audit trail: it is no performance data).
	 */
	@Transactional
	Optional<MachineActor> authenticate(String token) {
		Optional<MachineClient> found = this.clients.findByTokenHash(MachineTokens.hash(token))
			.filter(MachineClient::isActive);
		found.ifPresent((client) -> {
			Instant now = Instant.now(this.clock);
			if (client.getLastUsedAt() == null || client.getLastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
				this.jdbc
					.sql("UPDATE machine_client SET last_used_at = ? WHERE id = ? "
							+ "AND (last_used_at IS NULL OR last_used_at < ?)")
					.param(java.sql.Timestamp.from(now))
					.param(client.getId())
					.param(java.sql.Timestamp.from(now.minus(TOUCH_EVERY)))
					.update();
			}
		});
		return found.map((client) -> new MachineActor(client.getId(), client.getAgencyId(), client.getName(),
				client.getIndicatorIds()));
	}

	private MachineClient active(Actor actor, long clientId, @Nullable Long expectedVersion) {
		MachineClient client = find(actor, clientId);
		client.requireVersion(expectedVersion);
		if (!client.isActive()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.machine.client.inactive", client.getName());
		}
		return client;
	}

	private MachineClient find(Actor actor, long clientId) {
		return this.clients.findById(clientId)
			.filter((client) -> client.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.machine.client.not-found"));
	}

	private static Actor admin() {
		Actor actor = actor();
		if (!actor.hasRole(ADMIN_BKPSDM)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.machine.admin-only");
		}
		return actor;
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}

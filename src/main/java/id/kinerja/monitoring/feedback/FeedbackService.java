package id.kinerja.monitoring.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.ReportingLines;
import id.kinerja.monitoring.feedback.FeedbackView.Person;
import id.kinerja.monitoring.feedback.PlanStanding.Standing;
import id.kinerja.planning.CoreValue;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuous feedback (umpan balik) on plans, with confidential peer input. Those above
 * the plan's owner in the line today write on the whole SKP, an RHK, a BerAKHLAK value or
 * a realisation; colleagues the owner invited write on the SKP, its RHKs and values until
 * the owner withdraws the invitation. The owner reads the supervisors' feedback and
 * replies; the owner reads peer input only when the agency's setting allows, and then
 * without any trace of its author. Those above the owner, Admin BKPSDM and Auditor read
 * everything with its authors; a peer reads only what they wrote. Another agency's plan
 * is not found (404); anyone else is refused (403). Every write is one transaction and
 * audited; {@link FeedbackGiven} is published after a feedback is written.
 */
@Service
public class FeedbackService {

	/** The longest feedback or reply. */
	public static final int MAX_TEXT = 2000;

	/** The longest note of an invitation. */
	public static final int MAX_NOTE = 500;

	static final String ADMIN_BKPSDM = "ADMIN_BKPSDM";

	static final String AUDITOR = "AUDITOR";

	private final FeedbackRepository feedback;

	private final FeedbackReplyRepository replies;

	private final PeerInvitationRepository invitations;

	private final FeedbackSettingRepository settings;

	private final EmployeeRepository employees;

	private final SkpQueries plans;

	private final ReportingLines lines;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackService(FeedbackRepository feedback, FeedbackReplyRepository replies, PeerInvitationRepository invitations,
			FeedbackSettingRepository settings, EmployeeRepository employees, SkpQueries plans, ReportingLines lines,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.feedback = feedback;
		this.replies = replies;
		this.invitations = invitations;
		this.settings = settings;
		this.employees = employees;
		this.plans = plans;
		this.lines = lines;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A feedback as sent.
	 *
	 * @param target {@code SKP}, {@code RHK}, {@code VALUE} or {@code REALISATION}
	 * @param rhkId the RHK, for {@code RHK}
	 * @param coreValue the BerAKHLAK value, for {@code VALUE}
	 * @param realisationId the realisation, for {@code REALISATION}
	 * @param text what is written
	 */
	public record FeedbackInput(@Nullable String target, @Nullable Long rhkId, @Nullable String coreValue,
			@Nullable Long realisationId, @Nullable String text) {
	}

	/**
	 * The agency's feedback settings.
	 *
	 * @param peerVisibleToEmployee whether owners see peer input (without its author)
	 * @param version the version to send back with a change, null before the first
	 */
	public record Settings(boolean peerVisibleToEmployee, @Nullable Long version) {
	}

	/**
	 * Return where the caller stands on the plan, with the RHKs and realisations a form
	 * offers; 404 for an unknown or another agency's plan, 403 for anyone with no
	 * standing.
	 */
	@Transactional(readOnly = true)
	public PlanStanding standing(long skpId) {
		Context context = context(skpId);
		List<SkpQueries.OwnRhk> rhks = rhksOf(context);
		Map<Long, String> realisations = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT r.id, rr.period_code FROM realisation r JOIN realisation_report rr ON rr.id = r.report_id
				WHERE r.skp_id = :skp ORDER BY rr.period_start, r.id""")
			.param("skp", skpId)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((entry) -> realisations.put(entry.getKey(), entry.getValue()));
		return new PlanStanding(skpId, name(context.ownerId()), context.year(), context.standing(),
				peerVisible(context.agencyId()), rhks, realisations);
	}

	/**
	 * Write a feedback on the plan, by one above its owner in the line or an invited
	 * peer; publishes {@link FeedbackGiven}. Refuses each bad field by name.
	 */
	@Transactional
	public FeedbackView give(long skpId, FeedbackInput input) {
		Context context = context(skpId);
		if (context.standing() == Standing.OWNER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.own-plan");
		}
		if (!context.standing().writes()) {
			throw outsideLine();
		}
		List<FieldProblem> problems = new ArrayList<>();
		FeedbackTarget target = parse(FeedbackTarget.class, input.target());
		Long rhkId = null;
		CoreValue value = null;
		Long realisationId = null;
		if (target == null) {
			problems.add(new FieldProblem("target", "monitoring.feedback.target.invalid"));
		}
		else if (target == FeedbackTarget.REALISATION && context.standing() == Standing.PEER) {
			problems.add(new FieldProblem("target", "monitoring.feedback.target.peer"));
		}
		else if (target == FeedbackTarget.RHK) {
			rhkId = input.rhkId();
			if (rhkId == null) {
				problems.add(new FieldProblem("rhkId", "monitoring.feedback.rhk.required"));
			}
			else if (!belongsToPlan(context, rhkId)) {
				problems.add(new FieldProblem("rhkId", "monitoring.feedback.rhk.other-skp"));
			}
		}
		else if (target == FeedbackTarget.VALUE) {
			value = parse(CoreValue.class, input.coreValue());
			if (value == null) {
				problems.add(new FieldProblem("coreValue", "monitoring.feedback.value.invalid"));
			}
		}
		else if (target == FeedbackTarget.REALISATION) {
			realisationId = input.realisationId();
			if (realisationId == null) {
				problems.add(new FieldProblem("realisationId", "monitoring.feedback.realisation.required"));
			}
			else if (this.jdbc.sql("SELECT count(*) FROM realisation WHERE id = :id AND skp_id = :skp")
				.param("id", realisationId)
				.param("skp", skpId)
				.query(Long.class)
				.single() == 0) {
				problems.add(new FieldProblem("realisationId", "monitoring.feedback.realisation.other-skp"));
			}
		}
		String text = text(input.text(), "text", problems);
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		AuthorRole role = (context.standing() == Standing.PEER) ? AuthorRole.PEER : AuthorRole.SUPERVISOR;
		Feedback saved = this.feedback.save(new Feedback(context.agencyId(), skpId, context.ownerId(), target, rhkId,
				value, realisationId, context.self(), role, text));
		this.events.publishEvent(new FeedbackGiven(saved.getId(), skpId, context.ownerId()));
		return views(List.of(saved), context.self(), context.standing(), false).get(0);
	}

	/**
	 * List the feedback on the plan the caller may read, newest first, of one target when
	 * given ({@code ref} is the RHK's or realisation's id, or the value's name).
	 */
	@Transactional(readOnly = true)
	public List<FeedbackView> onPlan(long skpId, @Nullable FeedbackTarget target, @Nullable String ref) {
		Context context = context(skpId);
		boolean peerVisible = peerVisible(context.agencyId());
		List<Feedback> found = this.feedback.findBySkpIdOrderByCreatedAtDescIdDesc(skpId)
			.stream()
			.filter((item) -> visible(item, context.self(), context.standing(), peerVisible))
			.filter((item) -> target == null || (item.getTargetKind() == target && refers(item, ref)))
			.toList();
		return views(found, context.self(), context.standing(), peerVisible);
	}

	/**
	 * List the feedback on the caller's own plans, newest first: the supervisors', and
	 * the peers' without their authors when the agency's setting allows.
	 */
	@Transactional(readOnly = true)
	public List<FeedbackView> received() {
		Employee self = self();
		boolean peerVisible = peerVisible(self.getAgencyId());
		List<Feedback> found = this.feedback.findByOwnerIdOrderByCreatedAtDescIdDesc(self.getId())
			.stream()
			.filter((item) -> visible(item, self.getId(), Standing.OWNER, peerVisible))
			.toList();
		return views(found, self.getId(), Standing.OWNER, peerVisible);
	}

	/** List the feedback the caller wrote, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> given() {
		Employee self = self();
		return views(this.feedback.findByAuthorIdOrderByCreatedAtDescIdDesc(self.getId()), self.getId(),
				Standing.SUPERVISOR, false);
	}

	/**
	 * Reply to a feedback, by the plan's owner (when the owner may read the feedback) or
	 * by its author while they still stand on the plan.
	 */
	@Transactional
	public FeedbackView.Reply reply(long feedbackId, @Nullable String text) {
		Employee self = self();
		Feedback item = this.feedback.findById(feedbackId)
			.filter((found) -> found.getAgencyId() == self.getAgencyId())
			.orElseThrow(FeedbackService::notFound);
		if (item.getOwnerId() == self.getId()) {
			if (!visible(item, self.getId(), Standing.OWNER, peerVisible(self.getAgencyId()))) {
				throw notFound();
			}
		}
		else if (item.getAuthorId() == self.getId()) {
			context(item.getSkpId());
		}
		else {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.reply.denied");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String body = text(text, "text", problems);
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		FeedbackReply saved = this.replies.save(new FeedbackReply(self.getAgencyId(), feedbackId, self.getId(), body));
		Person author = person(self);
		return new FeedbackView.Reply(saved.getId(), author, item.getOwnerId() == self.getId(), saved.getBody(),
				saved.getCreatedAt());
	}

	/**
	 * List the plan's peer invitations, newest first, for its owner and those above the
	 * owner, Admin BKPSDM and Auditor (never for a peer).
	 */
	@Transactional(readOnly = true)
	public List<PeerInvitationView> invitations(long skpId) {
		Context context = context(skpId);
		if (context.standing() == Standing.PEER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.peer.owner-only");
		}
		return invitationViews(this.invitations.findBySkpIdOrderByIdDesc(skpId));
	}

	/**
	 * Invite a colleague of the same agency (not the owner, nor anyone above the owner)
	 * to give input on the caller's own plan.
	 */
	@Transactional
	public PeerInvitationView invite(long skpId, @Nullable String nip, @Nullable String note) {
		Context context = owner(skpId);
		List<FieldProblem> problems = new ArrayList<>();
		Employee peer = null;
		if (nip == null || nip.isBlank()) {
			problems.add(new FieldProblem("nip", "monitoring.feedback.peer.nip.required"));
		}
		else {
			peer = this.employees.findByNip(nip.strip())
				.filter((found) -> found.getAgencyId() == context.agencyId()
						&& found.getStatus() == EmployeeStatus.ACTIVE)
				.orElse(null);
			if (peer == null) {
				problems.add(new FieldProblem("nip", "monitoring.feedback.peer.not-found", nip.strip()));
			}
			else if (peer.getId() == context.ownerId()) {
				problems.add(new FieldProblem("nip", "monitoring.feedback.peer.self"));
			}
			else if (this.lines.isAbove(peer.getId(), context.ownerId(), today())) {
				problems.add(new FieldProblem("nip", "monitoring.feedback.peer.supervisor"));
			}
			else if (active(skpId, peer.getId()).isPresent()) {
				problems.add(new FieldProblem("nip", "monitoring.feedback.peer.duplicate"));
			}
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "monitoring.feedback.text.size", MAX_NOTE));
		}
		if (!problems.isEmpty() || peer == null) {
			throw new FieldsRejectedException(problems);
		}
		PeerInvitation saved = this.invitations.save(new PeerInvitation(context.agencyId(), skpId, context.ownerId(),
				context.year(), peer.getId(), context.self(), cleanNote, PeerInvitation.Status.ACTIVE, null));
		return invitationViews(List.of(saved)).get(0);
	}

	/**
	 * Withdraw the invitation of a colleague on the caller's own plan; from then on the
	 * colleague writes and reads nothing more on it. What they wrote stays.
	 */
	@Transactional
	public PeerInvitationView withdraw(long skpId, String nip, @Nullable Long expectedVersion) {
		owner(skpId);
		PeerInvitation invitation = this.employees.findByNip(nip.strip())
			.flatMap((peer) -> active(skpId, peer.getId()))
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.feedback.peer.not-invited"));
		invitation.requireVersion(expectedVersion);
		invitation.withdraw(this.clock.instant());
		return invitationViews(List.of(this.invitations.save(invitation))).get(0);
	}

	/** List the requests for input the caller has received and may still answer. */
	@Transactional(readOnly = true)
	public List<PeerInvitationView> requests() {
		Employee self = self();
		return invitationViews(
				this.invitations.findByPeerIdAndStatusOrderByIdDesc(self.getId(), PeerInvitation.Status.ACTIVE));
	}

	/** Return the caller's agency's feedback settings. */
	@Transactional(readOnly = true)
	public Settings settings() {
		return this.settings.findByAgencyId(actor().agencyId())
			.map((found) -> new Settings(found.isPeerVisibleToEmployee(), found.getVersion()))
			.orElse(new Settings(false, null));
	}

	/** Change the caller's agency's feedback settings; Admin BKPSDM only. */
	@Transactional
	public Settings changeSettings(@Nullable Boolean peerVisibleToEmployee, @Nullable Long expectedVersion) {
		Actor actor = actor();
		if (!actor.hasRole(ADMIN_BKPSDM)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.settings.admin-only");
		}
		if (peerVisibleToEmployee == null) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("peerVisibleToEmployee", "monitoring.feedback.settings.required")));
		}
		FeedbackSetting setting = this.settings.findByAgencyId(actor.agencyId())
			.orElseGet(() -> new FeedbackSetting(actor.agencyId(), false));
		setting.requireVersion(expectedVersion);
		setting.change(peerVisibleToEmployee);
		FeedbackSetting saved = this.settings.save(setting);
		return new Settings(saved.isPeerVisibleToEmployee(), saved.getVersion());
	}

	/** The caller's standing on a plan, with the plan's owner, year and agency. */
	private record Context(long skpId, long agencyId, long ownerId, int year, long self, Standing standing) {
	}

	private Context context(long skpId) {
		Actor actor = actor();
		Long self = actor.employeeId();
		boolean withdrawn = false;
		if (self != null) {
			for (PeerInvitation invitation : this.invitations.findBySkpIdAndPeerIdOrderByIdDesc(skpId, self)) {
				if (invitation.getAgencyId() != actor.agencyId()) {
					continue;
				}
				if (invitation.isActive()) {
					return new Context(skpId, invitation.getAgencyId(), invitation.getOwnerId(),
							invitation.getSkpYear(), self, Standing.PEER);
				}
				withdrawn = true;
			}
		}
		Skp skp;
		try {
			skp = this.plans.header(skpId);
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() == HttpStatus.FORBIDDEN) {
				throw withdrawn ? withdrawn() : outsideLine();
			}
			throw ex;
		}
		long owner = skp.getEmployeeId();
		Standing standing = null;
		if (self != null && self == owner) {
			standing = Standing.OWNER;
		}
		else if (self != null && this.lines.isAbove(self, owner, today())) {
			standing = Standing.SUPERVISOR;
		}
		else if (actor.hasRole(ADMIN_BKPSDM) || actor.hasRole(AUDITOR)) {
			standing = Standing.OVERSEER;
		}
		if (standing == null) {
			throw withdrawn ? withdrawn() : outsideLine();
		}
		return new Context(skpId, skp.getAgencyId(), owner, skp.getSkpYear(), (self != null) ? self : -1, standing);
	}

	private Context owner(long skpId) {
		Context context = context(skpId);
		if (context.standing() != Standing.OWNER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.peer.owner-only");
		}
		return context;
	}

	private Optional<PeerInvitation> active(long skpId, long peerId) {
		return this.invitations.findBySkpIdAndPeerIdOrderByIdDesc(skpId, peerId)
			.stream()
			.filter(PeerInvitation::isActive)
			.findFirst();
	}

	private List<SkpQueries.OwnRhk> rhksOf(Context context) {
		// Unchecked in planning: the standing above has decided the caller may see them.
		return this.plans.rhksOf(context.ownerId(), context.year())
			.stream()
			.filter((rhk) -> rhk.skpId() == context.skpId())
			.toList();
	}

	private boolean belongsToPlan(Context context, long rhkId) {
		return rhksOf(context).stream().anyMatch((rhk) -> rhk.id() == rhkId);
	}

	private static boolean visible(Feedback item, long self, Standing standing, boolean peerVisible) {
		return switch (standing) {
			case OWNER -> item.getAuthorRole() == AuthorRole.SUPERVISOR || peerVisible;
			case PEER -> item.getAuthorId() == self;
			case SUPERVISOR, OVERSEER -> true;
		};
	}

	private static boolean refers(Feedback item, @Nullable String ref) {
		if (ref == null || ref.isBlank()) {
			return true;
		}
		String wanted = ref.strip();
		return switch (item.getTargetKind()) {
			case SKP -> true;
			case RHK -> wanted.equals(String.valueOf(item.getRhkId()));
			case VALUE -> item.getCoreValue() != null && wanted.equalsIgnoreCase(item.getCoreValue().name());
			case REALISATION -> wanted.equals(String.valueOf(item.getRealisationId()));
		};
	}

	private List<FeedbackView> views(List<Feedback> items, long self, Standing standing, boolean peerVisible) {
		if (items.isEmpty()) {
			return List.of();
		}
		List<Long> ids = items.stream().map(Feedback::getId).toList();
		Map<Long, List<FeedbackReply>> repliesOf = new HashMap<>();
		this.replies.findByFeedbackIdInOrderByCreatedAtAscIdAsc(ids)
			.forEach((reply) -> repliesOf.computeIfAbsent(reply.getFeedbackId(), (id) -> new ArrayList<>()).add(reply));
		Set<Long> people = new HashSet<>();
		items.forEach((item) -> {
			people.add(item.getOwnerId());
			people.add(item.getAuthorId());
		});
		repliesOf.values().forEach((list) -> list.forEach((reply) -> people.add(reply.getAuthorId())));
		Map<Long, Person> persons = persons(people);
		List<FeedbackView> result = new ArrayList<>();
		for (Feedback item : items) {
			// The owner never learns who gave peer input: not the name, not the NIP, not
			// the id — neither on the feedback nor on the peer's replies to it.
			boolean anonymous = standing == Standing.OWNER && item.getAuthorRole() == AuthorRole.PEER;
			List<FeedbackView.Reply> replyViews = repliesOf.getOrDefault(item.getId(), List.of())
				.stream()
				.map((reply) -> new FeedbackView.Reply(reply.getId(),
						(anonymous && reply.getAuthorId() == item.getAuthorId()) ? null
								: persons.get(reply.getAuthorId()),
						reply.getAuthorId() == item.getOwnerId(), reply.getBody(), reply.getCreatedAt()))
				.toList();
			boolean mine = !anonymous && item.getAuthorId() == self;
			boolean mayReply = item.getOwnerId() == self || mine;
			result.add(new FeedbackView(item.getId(), item.getSkpId(), persons.get(item.getOwnerId()),
					item.getTargetKind(), item.getRhkId(), item.getCoreValue(), item.getRealisationId(),
					item.getAuthorRole(), anonymous ? null : persons.get(item.getAuthorId()), mine, mayReply,
					item.getBody(), item.getCreatedAt(), replyViews));
		}
		return result;
	}

	private List<PeerInvitationView> invitationViews(List<PeerInvitation> items) {
		Set<Long> people = new HashSet<>();
		items.forEach((item) -> {
			people.add(item.getOwnerId());
			people.add(item.getPeerId());
		});
		Map<Long, Person> persons = persons(people);
		return items.stream()
			.map((item) -> new PeerInvitationView(item.getId(), item.getVersion(), item.getSkpId(), item.getSkpYear(),
					persons.get(item.getOwnerId()), persons.get(item.getPeerId()), item.getNote(), item.isActive(),
					item.getCreatedAt(), item.getWithdrawnAt()))
			.toList();
	}

	private Map<Long, Person> persons(Collection<Long> ids) {
		Map<Long, Person> result = new HashMap<>();
		this.employees.findAllById(ids).forEach((employee) -> result.put(employee.getId(), person(employee)));
		return result;
	}

	private static Person person(Employee employee) {
		return new Person(employee.getNip(), employee.getFullName());
	}

	private String name(long employeeId) {
		return this.employees.findById(employeeId).map(Employee::getFullName).orElse("");
	}

	private boolean peerVisible(long agencyId) {
		return this.settings.findByAgencyId(agencyId).map(FeedbackSetting::isPeerVisibleToEmployee).orElse(false);
	}

	private static String text(@Nullable String text, String field, List<FieldProblem> problems) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty()) {
			problems.add(new FieldProblem(field, "monitoring.feedback.text.required"));
		}
		else if (clean.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "monitoring.feedback.text.size", MAX_TEXT));
		}
		return clean;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Employee self() {
		Actor actor = actor();
		if (actor.employeeId() == null) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.employee-only");
		}
		return this.employees.findById(actor.employeeId()).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static KinerjaException outsideLine() {
		return new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.outside-line");
	}

	private static KinerjaException withdrawn() {
		return new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.feedback.peer.withdrawn");
	}

	private static KinerjaException notFound() {
		return new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.feedback.not-found");
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}

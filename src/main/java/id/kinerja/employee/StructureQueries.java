package id.kinerja.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionRepository;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of the organisation for the signed-in user of an agency: the unit tree with
 * head counts, a unit's posts with who holds them today, the organisation chart around an
 * employee, the post pickers of the forms, and (only for those
 * {@link EmployeeDirectory#mayReadProfile} allows, else 403) an employee's assignment
 * history and reporting line. The structure itself is public inside the agency; nothing
 * of another agency is ever read.
 */
@Service
@Transactional(readOnly = true)
public class StructureQueries {

	private static final String IN_FORCE = " a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day) ";

	private static final Comparator<Position> POST_ORDER = Comparator.comparing((Position post) -> !post.isHeadsUnit())
		.thenComparing(Position::getPositionType)
		.thenComparing(Position::getName)
		.thenComparing(Position::getId);

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final UnitService unitService;

	private final PositionRepository positions;

	private final AgencyRepository agencies;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final ReportingLines lines;

	private final Clock clock;

	StructureQueries(JdbcClient jdbc, UnitRepository units, UnitService unitService, PositionRepository positions,
			AgencyRepository agencies, EmployeeRepository employees, EmployeeDirectory directory, ReportingLines lines,
			Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.unitService = unitService;
		this.positions = positions;
		this.agencies = agencies;
		this.employees = employees;
		this.directory = directory;
		this.lines = lines;
		this.clock = clock;
	}

	/**
	 * A unit in the tree.
	 *
	 * @param unit the unit
	 * @param headCount active employees whose definitive post is in the unit today
	 * @param subtreeHeadCount the same for the unit and every unit below it
	 * @param match whether the unit matches the search (all do without one)
	 * @param children the units directly below, by code
	 */
	public record UnitNode(Unit unit, long headCount, long subtreeHeadCount, boolean match, List<UnitNode> children) {
	}

	/**
	 * Return the agency's unit tree (closed units included), or only the units matching
	 * the search by code, name or abbreviation with the units above them.
	 */
	public List<UnitNode> unitTree(@Nullable String query) {
		Actor actor = actor();
		List<Unit> all = this.units.findSubtree(actor.agencyId(), "/%");
		Counts counts = counts(actor.agencyId(), "/%", all);
		Set<Long> keep = null;
		Set<Long> matches = new HashSet<>();
		if (query != null && !query.isBlank()) {
			String wanted = query.strip().toLowerCase(Locale.ROOT);
			Map<Long, Unit> byId = new HashMap<>();
			all.forEach((unit) -> byId.put(unit.getId(), unit));
			keep = new HashSet<>();
			for (Unit unit : all) {
				if (matches(unit, wanted)) {
					matches.add(unit.getId());
					for (Unit up = unit; up != null && keep.add(up.getId());) {
						up = (up.getParentId() != null) ? byId.get(up.getParentId()) : null;
					}
				}
			}
		}
		Map<Long, List<Unit>> childrenOf = new HashMap<>();
		List<Unit> roots = new ArrayList<>();
		for (Unit unit : sortedByCode(all)) {
			if (keep != null && !keep.contains(unit.getId())) {
				continue;
			}
			if (unit.getParentId() == null) {
				roots.add(unit);
			}
			else {
				childrenOf.computeIfAbsent(unit.getParentId(), (key) -> new ArrayList<>()).add(unit);
			}
		}
		Set<Long> highlighted = (keep != null) ? matches : null;
		return roots.stream().map((root) -> node(root, childrenOf, counts, highlighted)).toList();
	}

	private static boolean matches(Unit unit, String wanted) {
		return unit.getCode().toLowerCase(Locale.ROOT).contains(wanted)
				|| unit.getName().toLowerCase(Locale.ROOT).contains(wanted)
				|| (unit.getAbbreviation() != null && unit.getAbbreviation().toLowerCase(Locale.ROOT).contains(wanted));
	}

	private UnitNode node(Unit unit, Map<Long, List<Unit>> childrenOf, Counts counts, @Nullable Set<Long> matches) {
		List<UnitNode> children = childrenOf.getOrDefault(unit.getId(), List.of())
			.stream()
			.map((child) -> node(child, childrenOf, counts, matches))
			.toList();
		return new UnitNode(unit, counts.own(unit), counts.subtree(unit),
				matches == null || matches.contains(unit.getId()), children);
	}

	/**
	 * Someone holding a post today.
	 *
	 * @param assignmentId the assignment
	 * @param employeeId the employee
	 * @param nip the employee's NIP
	 * @param name the name with titles
	 * @param kind definitive, Plt or Plh
	 * @param startDate the first day
	 * @param endDate the last day, if set
	 * @param note the note of an acting assignment
	 */
	public record Holder(long assignmentId, long employeeId, String nip, String name, AssignmentKind kind,
			LocalDate startDate, @Nullable LocalDate endDate, @Nullable String note) {
	}

	/**
	 * A post with its holders today.
	 *
	 * @param position the post
	 * @param holders definitive holders first, then acting ones
	 */
	public record PostView(Position position, List<Holder> holders) {

		/** Return the definitive holders. */
		public List<Holder> definitive() {
			return this.holders.stream().filter((holder) -> holder.kind() == AssignmentKind.DEFINITIF).toList();
		}

		/** Return the acting holders (Plt, Plh). */
		public List<Holder> acting() {
			return this.holders.stream().filter((holder) -> holder.kind().isActing()).toList();
		}

		/** Whether no one holds the post definitively today. */
		public boolean vacant() {
			return definitive().isEmpty();
		}

		/** Whether the post is vacant and no one acts in it either. */
		public boolean unfilled() {
			return this.holders.isEmpty();
		}

	}

	/**
	 * A post that others report to, as a heading.
	 *
	 * @param id the post
	 * @param name its name
	 * @param unitCode its unit
	 * @param unitName its unit's name
	 * @param holderName who acts in it today (acting holder first), if anyone
	 * @param outside whether the post sits in another unit
	 */
	public record PostRef(long id, String name, String unitCode, String unitName, @Nullable String holderName,
			boolean outside) {
	}

	/**
	 * The posts that report to one post.
	 *
	 * @param reportsTo the post they report to, or null for posts at the top of the
	 * agency
	 * @param posts the posts, the unit head first
	 */
	public record PostGroup(@Nullable PostRef reportsTo, List<PostView> posts) {
	}

	/**
	 * A unit with its posts and holders today.
	 *
	 * @param unit the unit
	 * @param ancestors the units above it, from the top
	 * @param headCount active employees with a definitive post in the unit
	 * @param subtreeHeadCount the same with every unit below
	 * @param head the post that heads the unit, if there is one
	 * @param groups the unit's open posts, grouped by the post they report to
	 * @param children the units directly below
	 */
	public record UnitPage(Unit unit, List<Unit> ancestors, long headCount, long subtreeHeadCount,
			@Nullable PostView head, List<PostGroup> groups, List<UnitNode> children) {

		/** Return the unit directly above, if any. */
		public @Nullable Unit parent() {
			return this.ancestors.isEmpty() ? null : this.ancestors.get(this.ancestors.size() - 1);
		}

	}

	/** Return a unit of the agency with its posts, holders, head and sub-units. */
	public UnitPage unit(String code) {
		Actor actor = actor();
		Unit unit = this.unitService.require(actor.agencyId(), code);
		List<Unit> subtree = this.units.findSubtree(actor.agencyId(), UnitService.likePrefix(unit.getPath()));
		Counts counts = counts(actor.agencyId(), UnitService.likePrefix(unit.getPath()), subtree);
		List<Unit> ancestors = new ArrayList<>();
		String[] codes = unit.getPath().split("/");
		for (String ancestor : codes) {
			if (!ancestor.isEmpty() && !ancestor.equals(unit.getCode())) {
				this.units.findByAgencyIdAndCode(actor.agencyId(), ancestor).ifPresent(ancestors::add);
			}
		}
		List<UnitNode> children = sortedByCode(subtree).stream()
			.filter((child) -> unit.getId().equals(child.getParentId()))
			.map((child) -> new UnitNode(child, counts.own(child), counts.subtree(child), true, List.of()))
			.toList();
		List<Position> posts = this.positions.findByUnitId(unit.getId())
			.stream()
			.filter((post) -> post.getClosedOn() == null)
			.sorted(POST_ORDER)
			.toList();
		Map<Long, PostView> views = new LinkedHashMap<>();
		Map<Long, List<Holder>> holders = holdersOf(posts.stream().map(Position::getId).toList());
		posts.forEach(
				(post) -> views.put(post.getId(), new PostView(post, holders.getOrDefault(post.getId(), List.of()))));
		return new UnitPage(unit, ancestors, counts.own(unit), counts.subtree(unit), head(views.values()),
				groups(unit, views), children);
	}

	private static @Nullable PostView head(Collection<PostView> views) {
		return views.stream().filter((view) -> view.position().isHeadsUnit()).findFirst().orElse(null);
	}

	private List<PostGroup> groups(Unit unit, Map<Long, PostView> views) {
		Map<Long, List<PostView>> below = new LinkedHashMap<>();
		Map<@Nullable Long, List<PostView>> top = new LinkedHashMap<>();
		for (PostView view : views.values()) {
			Long above = view.position().getReportsToId();
			if (above != null && views.containsKey(above)) {
				below.computeIfAbsent(above, (key) -> new ArrayList<>()).add(view);
			}
			else {
				top.computeIfAbsent(above, (key) -> new ArrayList<>()).add(view);
			}
		}
		List<PostGroup> groups = new ArrayList<>();
		Deque<PostView> queue = new ArrayDeque<>();
		for (Map.Entry<@Nullable Long, List<PostView>> entry : top.entrySet()) {
			groups.add(new PostGroup((entry.getKey() != null) ? outsideRef(entry.getKey()) : null, entry.getValue()));
			queue.addAll(entry.getValue());
		}
		Map<Long, Long> acting = this.lines.effectiveHolders(below.keySet(), today());
		Map<Long, String> names = names(acting.values());
		while (!queue.isEmpty()) {
			PostView parent = queue.removeFirst();
			List<PostView> children = below.get(parent.position().getId());
			if (children != null) {
				Long holder = acting.get(parent.position().getId());
				groups.add(new PostGroup(new PostRef(parent.position().getId(), parent.position().getName(),
						unit.getCode(), unit.getName(), (holder != null) ? names.get(holder) : null, false), children));
				queue.addAll(children);
			}
		}
		return groups;
	}

	private @Nullable PostRef outsideRef(long positionId) {
		Position post = this.positions.findById(positionId).orElse(null);
		if (post == null) {
			return null;
		}
		Unit unit = this.units.findById(post.getUnitId()).orElseThrow();
		Long holder = this.lines.effectiveHolders(List.of(positionId), today()).get(positionId);
		String holderName = (holder != null) ? names(List.of(holder)).get(holder) : null;
		return new PostRef(post.getId(), post.getName(), unit.getCode(), unit.getName(), holderName, true);
	}

	/**
	 * One assignment in an employee's history.
	 *
	 * @param assignmentId the assignment
	 * @param version its version, for ending it
	 * @param kind definitive, Plt or Plh
	 * @param positionId the post
	 * @param positionName the post's name
	 * @param unitCode the post's unit
	 * @param unitName the unit's name
	 * @param startDate the first day
	 * @param endDate the last day, if set
	 * @param note the note
	 * @param current whether it is in force today
	 */
	public record HistoryEntry(long assignmentId, long version, AssignmentKind kind, long positionId,
			String positionName, String unitCode, String unitName, LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable String note, boolean current) {
	}

	/**
	 * Return an employee's assignments, newest first; only for those who may read the
	 * whole profile (403 otherwise, 404 outside the agency).
	 */
	public List<HistoryEntry> history(String nip) {
		Employee employee = readable(nip);
		LocalDate today = today();
		return this.jdbc.sql("""
				SELECT a.id, a.version, a.kind, a.start_date, a.end_date, a.note, p.id AS position_id,
				       p.name AS position_name, u.code AS unit_code, u.name AS unit_name
				FROM assignment a
				JOIN job_position p ON p.id = a.position_id
				JOIN unit u ON u.id = p.unit_id
				WHERE a.employee_id = :employee
				ORDER BY a.start_date DESC, a.id DESC
				""").param("employee", employee.getId()).query((rs, row) -> {
			LocalDate start = rs.getObject("start_date", LocalDate.class);
			LocalDate end = rs.getObject("end_date", LocalDate.class);
			boolean current = !start.isAfter(today) && (end == null || !end.isBefore(today));
			return new HistoryEntry(rs.getLong("id"), rs.getLong("version"),
					AssignmentKind.valueOf(rs.getString("kind")), rs.getLong("position_id"),
					rs.getString("position_name"), rs.getString("unit_code"), rs.getString("unit_name"), start, end,
					rs.getString("note"), current);
		}).list();
	}

	/**
	 * A supervisor set explicitly for a period.
	 *
	 * @param id the override
	 * @param version its version, for ending it
	 * @param supervisorNip the supervisor's NIP, null for the regional head
	 * @param supervisorName the supervisor's name with titles, null for the regional head
	 * @param startDate the first day
	 * @param endDate the last day, if set
	 * @param reason why it was set
	 * @param current whether it is in force today
	 * @param open whether it has not run out before today (in force, or still to come)
	 */
	public record OverrideEntry(long id, long version, @Nullable String supervisorNip, @Nullable String supervisorName,
			LocalDate startDate, @Nullable LocalDate endDate, String reason, boolean current, boolean open) {

		/** Whether the regional head is the supervisor. */
		public boolean regionalHead() {
			return this.supervisorNip == null;
		}

	}

	/**
	 * Return the supervisors set explicitly for an employee, newest first; only for those
	 * who may read the whole profile (403 otherwise, 404 outside the agency).
	 */
	public List<OverrideEntry> overrides(String nip) {
		Employee employee = readable(nip);
		LocalDate today = today();
		return this.jdbc.sql("""
				SELECT o.id, o.version, o.start_date, o.end_date, o.reason, s.nip, s.name, s.front_title, s.back_title
				FROM reporting_override o
				LEFT JOIN employee s ON s.id = o.supervisor_id
				WHERE o.employee_id = :employee
				ORDER BY o.start_date DESC, o.id DESC
				""").param("employee", employee.getId()).query((rs, row) -> {
			LocalDate start = rs.getObject("start_date", LocalDate.class);
			LocalDate end = rs.getObject("end_date", LocalDate.class);
			boolean current = !start.isAfter(today) && (end == null || !end.isBefore(today));
			String supervisorNip = rs.getString("nip");
			return new OverrideEntry(rs.getLong("id"), rs.getLong("version"), supervisorNip,
					(supervisorNip != null) ? fullName(rs) : null, start, end, rs.getString("reason"), current,
					end == null || !end.isBefore(today));
		}).list();
	}

	/**
	 * An acting post an employee holds.
	 *
	 * @param kind Plt or Plh
	 * @param positionName the post's name
	 */
	public record ActingPost(AssignmentKind kind, String positionName) {
	}

	/**
	 * An employee as the organisation chart shows them.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param positionName the definitive post today
	 * @param unitCode its unit
	 * @param unitName its unit's name
	 * @param acting the posts held in acting capacity today
	 */
	public record Person(String nip, String name, @Nullable String positionName, @Nullable String unitCode,
			@Nullable String unitName, List<ActingPost> acting) {
	}

	/**
	 * The regional head (bupati, wali kota, gubernur), who rates the top of the agency.
	 *
	 * @param title the office, if the agency has set it
	 * @param name the person, if set
	 */
	public record RegionalHead(@Nullable String title, @Nullable String name) {
	}

	/**
	 * The organisation chart around one employee, or around the regional head.
	 *
	 * @param person the employee in the centre, null when the regional head is
	 * @param supervisor the direct supervisor, when an employee
	 * @param supervisorIsRegionalHead whether the regional head is the supervisor
	 * @param regionalHead the agency's regional head
	 * @param subordinates the direct subordinates today
	 */
	public record Chart(@Nullable Person person, @Nullable Person supervisor, boolean supervisorIsRegionalHead,
			RegionalHead regionalHead, List<Person> subordinates) {
	}

	/**
	 * Return the chart around the employee with the NIP, or around the regional head (the
	 * top of the agency) when null.
	 */
	public Chart chart(@Nullable String nip) {
		Actor actor = actor();
		LocalDate day = today();
		RegionalHead head = regionalHead();
		if (nip == null || nip.isBlank()) {
			return new Chart(null, null, false, head, people(topOfAgency(actor.agencyId(), day)));
		}
		Employee employee = inAgency(nip);
		Supervisor supervisor = this.lines.supervisorOf(employee.getId(), day);
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(employee.getId());
		if (supervisor.employeeId() != null) {
			ids.add(supervisor.employeeId());
		}
		Set<Long> below = this.lines.directSubordinates(employee.getId(), day);
		ids.addAll(below);
		Map<Long, Person> people = peopleById(ids);
		List<Person> subordinates = below.stream()
			.map(people::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(Person::name))
			.toList();
		return new Chart(people.get(employee.getId()),
				(supervisor.employeeId() != null) ? people.get(supervisor.employeeId()) : null,
				supervisor.regionalHead(), head, subordinates);
	}

	/**
	 * An employee's reporting line today.
	 *
	 * @param supervisor the direct supervisor (atasan langsung), if an employee
	 * @param supervisorIsRegionalHead whether the regional head is the supervisor
	 * @param source how the line was found ({@link Supervisor#source()})
	 * @param appraiserSupervisor the supervisor's supervisor (atasan pejabat penilai), if
	 * an employee
	 * @param appraiserSupervisorIsRegionalHead whether the regional head is that one
	 * @param regionalHead the agency's regional head
	 */
	public record Line(@Nullable Person supervisor, boolean supervisorIsRegionalHead, String source,
			@Nullable Person appraiserSupervisor, boolean appraiserSupervisorIsRegionalHead,
			RegionalHead regionalHead) {
	}

	/**
	 * Return the employee's supervisor and the supervisor's supervisor today; only for
	 * those who may read the whole profile.
	 */
	public Line line(String nip) {
		Employee employee = readable(nip);
		LocalDate day = today();
		Supervisor supervisor = this.lines.supervisorOf(employee.getId(), day);
		Supervisor next = (supervisor.employeeId() != null) ? this.lines.supervisorOf(supervisor.employeeId(), day)
				: new Supervisor(null, false, "NONE");
		Set<Long> ids = new HashSet<>();
		if (supervisor.employeeId() != null) {
			ids.add(supervisor.employeeId());
		}
		if (next.employeeId() != null) {
			ids.add(next.employeeId());
		}
		Map<Long, Person> people = peopleById(ids);
		return new Line((supervisor.employeeId() != null) ? people.get(supervisor.employeeId()) : null,
				supervisor.regionalHead(), supervisor.source(),
				(next.employeeId() != null) ? people.get(next.employeeId()) : null, next.regionalHead(),
				regionalHead());
	}

	/**
	 * A post to choose in a form.
	 *
	 * @param id the post
	 * @param name its name
	 * @param type its type
	 * @param jenjang its level (functional posts)
	 * @param headsUnit whether it heads its unit
	 * @param vacant whether no one holds it definitively today
	 */
	public record PostOption(long id, String name, PositionType type, @Nullable Jenjang jenjang, boolean headsUnit,
			boolean vacant) {
	}

	/** List the open posts of a unit of the agency, the head first. */
	public List<PostOption> postOptions(String unitCode) {
		Unit unit = this.unitService.require(actor().agencyId(), unitCode);
		List<Position> posts = this.positions.findByUnitId(unit.getId())
			.stream()
			.filter((post) -> post.getClosedOn() == null)
			.sorted(POST_ORDER)
			.toList();
		Map<Long, List<Holder>> holders = holdersOf(posts.stream().map(Position::getId).toList());
		return posts.stream()
			.map((post) -> new PostOption(post.getId(), post.getName(), post.getPositionType(), post.getJenjang(),
					post.isHeadsUnit(),
					holders.getOrDefault(post.getId(), List.of())
						.stream()
						.noneMatch((holder) -> holder.kind() == AssignmentKind.DEFINITIF)))
			.toList();
	}

	/** Return the regional head of the actor's agency. */
	public RegionalHead regionalHead() {
		Agency agency = this.agencies.findById(actor().agencyId()).orElseThrow();
		return new RegionalHead(agency.getHeadTitle(), agency.getHeadName());
	}

	/** Return the units of the agency in tree order with their depth, for pickers. */
	public List<UnitNode> unitList() {
		List<UnitNode> flat = new ArrayList<>();
		flatten(unitTree(null), flat);
		return flat;
	}

	private static void flatten(List<UnitNode> nodes, List<UnitNode> into) {
		for (UnitNode node : nodes) {
			into.add(node);
			flatten(node.children(), into);
		}
	}

	/**
	 * The employees the regional head rates directly: holders of the posts at the top of
	 * the agency, or of the posts below a vacant one, and anyone whose supervisor is set
	 * to the regional head.
	 */
	/**
	 * Return the employees the regional head of the caller's agency rates directly today.
	 */
	public Set<Long> topOfAgencyIds() {
		return topOfAgency(actor().agencyId(), LocalDate.now(this.clock));
	}

	private Set<Long> topOfAgency(long agencyId, LocalDate day) {
		Set<Long> result = new LinkedHashSet<>();
		List<Long> frontier = this.jdbc.sql(
				"SELECT id FROM job_position WHERE agency_id = :agency AND reports_to_id IS NULL AND closed_on IS NULL")
			.param("agency", agencyId)
			.query(Long.class)
			.list();
		int depth = 0;
		while (!frontier.isEmpty() && depth++ < 64) {
			Map<Long, Long> effective = this.lines.effectiveHolders(frontier, day);
			Map<Long, List<Holder>> holders = holdersOf(frontier);
			List<Long> vacant = new ArrayList<>();
			for (Long post : frontier) {
				holders.getOrDefault(post, List.of())
					.stream()
					.filter((holder) -> holder.kind() == AssignmentKind.DEFINITIF)
					.forEach((holder) -> result.add(holder.employeeId()));
				if (effective.containsKey(post)) {
					result.add(effective.get(post));
				}
				else {
					vacant.add(post);
				}
			}
			frontier = vacant.isEmpty() ? List.of()
					: this.jdbc.sql("SELECT id FROM job_position WHERE reports_to_id IN (:ids) AND closed_on IS NULL")
						.param("ids", vacant)
						.query(Long.class)
						.list();
		}
		Set<Long> overridden = new HashSet<>(this.jdbc
			.sql("SELECT a.employee_id FROM reporting_override a WHERE a.agency_id = :agency AND" + IN_FORCE)
			.paramSource(new MapSqlParameterSource().addValue("agency", agencyId).addValue("day", day))
			.query(Long.class)
			.list());
		result.removeAll(overridden);
		result.addAll(this.jdbc.sql(
				"SELECT a.employee_id FROM reporting_override a WHERE a.agency_id = :agency AND a.supervisor_id IS NULL AND"
						+ IN_FORCE)
			.paramSource(new MapSqlParameterSource().addValue("agency", agencyId).addValue("day", day))
			.query(Long.class)
			.list());
		return result;
	}

	private List<Person> people(Set<Long> ids) {
		return peopleById(ids).values().stream().sorted(Comparator.comparing(Person::name)).toList();
	}

	private Map<Long, Person> peopleById(Collection<Long> ids) {
		Map<Long, Person> people = new HashMap<>();
		if (ids.isEmpty()) {
			return people;
		}
		record Row(long id, String nip, String name, @Nullable String kind, @Nullable String positionName,
				@Nullable String unitCode, @Nullable String unitName) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT e.id, e.nip, e.name, e.front_title, e.back_title, a.kind, p.name AS position_name,
				       u.code AS unit_code, u.name AS unit_name
				FROM employee e
				LEFT JOIN assignment a ON a.employee_id = e.id AND""" + IN_FORCE + """
				LEFT JOIN job_position p ON p.id = a.position_id
				LEFT JOIN unit u ON u.id = p.unit_id
				WHERE e.id IN (:ids)
				ORDER BY a.start_date
				""")
			.paramSource(new MapSqlParameterSource().addValue("ids", ids).addValue("day", today()))
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("nip"), fullName(rs), rs.getString("kind"),
					rs.getString("position_name"), rs.getString("unit_code"), rs.getString("unit_name")))
			.list();
		Map<Long, List<Row>> byEmployee = new LinkedHashMap<>();
		rows.forEach((row) -> byEmployee.computeIfAbsent(row.id(), (key) -> new ArrayList<>()).add(row));
		byEmployee.forEach((id, held) -> {
			Row definitive = held.stream().filter((row) -> "DEFINITIF".equals(row.kind())).findFirst().orElse(null);
			List<ActingPost> acting = held.stream()
				.filter((row) -> row.kind() != null && !"DEFINITIF".equals(row.kind()))
				.map((row) -> new ActingPost(AssignmentKind.valueOf(row.kind()), row.positionName()))
				.toList();
			Row any = held.get(0);
			people.put(id,
					new Person(any.nip(), any.name(), (definitive != null) ? definitive.positionName() : null,
							(definitive != null) ? definitive.unitCode() : null,
							(definitive != null) ? definitive.unitName() : null, acting));
		});
		return people;
	}

	private Map<Long, List<Holder>> holdersOf(List<Long> positionIds) {
		Map<Long, List<Holder>> holders = new HashMap<>();
		if (positionIds.isEmpty()) {
			return holders;
		}
		for (int from = 0; from < positionIds.size(); from += 1000) {
			List<Long> chunk = positionIds.subList(from, Math.min(positionIds.size(), from + 1000));
			this.jdbc.sql("""
					SELECT a.id, a.position_id, a.employee_id, a.kind, a.start_date, a.end_date, a.note,
					       e.nip, e.name, e.front_title, e.back_title
					FROM assignment a JOIN employee e ON e.id = a.employee_id
					WHERE a.position_id IN (:ids) AND""" + IN_FORCE + """
					ORDER BY a.start_date, a.id
					""")
				.paramSource(new MapSqlParameterSource().addValue("ids", chunk).addValue("day", today()))
				.query((rs, row) -> Map.entry(rs.getLong("position_id"),
						new Holder(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("nip"), fullName(rs),
								AssignmentKind.valueOf(rs.getString("kind")),
								rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
								rs.getString("note"))))
				.list()
				.forEach((entry) -> holders.computeIfAbsent(entry.getKey(), (key) -> new ArrayList<>())
					.add(entry.getValue()));
		}
		holders.values().forEach((list) -> list.sort(Comparator.comparing((Holder holder) -> holder.kind())));
		return holders;
	}

	private Map<Long, String> names(Collection<Long> employeeIds) {
		Map<Long, String> names = new HashMap<>();
		this.employees.findAllById(Set.copyOf(employeeIds))
			.forEach((employee) -> names.put(employee.getId(), employee.getFullName()));
		return names;
	}

	/** Head counts of a set of units, own and with everything below. */
	private record Counts(Map<Long, Long> own, Map<Long, Long> subtree) {

		long own(Unit unit) {
			return this.own.getOrDefault(unit.getId(), 0L);
		}

		long subtree(Unit unit) {
			return this.subtree.getOrDefault(unit.getId(), 0L);
		}

	}

	private Counts counts(long agencyId, String pathPattern, List<Unit> scope) {
		Map<Long, Long> own = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.unit_id, count(DISTINCT a.employee_id) AS people
				FROM assignment a
				JOIN employee e ON e.id = a.employee_id
				JOIN job_position p ON p.id = a.position_id
				JOIN unit u ON u.id = p.unit_id
				WHERE a.agency_id = :agency AND u.path LIKE :path ESCAPE '\\' AND a.kind = 'DEFINITIF'
				      AND e.status = 'ACTIVE' AND""" + IN_FORCE + """
				GROUP BY p.unit_id
				""")
			.paramSource(new MapSqlParameterSource().addValue("agency", agencyId)
				.addValue("path", pathPattern)
				.addValue("day", today()))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> own.put(entry.getKey(), entry.getValue()));
		Map<Long, Long> subtree = new HashMap<>(own);
		List<Unit> deepestFirst = new ArrayList<>(scope);
		deepestFirst.sort(Comparator.comparingInt((Unit unit) -> unit.getPath().length()).reversed());
		Set<Long> inScope = new HashSet<>();
		scope.forEach((unit) -> inScope.add(unit.getId()));
		for (Unit unit : deepestFirst) {
			Long parent = unit.getParentId();
			if (parent != null && inScope.contains(parent)) {
				subtree.merge(parent, subtree.getOrDefault(unit.getId(), 0L), Long::sum);
			}
		}
		return new Counts(own, subtree);
	}

	private static List<Unit> sortedByCode(List<Unit> units) {
		List<Unit> sorted = new ArrayList<>(units);
		sorted.sort(Comparator.comparing(Unit::getCode));
		return sorted;
	}

	private Employee inAgency(String nip) {
		Actor actor = actor();
		return this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
	}

	private Employee readable(String nip) {
		Employee employee = inAgency(nip);
		if (!this.directory.mayReadProfile(employee)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "employee.profile.private");
		}
		return employee;
	}

	static String fullName(ResultSet rs) throws SQLException {
		String front = rs.getString("front_title");
		String back = rs.getString("back_title");
		return ((front != null && !front.isBlank()) ? front.strip() + " " : "") + rs.getString("name")
				+ ((back != null && !back.isBlank()) ? ", " + back.strip() : "");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}

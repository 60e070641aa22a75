package id.kinerja.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.EmployeeService;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.planning.PlanLoader;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a generated agency through the bulk methods that imports use
 * ({@link EmployeeService#registerAll}, {@link PositionService#createAll},
 * {@link EmployeeService#assignAll}), so that every row reaches the audit trail and every
 * employee gets an account; the agency itself in one transaction, its plans and year a
 * chunk per transaction.
 */
@Component
class AgencyLoader {

	/** The day generated people take up their posts. */
	static final LocalDate START = LocalDate.of(2025, 1, 2);

	private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AgencyRepository agencies;

	private final UnitService units;

	private final PositionService positions;

	private final EmployeeService employees;

	private final AccountService accounts;

	private final PlanGenerator plans;

	private final id.kinerja.monitoring.MonitoringLoader monitoring;

	private final id.kinerja.evaluation.EvaluationLoader evaluation;

	private final java.time.Clock clock;

	private final TransactionTemplate transactions;

	AgencyLoader(AgencyRepository agencies, UnitService units, PositionService positions, EmployeeService employees,
			AccountService accounts, PlanGenerator plans, id.kinerja.monitoring.MonitoringLoader monitoring,
			id.kinerja.evaluation.EvaluationLoader evaluation, java.time.Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.evaluation = evaluation;
		this.plans = plans;
		this.monitoring = monitoring;
		this.clock = clock;
		this.agencies = agencies;
		this.units = units;
		this.positions = positions;
		this.employees = employees;
		this.accounts = accounts;
	}

	/** The agency's code is taken already. */
	static final class AgencyExistsException extends RuntimeException {

		AgencyExistsException(String code) {
			super("An agency with the code " + code + " exists already; choose another with --agency-code.");
		}

	}

	/**
	 * The agency made and how its Admin BKPSDM signs in.
	 *
	 * @param agencyId the new agency
	 * @param username the admin's username
	 * @param password the admin's password
	 * @param blueprint what was stored
	 * @param plans the plans stored, null when none were asked for
	 * @param monitoring the realisations and logs stored, null without plans
	 * @param evaluation the year-end evaluations stored, null without plans
	 */
	record Created(long agencyId, String username, String password, AgencyBlueprint blueprint,
			PlanLoader.@Nullable Stored plans, id.kinerja.monitoring.MonitoringLoader.@Nullable Stored monitoring,
			id.kinerja.evaluation.EvaluationLoader.@Nullable Stored evaluation) {
	}

	/**
	 * Generate the agency of the spec and store it as a new agency with an Admin BKPSDM
	 * account; NIPs registered in the database already are passed over. Refuses a code in
	 * use. With a plan year, give everyone a plan of that year ({@link PlanGenerator}).
	 */
	Created create(AgencyGenerator.Spec spec, @Nullable Integer planYear) {
		return create(spec, planYear, null);
	}

	/**
	 * The run failed after the agency was committed: what was stored so far stays.
	 */
	static final class HalfBuiltException extends RuntimeException {

		private final String code;

		private final String stage;

		HalfBuiltException(String code, String stage, RuntimeException cause) {
			super("failed while storing the " + stage + " of agency " + code + ": " + cause.getMessage(), cause);
			this.code = code;
			this.stage = stage;
		}

		/** The code of the half-built agency. */
		String code() {
			return this.code;
		}

		/** What was being stored when the run failed. */
		String stage() {
			return this.stage;
		}

	}

	/**
	 * Create as {@link #create(AgencyGenerator.Spec, Integer)}; with an employee
	 * password, every generated employee account gets it (hashed once, the same hash for
	 * all: for benchmarks and trials only).
	 * <p>
	 * Not one transaction: the agency with its units, posts, employees and accounts is
	 * committed first, then the plans, realisations and evaluations a chunk at a time (in
	 * the caller's transaction when there is one). When a later step fails, a
	 * {@link HalfBuiltException} names the agency left half-built.
	 */
	Created create(AgencyGenerator.Spec spec, @Nullable Integer planYear, @Nullable String employeePassword) {
		if (this.agencies.findByCode(spec.agencyCode()).isPresent()) {
			throw new AgencyExistsException(spec.agencyCode());
		}
		String password = password();
		Object[] first = this.transactions.execute((status) -> {
			AgencyBlueprint blueprint = withoutTakenNips(spec);
			Agency agency = this.agencies.save(Agency.create(blueprint.code(), blueprint.name(), blueprint.type()));
			this.accounts.createAccount(agency.getId(), "admin-" + blueprint.code().toLowerCase(Locale.ROOT),
					"Admin BKPSDM " + blueprint.name(), password, false, EnumSet.of(Role.ADMIN_BKPSDM), null);
			Loaded loaded = load(agency.getId(), blueprint);
			if (employeePassword != null) {
				this.accounts.setMissingPasswordsInBulk(agency.getId(), this.accounts.hash(employeePassword), false);
			}
			return new Object[] { agency.getId(), blueprint, loaded };
		});
		long agencyId = (Long) first[0];
		AgencyBlueprint blueprint = (AgencyBlueprint) first[1];
		Loaded loaded = (Loaded) first[2];
		String username = "admin-" + blueprint.code().toLowerCase(Locale.ROOT);
		if (planYear == null) {
			return new Created(agencyId, username, password, blueprint, null, null, null);
		}
		String stage = "plans";
		try {
			PlanLoader.Stored plans = this.plans.generate(agencyId, blueprint, loaded, planYear, spec.seed());
			// The year's realisations up to today and the last four weeks of daily logs.
			stage = "realisations and daily logs";
			id.kinerja.monitoring.MonitoringLoader.Stored monitored = this.monitoring.load(agencyId, planYear,
					java.time.LocalDate.now(this.clock), 20, spec.seed());
			// The year-end: periodic and annual evaluations, organisation results, the
			// curve.
			stage = "evaluations";
			id.kinerja.evaluation.EvaluationLoader.Stored evaluated = this.evaluation.load(agencyId, planYear,
					java.time.LocalDate.now(this.clock), spec.seed(),
					id.kinerja.evaluation.EvaluationLoader.Options.defaults());
			return new Created(agencyId, username, password, blueprint, plans, monitored, evaluated);
		}
		catch (RuntimeException ex) {
			throw new HalfBuiltException(blueprint.code(), stage, ex);
		}
	}

	/**
	 * Generate until no NIP is registered elsewhere: a taken NIP is reserved and the
	 * person takes the next sequence number, everything else stays the same.
	 */
	private AgencyBlueprint withoutTakenNips(AgencyGenerator.Spec spec) {
		Set<String> reserved = new HashSet<>(spec.reservedNips());
		while (true) {
			AgencyBlueprint blueprint = AgencyGenerator.generate(new AgencyGenerator.Spec(spec.employees(), spec.seed(),
					spec.agencyCode(), spec.agencyName(), spec.named(), reserved, spec.knownFlaws()));
			Set<String> taken = this.employees
				.registeredAmong(blueprint.people().stream().map(AgencyBlueprint.Person::nip).toList());
			if (taken.isEmpty()) {
				return blueprint;
			}
			reserved.addAll(taken);
		}
	}

	/**
	 * The ids the stored blueprint received.
	 *
	 * @param unitIds each unit's id by its code
	 * @param postIds each post's id, in the order of the blueprint's posts
	 * @param employeeIds each person's id, in the order of the blueprint's people
	 */
	record Loaded(Map<String, Long> unitIds, long[] postIds, long[] employeeIds) {
	}

	/**
	 * Store the blueprint's units, people and posts in an agency that has none yet;
	 * return the ids they received.
	 */
	@Transactional
	Loaded load(long agencyId, AgencyBlueprint blueprint) {
		Map<String, Long> unitIds = new HashMap<>();
		for (AgencyBlueprint.Unit unit : blueprint.units()) {
			unitIds.put(unit.code(),
					this.units.create(agencyId, unit.code(), unit.name(), unit.abbreviation(), unit.parentCode())
						.getId());
		}
		List<AgencyBlueprint.Post> posts = blueprint.posts();
		int[] depth = new int[posts.size()];
		int deepest = 0;
		for (int i = 0; i < posts.size(); i++) {
			int above = posts.get(i).reportsTo();
			depth[i] = (above < 0) ? 0 : depth[above] + 1;
			deepest = Math.max(deepest, depth[i]);
		}
		long[] postIds = new long[posts.size()];
		for (int level = 0; level <= deepest; level++) {
			List<Integer> indexes = new ArrayList<>();
			List<PositionService.NewPosition> batch = new ArrayList<>();
			for (int i = 0; i < posts.size(); i++) {
				if (depth[i] == level) {
					AgencyBlueprint.Post post = posts.get(i);
					indexes.add(i);
					batch.add(new PositionService.NewPosition(unitIds.get(post.unitCode()), post.name(), post.type(),
							post.jenjang(), (post.reportsTo() < 0) ? null : postIds[post.reportsTo()],
							post.headsUnit()));
				}
			}
			long[] ids = this.positions.createAll(agencyId, batch);
			for (int i = 0; i < ids.length; i++) {
				postIds[indexes.get(i)] = ids[i];
			}
		}
		List<EmployeeService.Registration> registrations = new ArrayList<>(blueprint.people().size());
		for (AgencyBlueprint.Person person : blueprint.people()) {
			registrations.add(new EmployeeService.Registration(person.nip(), person.details()));
		}
		long[] employeeIds = this.employees.registerAll(agencyId, registrations);
		Map<String, Long> byNip = new HashMap<>();
		for (int i = 0; i < employeeIds.length; i++) {
			byNip.put(blueprint.people().get(i).nip(), employeeIds[i]);
		}
		List<EmployeeService.Placement> placements = new ArrayList<>(employeeIds.length);
		for (int i = 0; i < employeeIds.length; i++) {
			placements.add(new EmployeeService.Placement(employeeIds[i], postIds[blueprint.people().get(i).post()]));
		}
		this.employees.assignAll(agencyId, placements, START);
		for (int i = 0; i < posts.size(); i++) {
			AgencyBlueprint.Post post = posts.get(i);
			if (post.actingNip() != null) {
				this.employees.assign(agencyId, byNip.get(post.actingNip()), postIds[i], AssignmentKind.PLT, START,
						null, "Plt. " + post.name());
			}
		}
		return new Loaded(Map.copyOf(unitIds), postIds, employeeIds);
	}

	private static String password() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_CHARACTERS.charAt(random.nextInt(PASSWORD_CHARACTERS.length())));
		}
		return password.toString();
	}

}

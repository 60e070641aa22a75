package id.kinerja.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import id.kinerja.agency.AgencyType;
import id.kinerja.planning.PlanLoader;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code generate} command: {@code java -jar kinerja.jar generate --employees N
 * [--seed S] [--agency-code CODE] [--agency-name NAME] [--plans] [--out DIR]}. With
 * {@code --out} it writes {@code units.csv} and {@code employees.csv} in the import
 * format and touches no database; without it, it starts the app without its web server,
 * stores the agency in the configured database with an Admin BKPSDM account, prints how
 * to sign in and stops. The same arguments give the same agency.
 */
public final class GenerateCommand {

	/** The first argument that selects the command. */
	public static final String NAME = "generate";

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

	static final String HELP = """
			Usage: java -jar kinerja.jar generate --employees N [--seed S] [--agency-code CODE]
			                                      [--agency-name NAME] [--plans] [--password P]
			                                      [--out DIR]
			  --employees N      how many employees (%d to %d)
			  --seed S           random seed (default 42); the same seed gives the same agency
			  --agency-code CODE code of the new agency (default GEN-N-S; letters, digits, . _ -)
			  --agency-name NAME name of the new agency
			  --plans            give everyone a plan (SKP) of the current year, cascaded down
			                     the reporting lines, with agency and unit goals, the year's
			                     realisations so far and four weeks of daily logs
			  --password P       every generated employee signs in with NIP and password P
			                     (hashed once, one hash for all: for benchmarks and trials
			                     only, never for a real agency)
			  --out DIR          write DIR/units.csv and DIR/employees.csv (the import format)
			                     instead of storing the agency in the configured database
			""".formatted(AgencyGenerator.MIN_EMPLOYEES, AgencyGenerator.MAX_EMPLOYEES);

	private GenerateCommand() {
	}

	/** Return whether the arguments ask for this command. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * The parsed arguments.
	 *
	 * @param employees how many employees
	 * @param seed the seed
	 * @param agencyCode the agency's code
	 * @param agencyName the agency's name
	 * @param out the folder for the files, or null for the database
	 * @param plans whether to give everyone a plan of the current year
	 * @param password the password of every generated employee, or null for none
	 */
	record Options(int employees, long seed, String agencyCode, String agencyName, @Nullable Path out, boolean plans,
			@Nullable String password) {

		Options(int employees, long seed, String agencyCode, String agencyName, @Nullable Path out, boolean plans) {
			this(employees, seed, agencyCode, agencyName, out, plans, null);
		}

		AgencyGenerator.Spec spec() {
			return AgencyGenerator.Spec.of(this.employees, this.seed, this.agencyCode, this.agencyName);
		}

	}

	/** Wrong arguments, with the message to show. */
	static final class UsageException extends Exception {

		UsageException(String message) {
			super(message);
		}

	}

	/** Parse the arguments after {@code generate}. */
	static Options parse(List<String> args) throws UsageException {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		boolean plans = false;
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			if ("--plans".equals(option)) {
				if (plans) {
					throw new UsageException(option + " is given twice");
				}
				plans = true;
				continue;
			}
			if (!List.of("--employees", "--seed", "--agency-code", "--agency-name", "--out", "--password")
				.contains(option)) {
				throw new UsageException("Unknown argument: " + option);
			}
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new UsageException(option + " needs a value");
			}
			if (values.put(option, args.get(++i)) != null) {
				throw new UsageException(option + " is given twice");
			}
		}
		String employeesValue = values.get("--employees");
		if (employeesValue == null) {
			throw new UsageException("--employees is required");
		}
		int employees;
		try {
			employees = Integer.parseInt(employeesValue.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--employees must be a whole number, not " + employeesValue);
		}
		if (employees < AgencyGenerator.MIN_EMPLOYEES || employees > AgencyGenerator.MAX_EMPLOYEES) {
			throw new UsageException("--employees must be between " + AgencyGenerator.MIN_EMPLOYEES + " and "
					+ AgencyGenerator.MAX_EMPLOYEES + ", not " + employees);
		}
		long seed;
		try {
			seed = Long.parseLong(values.getOrDefault("--seed", "42"));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--seed must be a whole number, not " + values.get("--seed"));
		}
		String code = values.getOrDefault("--agency-code", "GEN-" + employees + "-" + seed).strip();
		if (!CODE.matcher(code).matches()) {
			throw new UsageException("--agency-code must be 1 to 32 letters, digits, '.', '_' or '-', not " + code);
		}
		String defaultName = ((AgencyGenerator.typeFor(employees) == AgencyType.PROVINSI) ? "Pemerintah Provinsi"
				: "Pemerintah Kota") + " Generasi " + code;
		String name = values.getOrDefault("--agency-name", defaultName).strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new UsageException("--agency-name must have 1 to 200 characters");
		}
		String out = values.get("--out");
		if (out != null && plans) {
			throw new UsageException("--plans needs the database: leave out --out");
		}
		String password = values.get("--password");
		if (password != null && (password.length() < 8 || password.length() > 72)) {
			throw new UsageException("--password must have 8 to 72 characters");
		}
		if (password != null && out != null) {
			throw new UsageException("--password needs the database: leave out --out");
		}
		return new Options(employees, seed, code, name, (out != null) ? Path.of(out) : null, plans, password);
	}

	/**
	 * Run the command with the whole command line (starting with {@code generate}) and
	 * return the exit status: 0 done, 1 failed, 2 wrong arguments.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return run(application, args, out, err, (context) -> {
		});
	}

	/** Run as {@link #run}, handing the context to {@code inspect} before it closes. */
	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err,
			Consumer<ConfigurableApplicationContext> inspect) {
		Options options;
		try {
			options = parse(Arrays.asList(args).subList(1, args.length));
		}
		catch (UsageException ex) {
			err.println("generate: " + ex.getMessage());
			err.print(HELP);
			return USAGE;
		}
		long started = System.nanoTime();
		Path folder = options.out();
		if (folder != null) {
			try {
				AgencyBlueprint blueprint = writeFiles(AgencyGenerator.generate(options.spec()), folder);
				out.printf("Wrote %d units and %d employees of %s to %s (units.csv, employees.csv) in %.1f s%n",
						blueprint.units().size(), blueprint.people().size(), blueprint.code(), folder,
						(System.nanoTime() - started) / 1e9);
				return OK;
			}
			catch (IOException ex) {
				err.println("generate: cannot write to " + folder + ": " + ex.getMessage());
				return FAILED;
			}
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("kinerja.demo", "false"));
		try (ConfigurableApplicationContext context = app.run()) {
			int status = store(context, options, out, err);
			inspect.accept(context);
			return status;
		}
		catch (RuntimeException ex) {
			err.println("generate: failed: " + ex.getMessage());
			return FAILED;
		}
	}

	/**
	 * Store the agency of the options through the running app; return the exit status.
	 */
	static int store(ConfigurableApplicationContext context, Options options, PrintStream out, PrintStream err) {
		long started = System.nanoTime();
		try {
			Integer planYear = options.plans() ? LocalDate.now(context.getBean(Clock.class)).getYear() : null;
			AgencyLoader.Created created = context.getBean(AgencyLoader.class)
				.create(options.spec(), planYear, options.password());
			AgencyBlueprint blueprint = created.blueprint();
			out.printf("""
					Generated %s "%s": %d units, %d posts, %d employees, depth %d, in %.1f s.
					Admin BKPSDM sign-in: username %s, password %s
					""", blueprint.code(), blueprint.name(), blueprint.units().size(), blueprint.posts().size(),
					blueprint.people().size(), blueprint.depth(), (System.nanoTime() - started) / 1e9,
					created.username(), created.password());
			if (options.password() != null) {
				out.println("Every generated employee signs in with the NIP and the --password given.");
			}
			PlanLoader.Stored plans = created.plans();
			if (plans != null) {
				out.printf("Plans of %d: %d SKP %s, %d RHK, %d indicators, %d versions kept.%n", planYear,
						plans.plans(), plans.byStatus(), plans.rhks(), plans.indicators(), plans.versions());
			}
			if (created.monitoring() != null) {
				out.printf("Monitoring: %d realisation reports, %d realisations, %d daily log entries, %d feedback.%n",
						created.monitoring().reports(), created.monitoring().realisations(),
						created.monitoring().logs(), created.monitoring().feedback());
			}
			id.kinerja.evaluation.EvaluationLoader.Stored evaluated = created.evaluation();
			if (evaluated != null) {
				out.printf(
						"Evaluation: %d periodic, %d annual, %d organisation results, %d units finalised, %d in violation,"
								+ " %d with credit points, %d development needs, %d appeals.%n",
						evaluated.periodic(), evaluated.annual(), evaluated.organisationResults(),
						evaluated.finalisedUnits(), evaluated.unitsInViolation(), evaluated.creditPoints(),
						evaluated.developmentNeeds(), evaluated.appeals());
			}
			return OK;
		}
		catch (AgencyLoader.AgencyExistsException ex) {
			err.println("generate: " + ex.getMessage());
			return FAILED;
		}
		catch (AgencyLoader.HalfBuiltException ex) {
			err.print(halfBuilt(ex));
			return FAILED;
		}
	}

	/** What to tell when a run fails after the agency was committed. */
	static String halfBuilt(AgencyLoader.HalfBuiltException ex) {
		return """
				generate: %s
				generate: agency %s is HALF-BUILT: its units, posts, employees and accounts, and the chunks of
				          %s stored before the failure, are committed; the rest is missing. It cannot be
				          resumed. Redo it in a fresh database (drop and create the database, then run the same
				          command), or run again with another --agency-code (NIPs taken by the half-built
				          agency are then passed over, so the new agency is not the one a clean run gives).
				""".formatted(ex.getMessage(), ex.code(), ex.stage());
	}

	/** Write the blueprint's units.csv and employees.csv into the folder. */
	static AgencyBlueprint writeFiles(AgencyBlueprint blueprint, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (OutputStream units = Files.newOutputStream(folder.resolve("units.csv"))) {
			blueprint.writeUnits(units);
		}
		try (OutputStream employees = Files.newOutputStream(folder.resolve("employees.csv"))) {
			blueprint.writeEmployees(employees);
		}
		return blueprint;
	}

}

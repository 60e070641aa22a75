package id.kinerja.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import id.kinerja.KinerjaApplication;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code generate} command against a real database (H2, or PostgreSQL with
 * {@code -Dkinerja.test.db=postgresql}): its files import cleanly through the API, and
 * what it stores itself is exactly what the files describe.
 */
@SpringBootTest
@AutoConfigureMockMvc
// The file import runs first: NIPs are unique across agencies, and an agency generated
// before it may by chance hold some of the NIPs its files bring.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class GenerateCommandIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	@Autowired
	AgencyLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@TempDir
	Path folder;

	@Test
	@org.junit.jupiter.api.Order(1)
	void writesFilesThatImportThroughTheApiIntoAFreshAgency() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(GenerateCommand.run(
				KinerjaApplication.class, new String[] { "generate", "--employees", "1200", "--seed", "11",
						"--agency-code", "KOTA-FILE", "--out", this.folder.toString() },
				new PrintStream(out, true), System.err))
			.isZero();
		AgencyBlueprint expected = AgencyGenerator.generate(
				GenerateCommand.parse(List.of("--employees", "1200", "--seed", "11", "--agency-code", "KOTA-FILE"))
					.spec());
		long agencyId = this.agencies.save(Agency.create("KOTA-FILE", "Pemerintah Kota Berkas", expected.type()))
			.getId();
		this.accounts.createAccount(agencyId, "admin-berkas", "Admin BKPSDM Kota Berkas", "rahasia-berkas-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String bearer = TestSignIn.bearer(this.mvc, "admin-berkas", "rahasia-berkas-1");
		for (String kind : List.of("units", "employees")) {
			int rows = kind.equals("units") ? expected.units().size() : expected.people().size();
			this.mvc
				.perform(multipart("/api/v1/imports/" + kind)
					.file(new MockMultipartFile("file", kind + ".csv", "text/csv",
							Files.readAllBytes(this.folder.resolve(kind + ".csv"))))
					.header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("APPLIED"))
				.andExpect(jsonPath("$.rows").value(rows))
				.andExpect(jsonPath("$.created").value(rows));
		}
		assertThat(employeesOf(agencyId)).isEqualTo(expected.people().size());
	}

	@Test
	void storesAnAgencyThatExportsAsItsFiles() throws Exception {
		AgencyLoader.Created created = this.loader.create(GenerateCommand.parse(List.of("--employees", "900", "--seed",
				"5", "--agency-code", "KOTA-DB", "--agency-name", "Pemerintah Kota Basis Data"))
			.spec(), null);
		AgencyBlueprint blueprint = created.blueprint();
		String bearer = TestSignIn.bearer(this.mvc, created.username(), created.password());
		ByteArrayOutputStream units = new ByteArrayOutputStream();
		blueprint.writeUnits(units);
		ByteArrayOutputStream employees = new ByteArrayOutputStream();
		blueprint.writeEmployees(employees);
		assertThat(exported("units", bearer)).isEqualTo(lines(units.toByteArray()));
		assertThat(exported("employees", bearer)).isEqualTo(lines(employees.toByteArray()));
		long acting = blueprint.posts().stream().filter((post) -> post.actingNip() != null).count();
		assertThat(acting).isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM assignment WHERE agency_id = ? AND kind = 'PLT'")
			.param(created.agencyId())
			.query(Long.class)
			.single()).isEqualTo(acting);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_record WHERE agency_id = ? AND action = 'CREATE'
				AND entity_type = 'Employee'""").param(created.agencyId()).query(Long.class).single())
			.isEqualTo(blueprint.people().size());
		assertThat(this.jdbc.sql("SELECT count(*) FROM user_account WHERE agency_id = ? AND employee_id IS NOT NULL")
			.param(created.agencyId())
			.query(Long.class)
			.single()).isEqualTo(blueprint.people().size());
	}

	@Test
	void givesTheGeneratedPeopleTheirPlansWhenAsked() throws Exception {
		int year = java.time.LocalDate.now().getYear();
		AgencyLoader.Created created = this.loader
			.create(GenerateCommand.parse(List.of("--employees", "600", "--seed", "23", "--agency-code", "KOTA-SKP"))
				.spec(), year);
		assertThat(created.plans()).isNotNull();
		assertThat(created.plans().plans()).isEqualTo(600);
		assertThat(created.plans().skipped()).isZero();
		long approved = this.jdbc
			.sql("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND status = 'APPROVED'")
			.param(created.agencyId())
			.param(year)
			.query(Long.class)
			.single();
		assertThat(approved).isBetween(480L, 590L);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id
				WHERE s.agency_id = ? AND s.appraiser_id IS NOT NULL AND r.supervisor_rhk_id IS NULL""")
			.param(created.agencyId())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE agency_id = ? AND entity_type = 'Rhk'")
			.param(created.agencyId())
			.query(Long.class)
			.single()).isEqualTo(created.plans().rhks());
	}

	@Autowired
	id.kinerja.evaluation.EvaluationLoader evaluationLoader;

	@Autowired
	id.kinerja.evaluation.AnnualResults annualResults;

	@Autowired
	id.kinerja.employee.ReportingLines reportingLines;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void givesTheGeneratedPlansAYearEndThatFitsTheCurveAndComesOutTheSameForTheSameSeed() throws Exception {
		int year = java.time.LocalDate.now().getYear();
		AgencyLoader.Created created = this.loader
			.create(GenerateCommand.parse(List.of("--employees", "700", "--seed", "31", "--agency-code", "KOTA-EVAL"))
				.spec(), year);
		long agencyId = created.agencyId();
		var stored = created.evaluation();
		assertThat(stored).isNotNull();
		long approved = this.jdbc
			.sql("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND status = 'APPROVED'")
			.param(agencyId)
			.param(year)
			.query(Long.class)
			.single();
		assertThat(stored.annual()).isEqualTo((int) approved);
		assertThat(stored.periodic()).isGreaterThan(stored.annual());
		List<YearEndCurves.Verdict> verdicts = YearEndCurves.verdicts(this.jdbc, this.annualResults,
				this.reportingLines, agencyId, year);
		assertThat(verdicts).hasSize(stored.organisationResults()).hasSizeGreaterThan(20);
		assertThat(verdicts.stream().filter((verdict) -> !verdict.check().fits())).hasSize(1);
		assertThat(stored.unitsInViolation()).isOne();
		assertThat(stored.finalisedUnits()).isEqualTo(stored.organisationResults() - 1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM unit_finalisation WHERE agency_id = ? AND curve_fits")
			.param(agencyId)
			.query(Long.class)
			.single()).isEqualTo(stored.finalisedUnits());
		assertThat(stored.creditPoints()).isPositive();
		assertThat(stored.developmentNeeds()).isPositive();
		assertThat(stored.appeals()).isZero();
		List<String> first = yearEnd(agencyId);
		// The same seed on the same plans and realisations gives the same year-end;
		// another
		// seed does not.
		assertThat(reload(agencyId, year, 31)).isEqualTo(first);
		assertThat(reload(agencyId, year, 32)).isNotEqualTo(first);
	}

	/**
	 * Load the year-end again with the seed, in a transaction rolled back after reading.
	 */
	private List<String> reload(long agencyId, int year, long seed) {
		return this.transactions.execute((status) -> {
			for (String sql : List.of("DELETE FROM development_need WHERE agency_id = ?",
					"DELETE FROM appeal WHERE agency_id = ?",
					"DELETE FROM evaluation_note WHERE evaluation_id IN (SELECT id FROM evaluation WHERE agency_id = ?)",
					"DELETE FROM evaluation WHERE agency_id = ?", "DELETE FROM unit_finalisation WHERE agency_id = ?",
					"DELETE FROM organisation_result WHERE agency_id = ?")) {
				this.jdbc.sql(sql).param(agencyId).update();
			}
			this.evaluationLoader.load(agencyId, year, java.time.LocalDate.now(), seed,
					id.kinerja.evaluation.EvaluationLoader.Options.defaults());
			List<String> again = yearEnd(agencyId);
			status.setRollbackOnly();
			return again;
		});
	}

	/** Every evaluation's plan, period, status and ratings, and every unit's result. */
	private List<String> yearEnd(long agencyId) {
		List<String> rows = new java.util.ArrayList<>(this.jdbc.sql("""
				SELECT skp_id || ' ' || period_code || ' ' || status || ' ' || rating_hasil || ' '
				       || rating_perilaku || ' ' || COALESCE(CAST(credit_points AS VARCHAR(20)), '-')
				FROM evaluation WHERE agency_id = ? ORDER BY skp_id, period_code""")
			.param(agencyId)
			.query(String.class)
			.list());
		rows.addAll(this.jdbc.sql("""
				SELECT u.code || ' ' || r.predikat || ' ' || COALESCE(CAST(f.evaluations AS VARCHAR(10)), '-')
				FROM organisation_result r JOIN unit u ON u.id = r.unit_id
				LEFT JOIN unit_finalisation f ON f.unit_id = r.unit_id AND f.result_year = r.result_year
				WHERE r.agency_id = ? ORDER BY u.code""").param(agencyId).query(String.class).list());
		rows.add("needs " + this.jdbc.sql("SELECT count(*) FROM development_need WHERE agency_id = ?")
			.param(agencyId)
			.query(Long.class)
			.single());
		return rows;
	}

	@Test
	void refusesAnAgencyCodeInUse() throws Exception {
		GenerateCommand.Options options = GenerateCommand
			.parse(List.of("--employees", "300", "--seed", "6", "--agency-code", "KOTA-DUA"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertThat(GenerateCommand.store(this.context, options, new PrintStream(out, true), new PrintStream(err, true)))
			.isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("username admin-kota-dua, password ");
		long agenciesBefore = this.agencies.count();
		assertThat(GenerateCommand.store(this.context, options, new PrintStream(out, true), new PrintStream(err, true)))
			.isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("generate: An agency with the code KOTA-DUA exists already");
		assertThat(this.agencies.count()).isEqualTo(agenciesBefore);
	}

	@Test
	void givesEveryGeneratedEmployeeThePasswordWhenAsked() throws Exception {
		GenerateCommand.Options options = GenerateCommand.parse(
				List.of("--employees", "300", "--seed", "11", "--agency-code", "KOTA-PW", "--password", "uji-beban-1"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertThat(GenerateCommand.store(this.context, options, new PrintStream(out, true), new PrintStream(err, true)))
			.isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("username admin-kota-pw, password ")
			.contains("signs in with the NIP and the --password given");
		long agencyId = this.agencies.findByCode("KOTA-PW").orElseThrow().getId();
		List<String> hashes = this.jdbc
			.sql("SELECT DISTINCT password_hash FROM user_account WHERE agency_id = ? AND username <> ?")
			.param(agencyId)
			.param("admin-kota-pw")
			.query(String.class)
			.list();
		assertThat(hashes).hasSize(1);
		assertThat(this.encoder.matches("uji-beban-1", hashes.get(0))).isTrue();
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM user_account WHERE agency_id = ? AND username <> ? AND password_hash IS NOT NULL")
			.param(agencyId)
			.param("admin-kota-pw")
			.query(Long.class)
			.single()).isEqualTo(employeesOf(agencyId));
	}

	@Test
	void passesOverNipsRegisteredInAnotherAgency() throws Exception {
		AgencyLoader.Created first = this.loader.create(
				GenerateCommand.parse(List.of("--employees", "300", "--seed", "8", "--agency-code", "KOTA-A1")).spec(),
				null);
		AgencyLoader.Created second = this.loader.create(
				GenerateCommand.parse(List.of("--employees", "300", "--seed", "8", "--agency-code", "KOTA-A2")).spec(),
				null);
		Set<String> nips = new HashSet<>();
		first.blueprint().people().forEach((person) -> nips.add(person.nip()));
		assertThat(second.blueprint().people()).noneMatch((person) -> nips.contains(person.nip()));
		assertThat(employeesOf(second.agencyId())).isEqualTo(300);
	}

	@Test
	void runsAsACommandWithoutAWebServerOnItsOwnDatabase() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AtomicReference<Long> stored = new AtomicReference<>();
		AtomicReference<Boolean> web = new AtomicReference<>();
		int status = GenerateCommand.run(KinerjaApplication.class,
				new String[] { "generate", "--employees", "400", "--seed", "3" }, new PrintStream(out, true),
				System.err, (context) -> {
					web.set(context instanceof org.springframework.web.context.WebApplicationContext);
					stored.set(context.getBean(JdbcClient.class)
						.sql("SELECT count(*) FROM employee e JOIN agency a ON a.id = e.agency_id WHERE a.code = ?")
						.param("GEN-400-3")
						.query(Long.class)
						.single());
				});
		assertThat(status).isZero();
		assertThat(web.get()).isFalse();
		assertThat(stored.get()).isEqualTo(400);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated GEN-400-3")
			.contains("400 employees")
			.contains("username admin-gen-400-3, password ");
	}

	private long employeesOf(long agencyId) {
		return this.jdbc.sql("SELECT count(*) FROM employee WHERE agency_id = ?")
			.param(agencyId)
			.query(Long.class)
			.single();
	}

	private Set<String> exported(String kind, String bearer) throws Exception {
		byte[] body = this.mvc
			.perform(get("/api/v1/exports/" + kind + "?format=csv").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return lines(body);
	}

	private static Set<String> lines(byte[] csv) {
		return new HashSet<>(List.of(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n")));
	}

}

package id.kinerja.employee.imports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestDatabase;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.demo.AgencyBlueprint;
import id.kinerja.demo.AgencyGenerator;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports a province of 100,000 employees and about 2,500 units made by the
 * {@link AgencyGenerator} (seed 42) into a fresh agency through the API and prints how
 * long each step took. A measurement to run by hand, not a timed test: it asserts only
 * that the work was done. Run with
 * {@code ./mvnw test -Dtest=EmployeeImportLoadTests -Dkinerja.load=true} (add
 * {@code -Dkinerja.test.db=postgresql} for PostgreSQL, {@code -Dkinerja.load.size=n} for
 * another size).
 */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=load")
@EnabledIfSystemProperty(named = "kinerja.load", matches = "true")
class EmployeeImportLoadTests {

	static final String ADMIN = "admin-prov-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void importsAProvince() throws Exception {
		int size = Integer.getInteger("kinerja.load.size", 100_000);
		// A fresh agency of its own, with NIPs the demo agency does not use.
		Set<String> demoNips = new HashSet<>(this.jdbc.sql("SELECT nip FROM employee").query(String.class).list());
		AgencyBlueprint province = AgencyGenerator.generate(
				new AgencyGenerator.Spec(size, 42, "PROV-UJI", "Pemerintah Provinsi Uji", List.of(), demoNips, false));
		Path unitsFile = this.folder.resolve("units.csv");
		Path employeesFile = this.folder.resolve("employees.csv");
		try (OutputStream out = Files.newOutputStream(unitsFile)) {
			province.writeUnits(out);
		}
		try (OutputStream out = Files.newOutputStream(employeesFile)) {
			province.writeEmployees(out);
		}
		long agencyId = this.agencies.save(Agency.create(province.code(), province.name(), province.type())).getId();
		this.accounts.createAccount(agencyId, ADMIN, "Admin BKPSDM Provinsi Uji", DemoAgencyTest.PASSWORD, false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		int unitCount = province.units().size();
		int employeeCount = province.people().size();
		long accounts = accountsWithoutPassword();
		ImportApi api = new ImportApi(this.mvc);
		api.bearer(ADMIN);
		long start = System.nanoTime();
		api.upload("units", ADMIN, "units.csv", Files.readAllBytes(unitsFile))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(unitCount));
		long units = System.nanoTime();
		api.upload("employees", ADMIN, "employees.csv", Files.readAllBytes(employeesFile))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(employeeCount));
		long employees = System.nanoTime();
		api.upload("employees", ADMIN, "employees.csv", Files.readAllBytes(employeesFile))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		long again = System.nanoTime();
		byte[] export = api.export("employees", ADMIN, "?format=csv")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long exported = System.nanoTime();
		assertThat(accountsWithoutPassword() - accounts).isEqualTo(employeeCount);
		String searchLatency = searchLatency();
		System.out.printf(
				"%nLOAD %s, JDK %s, %d cores: units %d in %.1f s; employees %d in %.1f s; "
						+ "re-import %.1f s; export %d bytes in %.1f s; file %d bytes; search %s%n",
				TestDatabase.kind(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				unitCount, seconds(start, units), employeeCount, seconds(units, employees), seconds(employees, again),
				export.length, seconds(again, exported), Files.size(employeesFile), searchLatency);
	}

	/**
	 * Time the directory search (a page of 20 with supervisors) over the whole agency,
	 * for names and NIP prefixes: median and 99th percentile of 300 calls after 50 to
	 * warm up.
	 */
	private String searchLatency() throws Exception {
		String bearer = id.kinerja.TestSignIn.bearer(this.mvc, ADMIN);
		java.util.List<String> queries = java.util.List.of("siti", "budi", "wijaya", "nur'", "1985", "19900",
				"putri sari", "hendra", "ahmad", "ayu");
		long[] nanos = new long[300];
		for (int i = -50; i < nanos.length; i++) {
			String q = queries.get(Math.floorMod(i, queries.size()));
			long start = System.nanoTime();
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/employees")
					.param("q", q)
					.header("Authorization", bearer))
				.andExpect(status().isOk());
			if (i >= 0) {
				nanos[i] = System.nanoTime() - start;
			}
		}
		java.util.Arrays.sort(nanos);
		return String.format("p50 %.1f ms, p99 %.1f ms", nanos[nanos.length / 2] / 1e6,
				nanos[(int) (nanos.length * 0.99)] / 1e6);
	}

	private long accountsWithoutPassword() {
		return this.jdbc.sql("SELECT count(*) FROM user_account WHERE password_hash IS NULL")
			.query(Long.class)
			.single();
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}

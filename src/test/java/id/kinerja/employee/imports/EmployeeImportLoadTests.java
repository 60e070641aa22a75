package id.kinerja.employee.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestDatabase;

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
 * Imports a generated province of 100,000 employees and 2,451 units through the API and
 * prints how long each step took. A measurement to run by hand, not a timed test: it
 * asserts only that the work was done. Run with
 * {@code ./mvnw test -Dtest=EmployeeImportLoadTests -Dkinerja.load=true} (add
 * {@code -Dkinerja.test.db=postgresql} for PostgreSQL, {@code -Dkinerja.load.size=n} for
 * another size).
 */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=load")
@EnabledIfSystemProperty(named = "kinerja.load", matches = "true")
class EmployeeImportLoadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void importsAProvince() throws Exception {
		int size = Integer.getInteger("kinerja.load.size", 100_000);
		// The demo agency has a head already: the generated province reports to it.
		LargeAgencyFiles.Files2 files = LargeAgencyFiles.write(this.folder, size, 42, ImportFixture.SEKDA);
		long accounts = accountsWithoutPassword();
		ImportApi api = new ImportApi(this.mvc);
		api.bearer("admin");
		long start = System.nanoTime();
		api.upload("units", "admin", "units.csv", Files.readAllBytes(files.units()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(files.unitCount()));
		long units = System.nanoTime();
		api.upload("employees", "admin", "employees.csv", Files.readAllBytes(files.employees()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(files.employeeCount()));
		long employees = System.nanoTime();
		api.upload("employees", "admin", "employees.csv", Files.readAllBytes(files.employees()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		long again = System.nanoTime();
		byte[] export = api.export("employees", "admin", "?format=csv")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long exported = System.nanoTime();
		assertThat(accountsWithoutPassword() - accounts).isEqualTo(files.employeeCount());
		String searchLatency = searchLatency();
		System.out.printf(
				"%nLOAD %s, JDK %s, %d cores: units %d in %.1f s; employees %d in %.1f s; "
						+ "re-import %.1f s; export %d bytes in %.1f s; file %d bytes; search %s%n",
				TestDatabase.kind(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				files.unitCount(), seconds(start, units), files.employeeCount(), seconds(units, employees),
				seconds(employees, again), export.length, seconds(again, exported), Files.size(files.employees()),
				searchLatency);
	}

	/**
	 * Time the directory search (a page of 20 with supervisors) over the whole agency,
	 * for names and NIP prefixes: median and 99th percentile of 300 calls after 50 to
	 * warm up.
	 */
	private String searchLatency() throws Exception {
		String bearer = id.kinerja.TestSignIn.bearer(this.mvc, "admin");
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

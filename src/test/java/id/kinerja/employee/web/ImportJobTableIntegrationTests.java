package id.kinerja.employee.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Import jobs live in the database: a job written by another node is polled here, a job
 * whose node stopped shows as interrupted, the error report is read from the table, and
 * only the user who started a job and Admin BKPSDM of its agency see it.
 */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class ImportJobTableIntegrationTests {

	private static final String PASSWORD = "rahasia-impor-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Cookie signIn(String user, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(user).password(password))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	long userId(String username) {
		return this.jdbc.sql("SELECT id FROM user_account WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	long agencyId(String username) {
		return this.jdbc.sql("SELECT agency_id FROM user_account WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/** Write a job as another node would, and return its id. */
	String insertJob(String owner, String status, int percent, Instant heartbeat, @Nullable String errors,
			int errorCount) {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		OffsetDateTime beat = heartbeat.atOffset(ZoneOffset.UTC);
		this.jdbc
			.sql("""
					INSERT INTO import_job (id, agency_id, kind, file_name, started_by_id, started_by, status, phase, percent,
					                        error_count, errors, created_at, heartbeat_at)
					VALUES (?, ?, 'EMPLOYEES', ?, ?, ?, ?, 'APPLYING', ?, ?, ?, ?, ?)""")
			.params(id, agencyId(owner), "pegawai-" + id.substring(0, 6) + ".csv", userId(owner), owner, status,
					percent, errorCount, errors, beat, beat)
			.update();
		return id;
	}

	String poll(Cookie session, String id) throws Exception {
		return this.mvc.perform(get("/imports/jobs/" + id).header("HX-Request", "true").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void pollsAJobThatAnotherNodeIsRunning() throws Exception {
		String id = insertJob("admin", "RUNNING", 37, Instant.now(), null, 0);
		String fragment = poll(signIn("admin", DemoAgencyTest.PASSWORD), id);
		assertThat(fragment).contains("role=\"progressbar\"", "aria-valuenow=\"37\"", "hx-trigger=\"every 500ms\"",
				"Menyimpan perubahan...");
	}

	@Test
	void showsAJobWhoseNodeStoppedAsInterrupted() throws Exception {
		Cookie admin = signIn("admin", DemoAgencyTest.PASSWORD);
		String id = insertJob("admin", "RUNNING", 60, Instant.now().minus(3, ChronoUnit.MINUTES), null, 0);
		String fragment = poll(admin, id);
		assertThat(fragment).contains("id=\"import-interrupted\"", "unggah berkasnya lagi")
			.doesNotContain("hx-trigger")
			.doesNotContain("progressbar");
		String queued = insertJob("admin", "QUEUED", 0, Instant.now().minus(10, ChronoUnit.MINUTES), null, 0);
		assertThat(poll(admin, queued)).contains("id=\"import-interrupted\"");
		String english = this.mvc
			.perform(get("/imports/jobs/" + id).param("lang", "en").header("HX-Request", "true").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("please upload the file again");
	}

	@Test
	void servesTheErrorReportFromTheTableOnlyToTheOwnerAndTheAgencysAdminBkpsdm() throws Exception {
		String owner = ImportPageIntegrationTests.EmployeeImportAccess.ADMIN_OPD;
		String id = insertJob(owner, "REJECTED", 40, Instant.now(),
				"[{\"line\":2,\"column\":\"nama\",\"key\":\"employee.import.name.size\",\"arguments\":[200]},"
						+ "{\"line\":3,\"column\":\"nip\",\"key\":\"employee.import.nip.duplicate\","
						+ "\"arguments\":[\"199001012015011001\",2]}]",
				2);
		Cookie ownerSession = signIn(owner, DemoAgencyTest.PASSWORD);
		String fragment = poll(ownerSession, id);
		assertThat(fragment).contains("id=\"import-rejected\"", "Nama paling banyak 200 karakter.",
				"NIP 199001012015011001 sudah ada di baris 2 berkas ini.");
		String report = this.mvc.perform(get("/imports/jobs/" + id + "/errors.csv").cookie(ownerSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report.lines()).containsExactly("\uFEFFbaris,kolom,pesan", "2,nama,Nama paling banyak 200 karakter.",
				"3,nip,NIP 199001012015011001 sudah ada di baris 2 berkas ini.");
		Cookie admin = signIn("admin", DemoAgencyTest.PASSWORD);
		assertThat(poll(admin, id)).contains("id=\"import-rejected\"");
		this.mvc.perform(get("/imports/jobs/" + id + "/errors.csv").cookie(admin)).andExpect(status().isOk());
		// Another importer of the agency, and Admin BKPSDM of another agency (accounts
		// only:
		// no employees that would change what the imports of this context check).
		long agency = agencyId("admin");
		long unit = this.jdbc.sql("SELECT id FROM unit WHERE agency_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.param(agency)
			.query(Long.class)
			.single();
		int n = SEQUENCE.incrementAndGet();
		AccountService accounts = this.context.getBean(AccountService.class);
		accounts.createAccount(agency, "opd-impor-" + n, "Admin OPD Impor", PASSWORD, false, EnumSet.of(Role.ADMIN_OPD),
				unit);
		Agency other = this.context.getBean(AgencyRepository.class)
			.save(Agency.create("IMPOR-" + n, "Pemerintah Kabupaten Impor " + n, AgencyType.KABUPATEN));
		accounts.createAccount(other.getId(), "bkpsdm-impor-" + n, "Admin Lain", PASSWORD, false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		for (Cookie stranger : new Cookie[] { signIn("opd-impor-" + n, PASSWORD),
				signIn("bkpsdm-impor-" + n, PASSWORD) }) {
			this.mvc.perform(get("/imports/jobs/" + id).header("HX-Request", "true").cookie(stranger))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/imports/jobs/" + id).cookie(stranger)).andExpect(status().isNotFound());
			this.mvc.perform(get("/imports/jobs/" + id + "/errors.csv").cookie(stranger))
				.andExpect(status().isNotFound());
		}
		Cookie auditor = signIn("auditor", DemoAgencyTest.PASSWORD);
		this.mvc.perform(get("/imports/jobs/" + id).cookie(auditor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/imports/jobs/" + id + "/errors.csv").cookie(auditor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/imports/jobs/not-a-job").cookie(admin)).andExpect(status().isNotFound());
	}

	@Test
	void recordsAnUploadInTheTableAndListsItAmongTheUsersRecentJobs() throws Exception {
		Cookie admin = signIn("admin", DemoAgencyTest.PASSWORD);
		String code = "TAB" + System.nanoTime() % 100000;
		byte[] units = ("kode_unit,nama_unit,kode_induk,singkatan\n" + code + ",Unit Tabel,,\n")
			.getBytes(StandardCharsets.UTF_8);
		String location = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "tabel-unit.csv", "text/csv", units))
				.param("kind", "UNITS")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		String state = "QUEUED";
		for (int attempt = 0; attempt < 200 && !state.equals("APPLIED"); attempt++) {
			Thread.sleep(100);
			state = this.jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(id).query(String.class).single();
		}
		assertThat(state).isEqualTo("APPLIED");
		assertThat(this.jdbc.sql("SELECT percent FROM import_job WHERE id = ?").param(id).query(Integer.class).single())
			.isEqualTo(100);
		String page = this.mvc.perform(get("/imports").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"recent-jobs\"", "tabel-unit.csv", "/imports/jobs/" + id, "Diterapkan");
		String other = this.mvc
			.perform(get("/imports")
				.cookie(signIn(ImportPageIntegrationTests.EmployeeImportAccess.ADMIN_OPD, DemoAgencyTest.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(other).doesNotContain("tabel-unit.csv");
	}

}

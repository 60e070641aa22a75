package id.kinerja.employee.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.DemoAgencyTest;

import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import page: upload, progress by polling, result, error report, downloads. */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class ImportPageIntegrationTests {

	static final Pattern JOB = Pattern.compile("(?:/imports/jobs/|data-job-id=\")([0-9a-f]{32})");

	@Autowired
	MockMvc mvc;

	/** Sign in and return the session cookie (sessions live in the database). */
	Cookie signIn(String user) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(user).password(DemoAgencyTest.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	@Test
	void showsTheUploadFormDownloadsAndNavigationToAdmins() throws Exception {
		Cookie admin = signIn("admin");
		String page = this.mvc.perform(get("/imports").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"import-form\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
				"<label for=\"file\"", "hx-post=\"/imports\"", "Impor dan Ekspor Data", "id=\"nav-imports\"",
				"/imports/templates/units.csv", "/imports/templates/employees.xlsx", "/api/v1/exports/units?format=csv",
				"action=\"/api/v1/exports/employees\"");
		String english = this.mvc.perform(get("/imports").param("lang", "en").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Import and export data", "Upload and apply");
		String home = this.mvc.perform(get("/").cookie(signIn(EmployeeImportAccess.ADMIN_OPD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("id=\"tile-imports\"", "id=\"nav-imports\"");
	}

	@Test
	void refusesThePageToAuditorsAndEmployees() throws Exception {
		for (String user : new String[] { "auditor", DemoAgencyTest.STAFF_NIP }) {
			Cookie session = signIn(user);
			this.mvc.perform(get("/imports").cookie(session)).andExpect(status().isForbidden());
			String home = this.mvc.perform(get("/").cookie(session))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(home).doesNotContain("tile-imports").doesNotContain("nav-imports");
		}
	}

	@Test
	void uploadsShowProgressThenTheCountsAndTheJobBelongsToItsOwner() throws Exception {
		Cookie admin = signIn("admin");
		String code = "HAL" + System.nanoTime() % 100000;
		byte[] units = ("kode_unit,nama_unit,kode_induk,singkatan\n" + code + ",Unit Halaman,,\n")
			.getBytes(StandardCharsets.UTF_8);
		String fragment = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "unit.csv", "text/csv", units))
				.param("kind", "UNITS")
				.header("HX-Request", "true")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"import-status\"").doesNotContain("<html");
		String id = jobId(fragment);
		String done = poll(admin, id);
		assertThat(done).contains("id=\"import-applied\"", "1 baris dibaca: 1 baru, 0 diperbarui")
			.doesNotContain("hx-trigger");
		this.mvc
			.perform(get("/imports/jobs/" + id).header("HX-Request", "true")
				.cookie(signIn(EmployeeImportAccess.ADMIN_OPD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsEveryErrorAndOffersTheReport() throws Exception {
		Cookie admin = signIn("admin");
		byte[] units = "kode_unit,nama_unit,kode_induk,singkatan\nSALAH KODE,Unit,,\n,Tanpa Kode,,\n"
			.getBytes(StandardCharsets.UTF_8);
		String location = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "unit.csv", "text/csv", units))
				.param("kind", "UNITS")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/imports/jobs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = jobId(location);
		poll(admin, id);
		String page = this.mvc.perform(get(location).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"import-rejected\"", "Impor tidak diterapkan", "Kode unit wajib diisi.",
				"data-label=\"Baris\"", "/imports/jobs/" + id + "/errors.csv");
		String report = this.mvc.perform(get("/imports/jobs/" + id + "/errors.csv").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"import-errors.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report.lines()).containsExactly("\uFEFFbaris,kolom,pesan",
				"2,kode_unit,\"Kode unit \"\"SALAH KODE\"\" tidak valid: gunakan 1-32 huruf, angka, titik, garis bawah,"
						+ " atau tanda hubung.\"",
				"3,kode_unit,Kode unit wajib diisi.");
	}

	@Test
	void asksForTheKindAndTheFile() throws Exception {
		Cookie admin = signIn("admin");
		String fragment = this.mvc.perform(
				multipart("/imports").param("kind", "UNITS").header("HX-Request", "true").cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"upload-error\"", "Pilih berkas yang akan diunggah.");
	}

	@Test
	void offersEmptyTemplates() throws Exception {
		Cookie admin = signIn("admin");
		this.mvc.perform(get("/imports/templates/units.csv").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string("\uFEFFkode_unit,nama_unit,kode_induk,singkatan\r\n"));
		byte[] xlsx = this.mvc.perform(get("/imports/templates/employees.xlsx").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().read().get(0).getCellText(12)).isEqualTo("nip_atasan");
		}
		this.mvc.perform(get("/imports/templates/other.csv").cookie(admin)).andExpect(status().isNotFound());
	}

	private String poll(Cookie session, String id) throws Exception {
		for (int attempt = 0; attempt < 200; attempt++) {
			String fragment = this.mvc.perform(get("/imports/jobs/" + id).header("HX-Request", "true").cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!fragment.contains("hx-trigger")) {
				return fragment;
			}
			assertThat(fragment).contains("role=\"progressbar\"", "hx-trigger=\"every 500ms\"");
			Thread.sleep(100);
		}
		throw new AssertionError("import did not finish");
	}

	private static String jobId(String text) {
		Matcher matcher = JOB.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	/** Accounts of the demo agency used here. */
	static final class EmployeeImportAccess {

		static final String ADMIN_OPD = "199304022018012001";

	}

}

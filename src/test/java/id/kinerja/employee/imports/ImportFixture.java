package id.kinerja.employee.imports;

import java.nio.charset.StandardCharsets;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The structure every import test builds on, imported (idempotently) before each test: a
 * small unit tree and the line Kepala Dinas → Kepala Bidang under the demo agency's
 * Sekretaris Daerah.
 */
final class ImportFixture {

	static final String UNITS = """
			kode_unit,nama_unit,kode_induk,singkatan
			DINUJI,Dinas Uji Coba,,DUC
			DINUJI.BID1,Bidang Satu,DINUJI,Bid1
			DINUJI.BID2,Bidang Dua,DINUJI,Bid2
			""";

	/** The demo agency's Sekretaris Daerah, the head of the agency. */
	static final String SEKDA = "197004121995031002";

	static final String KADIS = TestEmployees.nip('2');

	static final String KABID = TestEmployees.nip('1');

	static final TestEmployees.Line[] LINE = {
			TestEmployees.line(KADIS, "Sri Wahyuni", "DINUJI", SEKDA)
				.with("golongan", "IV/c")
				.with("jabatan", "Kepala Dinas Uji Coba")
				.with("jenis_jabatan", "JPT_PRATAMA"),
			TestEmployees.line(KABID, "Bambang Hermawan", "DINUJI.BID1", KADIS)
				.with("golongan", "IV/a")
				.with("jabatan", "Kepala Bidang Satu")
				.with("jenis_jabatan", "ADMINISTRATOR") };

	private ImportFixture() {
	}

	static void ensure(ImportApi api) throws Exception {
		api.units("admin", UNITS.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
		api.employees("admin", TestEmployees.csv(LINE)).andExpect(status().isOk());
	}

}

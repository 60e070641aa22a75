package id.kinerja.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestClock;
import id.kinerja.planning.PlanChain;
import id.kinerja.shared.KinerjaException;
import id.kinerja.storage.EvidenceContent;
import id.kinerja.storage.EvidenceStore;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One walk of evidence through the API, whatever the store behind it: the analyst
 * attaches a PDF to a realisation, those in the line download exactly those bytes as an
 * attachment, a colleague cannot, a file that lies about its type or has a path in its
 * name is refused, and removing the realisation removes its file from the store.
 */
final class EvidenceRoundTrip {

	static final String RHK_JSON = """
			{"text": "Laporan kepegawaian", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [{"text": "Laporan yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"}]}""";

	/** A small but real PDF document. */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private EvidenceRoundTrip() {
	}

	/** Walk it on a plan of the year, with the clock standing on the 3rd of March. */
	static void walk(MockMvc mvc, JdbcClient jdbc, EvidenceStore store, int year) throws Exception {
		TestClock.pin(LocalDate.of(year, 3, 3));
		try {
			PlanChain chain = new PlanChain(mvc);
			long kasubbidRhk = chain.approvedChainToKasubbid(year);
			long skp = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, year, RHK_JSON);
			String plan = chain.read(PlanChain.ANALIS, skp).andReturn().getResponse().getContentAsString();
			long indicator = ((Number) JsonPath.read(plan, "$.rhk[0].indicators[0].id")).longValue();
			String created = chain.send(PlanChain.ANALIS, "/api/v1/skp/{id}/realisations", """
					{"period": "%d-02", "indicatorId": %d, "value": "2"}""".formatted(year, indicator), skp)
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			long realisation = ((Number) JsonPath.read(created, "$.id")).longValue();

			String uploaded = upload(mvc, chain, PlanChain.ANALIS, realisation,
					new MockMultipartFile("file", "Laporan Februari.pdf", "application/pdf", PDF))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.fileName").value("Laporan Februari.pdf"))
				.andExpect(jsonPath("$.contentType").value("application/pdf"))
				.andExpect(jsonPath("$.size").value(PDF.length))
				.andExpect(jsonPath("$.sha256").value(sha256(PDF)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			long evidence = ((Number) JsonPath.read(uploaded, "$.id")).longValue();
			String key = jdbc.sql("SELECT storage_key FROM evidence WHERE id = ?")
				.param(evidence)
				.query(String.class)
				.single();
			try (EvidenceContent stored = store.open(key)) {
				assertThat(stored.stream().readAllBytes()).isEqualTo(PDF);
			}
			for (String reader : List.of(PlanChain.ANALIS, PlanChain.KASUBBID)) {
				byte[] body = mvc
					.perform(get("/api/v1/realisations/{id}/evidence/{e}", realisation, evidence)
						.header("Authorization", chain.token(reader)))
					.andExpect(status().isOk())
					.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
					.andExpect(header().string("X-Content-Type-Options", "nosniff"))
					.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				assertThat(body).isEqualTo(PDF);
			}
			mvc.perform(get("/api/v1/realisations/{id}/evidence/{e}", realisation, evidence).header("Authorization",
					chain.token(PlanChain.PENGOLAH)))
				.andExpect(status().isForbidden());
			upload(mvc, chain, PlanChain.KASUBBID, realisation,
					new MockMultipartFile("file", "lain.pdf", "application/pdf", PDF))
				.andExpect(status().isForbidden());

			long before = jdbc.sql("SELECT count(*) FROM evidence").query(Long.class).single();
			upload(mvc, chain, PlanChain.ANALIS, realisation,
					new MockMultipartFile("file", "bukti.pdf", "application/pdf",
							"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].code").value("storage.file.type-mismatch"));
			upload(mvc, chain, PlanChain.ANALIS, realisation,
					new MockMultipartFile("file", "../../etc/laporan.pdf", "application/pdf", PDF))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("storage.file.name-invalid"));
			assertThat(jdbc.sql("SELECT count(*) FROM evidence").query(Long.class).single()).isEqualTo(before);

			mvc.perform(delete("/api/v1/realisations/{id}", realisation).header("Authorization",
					chain.token(PlanChain.ANALIS)))
				.andExpect(status().isNoContent());
			assertThat(jdbc.sql("SELECT count(*) FROM evidence WHERE realisation_id = ?")
				.param(realisation)
				.query(Long.class)
				.single()).isZero();
			assertThatThrownBy(() -> store.open(key)).isInstanceOf(KinerjaException.class);
		}
		finally {
			TestClock.reset();
		}
	}

	private static ResultActions upload(MockMvc mvc, PlanChain chain, String as, long realisation,
			MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/api/v1/realisations/{id}/evidence", realisation).file(file)
			.header("Authorization", chain.token(as)));
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}

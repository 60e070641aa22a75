package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.planning.PlanChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules calculators through the API and through the page: every cell of the predikat
 * matrix and every row of the curve table (fitting and violating) give the same answer on
 * both, and that answer is the rule's. Reads no plan data, so it takes no test year.
 */
@DemoAgencyTest
class RulesCalculatorIntegrationTests {

	@Autowired
	MockMvc mvc;

	PlanChain chain;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		this.chain = new PlanChain(this.mvc);
		this.session = TestSignIn.session(this.mvc, PlanChain.ANALIS);
	}

	static Stream<Arguments> matrix() {
		return Stream.of(Arguments.of("DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG"),
				Arguments.of("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK"),
				Arguments.of("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK"),
				Arguments.of("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG"),
				Arguments.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK"),
				Arguments.of("SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BAIK"),
				Arguments.of("DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG"),
				Arguments.of("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN"),
				Arguments.of("DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BUTUH_PERBAIKAN"));
	}

	@ParameterizedTest(name = "{0} x {1} -> {2}")
	@MethodSource("matrix")
	void givesTheMatrixPredikatOnTheApiAndThePage(String hasil, String perilaku, String predikat) throws Exception {
		this.chain.get(PlanChain.ANALIS, "/api/v1/rules/predikat?hasil={h}&perilaku={p}", hasil, perilaku)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value(predikat))
			.andExpect(jsonPath("$.label").value(label(predikat)));
		String page = page("/kalkulator/predikat?hasil=" + hasil + "&perilaku=" + perilaku, false);
		assertThat(first(page, "<p[^>]*id=\"predikat-answer\"[^>]*data-predikat=\"([A-Z_]+)\"")).isEqualTo(predikat);
		// the matrix shown marks the cell the answer came from
		assertThat(page).containsPattern("data-hasil=\"" + hasil + "\" data-perilaku=\"" + perilaku
				+ "\" data-predikat=\"" + predikat + "\" aria-current=\"true\"");
		// htmx swaps only the answer (with the matrix)
		String fragment = page("/kalkulator/predikat?hasil=" + hasil + "&perilaku=" + perilaku, true);
		assertThat(fragment).doesNotContain("<nav").contains("id=\"predikat-result\"");
		assertThat(first(fragment, "<p[^>]*id=\"predikat-answer\"[^>]*data-predikat=\"([A-Z_]+)\""))
			.isEqualTo(predikat);
	}

	@Test
	void showsTheWholeMatrixOnThePage() throws Exception {
		String page = page("/kalkulator", false);
		List<String[]> cells = all(page,
				"data-hasil=\"([A-Z_]+)\" data-perilaku=\"([A-Z_]+)\" data-predikat=\"([A-Z_]+)\"");
		assertThat(cells).hasSize(9);
		for (String[] cell : cells) {
			assertThat(cell[2]).isEqualTo(Predikat.of(Rating.valueOf(cell[0]), Rating.valueOf(cell[1])).name());
		}
		assertThat(page).contains("id=\"nav-calculator\"").contains("Aturan pembulatan");
	}

	/**
	 * A curve row: the unit predikat, the counts (Sangat Baik to Sangat Kurang), whether
	 * it fits, and for each bound its rule, rounded count, actual count and shortfall.
	 */
	static Stream<Arguments> curve() {
		return Stream.of(
				// Istimewa: at most 70 % Sangat Baik
				Arguments.of("ISTIMEWA", new int[] { 7, 3, 0, 0, 0 }, true, List.of("MAX_PERCENT:SANGAT_BAIK:7:7:0")),
				Arguments.of("ISTIMEWA", new int[] { 8, 2, 0, 0, 0 }, false, List.of("MAX_PERCENT:SANGAT_BAIK:7:8:1")),
				// rounding: of 5, at most 70 % is 3
				Arguments.of("ISTIMEWA", new int[] { 4, 1, 0, 0, 0 }, false, List.of("MAX_PERCENT:SANGAT_BAIK:3:4:1")),
				// Baik: at most 70 % Baik; at least one Butuh Perbaikan or Kurang
				Arguments.of("BAIK", new int[] { 2, 7, 1, 0, 0 }, true,
						List.of("MAX_PERCENT:BAIK:7:7:0", "MIN_COUNT:BUTUH_PERBAIKAN,KURANG:1:1:0")),
				Arguments.of("BAIK", new int[] { 2, 8, 0, 0, 0 }, false,
						List.of("MAX_PERCENT:BAIK:7:8:1", "MIN_COUNT:BUTUH_PERBAIKAN,KURANG:1:0:1")),
				// Butuh Perbaikan: at least 60 % Butuh Perbaikan; at most 10 % Sangat
				// Baik
				Arguments.of("BUTUH_PERBAIKAN", new int[] { 1, 3, 6, 0, 0 }, true,
						List.of("MIN_PERCENT:BUTUH_PERBAIKAN:6:6:0", "MAX_PERCENT:SANGAT_BAIK:1:1:0")),
				Arguments.of("BUTUH_PERBAIKAN", new int[] { 2, 3, 5, 0, 0 }, false,
						List.of("MIN_PERCENT:BUTUH_PERBAIKAN:6:5:1", "MAX_PERCENT:SANGAT_BAIK:1:2:1")),
				// Kurang: at least 60 % Kurang; at least 10 % Butuh Perbaikan; at most 10
				// %
				// Sangat Baik
				Arguments.of("KURANG", new int[] { 1, 2, 1, 6, 0 }, true,
						List.of("MIN_PERCENT:KURANG:6:6:0", "MIN_PERCENT:BUTUH_PERBAIKAN:1:1:0",
								"MAX_PERCENT:SANGAT_BAIK:1:1:0")),
				Arguments.of("KURANG", new int[] { 2, 3, 0, 5, 0 }, false,
						List.of("MIN_PERCENT:KURANG:6:5:1", "MIN_PERCENT:BUTUH_PERBAIKAN:1:0:1",
								"MAX_PERCENT:SANGAT_BAIK:1:2:1")),
				// Sangat Kurang: at least 60 % Sangat Kurang; at least 10 % Kurang or
				// Butuh
				// Perbaikan; no Sangat Baik
				Arguments.of("SANGAT_KURANG", new int[] { 0, 3, 0, 1, 6 }, true,
						List.of("MIN_PERCENT:SANGAT_KURANG:6:6:0", "MIN_PERCENT:BUTUH_PERBAIKAN,KURANG:1:1:0",
								"MAX_COUNT:SANGAT_BAIK:0:0:0")),
				Arguments.of("SANGAT_KURANG", new int[] { 1, 4, 0, 0, 5 }, false,
						List.of("MIN_PERCENT:SANGAT_KURANG:6:5:1", "MIN_PERCENT:BUTUH_PERBAIKAN,KURANG:1:0:1",
								"MAX_COUNT:SANGAT_BAIK:0:1:1")));
	}

	@ParameterizedTest(name = "{0} {1} fits={2}")
	@MethodSource("curve")
	void checksEveryCurveRowAlikeOnTheApiAndThePage(String unit, int[] counts, boolean fits, List<String> bounds)
			throws Exception {
		Predikat[] order = Predikat.values();
		StringBuilder json = new StringBuilder("{\"unitPredikat\":\"" + unit + "\",\"counts\":{");
		StringBuilder query = new StringBuilder("/kalkulator/distribusi?unitPredikat=" + unit);
		for (int i = 0; i < order.length; i++) {
			json.append((i > 0) ? "," : "").append('"').append(order[i].name()).append("\":").append(counts[i]);
			query.append('&').append(order[i].name()).append('=').append(counts[i]);
		}
		json.append("}}");
		String api = this.chain.send(PlanChain.ANALIS, "/api/v1/rules/distribution", json.toString())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fits").value(fits))
			.andExpect(jsonPath("$.unitPredikat").value(unit))
			.andExpect(jsonPath("$.rounding").value(containsString("dibulatkan ke bawah")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> apiBounds = JsonPath.read(api, "$.bounds");
		List<String> fromApi = apiBounds.stream()
			.map((b) -> b.get("rule") + ":" + b.get("predikat") + ":" + b.get("allowed") + ":" + b.get("actual") + ":"
					+ b.get("by"))
			.toList();
		assertThat(fromApi).containsExactlyElementsOf(bounds);
		List<Map<String, Object>> violations = JsonPath.read(api, "$.violations");
		assertThat(violations).hasSize((int) bounds.stream().filter((b) -> !b.endsWith(":0")).count());
		violations.forEach((v) -> assertThat((String) v.get("message")).matches(".*(Kelebihan|Kurang) 1 orang\\."));

		for (boolean htmx : new boolean[] { false, true }) {
			String page = page(query.toString(), htmx);
			assertThat(first(page, "id=\"distribution-answer\"[^>]*data-fits=\"(true|false)\""))
				.isEqualTo(String.valueOf(fits));
			List<String> fromPage = all(page,
					"data-rule=\"([A-Z_]+)\" data-predikat=\"([A-Z_,]+)\" data-allowed=\"(\\d+)\" data-actual=\"(\\d+)\""
							+ " data-holds=\"(?:true|false)\" data-by=\"(\\d+)\"")
				.stream()
				.map((m) -> String.join(":", m))
				.toList();
			assertThat(fromPage).as("the page gives what the API gives").containsExactlyElementsOf(fromApi);
			assertThat(page).contains("id=\"distribution-rounding\"").contains("dibulatkan ke atas");
		}
	}

	static Stream<Arguments> creditPoints() {
		return Stream.of(Arguments.of("AHLI_PERTAMA", "SANGAT_BAIK", 12, "18.75"),
				Arguments.of("AHLI_MUDA", "BAIK", 12, "25.00"), Arguments.of("AHLI_PERTAMA", "BAIK", 5, "5.21"),
				Arguments.of("PEMULA", "SANGAT_KURANG", 7, "0.55"),
				Arguments.of("AHLI_UTAMA", "BUTUH_PERBAIKAN", 6, "18.75"),
				Arguments.of("PENYELIA", "KURANG", 1, "1.04"));
	}

	@ParameterizedTest(name = "{0} {1} {2} months -> {3}")
	@MethodSource("creditPoints")
	void computesCreditPointsAlikeOnTheApiAndThePage(String jenjang, String predikat, int months, String points)
			throws Exception {
		String api = this.chain
			.get(PlanChain.ANALIS, "/api/v1/rules/credit-points?jenjang={j}&predikat={p}&months={m}", jenjang, predikat,
					months)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("\"creditPoints\":" + points + ",");
		String page = page(
				"/kalkulator/angka-kredit?jenjang=" + jenjang + "&predikat=" + predikat + "&months=" + months, false);
		assertThat(first(page, "data-credit-points=\"([0-9.]+)\"")).isEqualTo(points);
	}

	@Test
	void answersTheContractExampleOfCreditPoints() throws Exception {
		this.chain
			.get(PlanChain.ANALIS, "/api/v1/rules/credit-points?jenjang=AHLI_PERTAMA&predikat=SANGAT_BAIK&months=12")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditPoints").value(18.75));
	}

	static Stream<Arguments> badQueries() {
		return Stream.of(Arguments.of("/api/v1/rules/predikat?perilaku=SESUAI_EKSPEKTASI", "hasil"),
				Arguments.of("/api/v1/rules/predikat?hasil=HEBAT&perilaku=SESUAI_EKSPEKTASI", "hasil"),
				Arguments.of("/api/v1/rules/predikat?hasil=SESUAI_EKSPEKTASI&perilaku=", "perilaku"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_SUPER&predikat=BAIK&months=12", "jenjang"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&months=12", "predikat"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=LUAR_BIASA&months=12", "predikat"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=0", "months"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=13", "months"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=enam", "months"),
				Arguments.of("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK", "months"));
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@MethodSource("badQueries")
	void refusesABadQueryParameterNamingIt(String path, String field) throws Exception {
		this.chain.get(PlanChain.ANALIS, path)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("evaluation.rules.")));
	}

	static Stream<Arguments> badBodies() {
		return Stream.of(Arguments.of("{\"unitPredikat\":\"HEBAT\",\"counts\":{\"BAIK\":1}}", "unitPredikat"),
				Arguments.of("{\"counts\":{\"BAIK\":1}}", "unitPredikat"),
				Arguments.of("{\"unitPredikat\":\"BAIK\"}", "counts"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":-1}}", "counts.BAIK"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":2.5}}", "counts.BAIK"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":\"tujuh\"}}", "counts.BAIK"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":100001}}", "counts.BAIK"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":1,\"CUKUP\":1}}", "counts.CUKUP"),
				Arguments.of("{\"unitPredikat\":\"BAIK\",\"counts\":[1,2]}", "counts"));
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@MethodSource("badBodies")
	void refusesABadDistributionNamingTheField(String body, String field) throws Exception {
		this.chain.send(PlanChain.ANALIS, "/api/v1/rules/distribution", body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	@Test
	void refusesADistributionWithoutBodyNamingBothFields() throws Exception {
		this.mvc.perform(post("/api/v1/rules/distribution").header("Authorization", this.chain.token(PlanChain.ANALIS)))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("unitPredikat", "counts")));
	}

	@Test
	void explainsARefusalInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=13")
				.header("Authorization", this.chain.token(PlanChain.ANALIS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Jumlah bulan harus bilangan bulat dari 1 sampai 12."));
		this.mvc
			.perform(get("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=13")
				.header("Authorization", this.chain.token(PlanChain.ANALIS))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The months must be a whole number from 1 to 12."));
		this.mvc
			.perform(post("/api/v1/rules/distribution").header("Authorization", this.chain.token(PlanChain.ANALIS))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":8,\"SANGAT_BAIK\":2}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations[0].message")
				.value("At most 70% Baik (good): of 10 employees at most 7; " + "there are 8. 1 too many."))
			.andExpect(jsonPath("$.rounding").value(containsString("rounded down")));
	}

	@Test
	void showsABadPageInputNextToTheCalculator() throws Exception {
		String page = page("/kalkulator/angka-kredit?jenjang=AHLI_MUDA&predikat=BAIK&months=13", false);
		assertThat(page).contains("id=\"credit-errors\"")
			.contains("data-field=\"months\"")
			.contains("Jumlah bulan harus bilangan bulat dari 1 sampai 12.")
			.doesNotContain("id=\"credit-answer\"");
		String distribution = page("/kalkulator/distribusi?unitPredikat=BAIK&BAIK=-2", true);
		assertThat(distribution).contains("data-field=\"counts.BAIK\"").doesNotContain("id=\"distribution-answer\"");
	}

	@Test
	void letsAnAuditorUseTheCalculatorPage() throws Exception {
		Cookie auditor = TestSignIn.session(this.mvc, "auditor");
		String page = this.mvc
			.perform(get("/kalkulator/distribusi?unitPredikat=ISTIMEWA&SANGAT_BAIK=3&BAIK=2").cookie(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first(page, "id=\"distribution-answer\"[^>]*data-fits=\"(true|false)\"")).isEqualTo("true");
	}

	@Test
	void refusesTheCalculatorsWhenSignedOut() throws Exception {
		this.mvc.perform(get("/api/v1/rules/predikat?hasil=SESUAI_EKSPEKTASI&perilaku=SESUAI_EKSPEKTASI"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/rules/credit-points?jenjang=AHLI_MUDA&predikat=BAIK&months=12"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/rules/distribution").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitPredikat\":\"BAIK\",\"counts\":{\"BAIK\":1}}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/kalkulator")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private String page(String path, boolean htmx) throws Exception {
		var request = get(path).cookie(this.session);
		if (htmx) {
			request = request.header("HX-Request", "true");
		}
		ResultActions result = this.mvc.perform(request).andExpect(status().isOk());
		return result.andReturn().getResponse().getContentAsString();
	}

	private static String label(String predikat) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("SANGAT_BAIK", "Sangat Baik");
		labels.put("BAIK", "Baik");
		labels.put("BUTUH_PERBAIKAN", "Butuh Perbaikan");
		labels.put("KURANG", "Kurang/Misconduct");
		labels.put("SANGAT_KURANG", "Sangat Kurang");
		return labels.get(predikat);
	}

	private static String first(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1);
	}

	private static List<String[]> all(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		List<String[]> found = new ArrayList<>();
		while (matcher.find()) {
			String[] groups = new String[matcher.groupCount()];
			for (int i = 0; i < groups.length; i++) {
				groups[i] = matcher.group(i + 1);
			}
			found.add(groups);
		}
		return found;
	}

}

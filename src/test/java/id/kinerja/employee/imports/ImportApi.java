package id.kinerja.employee.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.TestSignIn;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Calls the import and export API as a signed-in client. */
final class ImportApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final Map<String, String> tokens = new HashMap<>();

	ImportApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	String bearer(String user) throws Exception {
		String token = this.tokens.get(user);
		if (token == null) {
			token = TestSignIn.bearer(this.mvc, user);
			this.tokens.put(user, token);
		}
		return token;
	}

	ResultActions upload(String kind, String user, String fileName, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/imports/" + kind)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.header(HttpHeaders.AUTHORIZATION, bearer(user)));
	}

	ResultActions employees(String user, byte[] csv) throws Exception {
		return upload("employees", user, "employees.csv", csv);
	}

	ResultActions units(String user, byte[] csv) throws Exception {
		return upload("units", user, "units.csv", csv);
	}

	ResultActions export(String kind, String user, String query) throws Exception {
		return this.mvc.perform(get("/api/v1/exports/" + kind + query).header(HttpHeaders.AUTHORIZATION, bearer(user)));
	}

	/** A row error as the API lists it. */
	record Error(int line, String column, String message) {
	}

	static Map<String, Object> json(MvcResult result) throws Exception {
		return JSON.readValue(result.getResponse().getContentAsByteArray(), Map.class);
	}

	@SuppressWarnings("unchecked")
	static List<Error> errors(MvcResult result) throws Exception {
		List<Error> errors = new ArrayList<>();
		for (Map<String, Object> error : (List<Map<String, Object>>) json(result).get("errors")) {
			errors.add(new Error(((Number) error.get("line")).intValue(), (String) error.get("column"),
					(String) error.get("message")));
		}
		return errors;
	}

}

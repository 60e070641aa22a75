package id.kinerja.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.kinerja.KinerjaApplication;
import id.kinerja.agency.UnitImportService;
import id.kinerja.employee.imports.EmployeeImportService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return GenerateCommand.run(KinerjaApplication.class, args, new PrintStream(this.out, true),
				new PrintStream(this.err, true));
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void recognisesOnlyItsOwnFirstArgument() {
		assertThat(GenerateCommand.isCommand(new String[] { "generate", "--employees", "300" })).isTrue();
		assertThat(GenerateCommand.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(GenerateCommand.isCommand(new String[0])).isFalse();
	}

	@Test
	void refusesWrongArgumentsWithAMessageAndNoStackTrace() {
		List<List<String>> wrong = List.of(List.of(), List.of("--employees"), List.of("--employees", "many"),
				List.of("--employees", "10"), List.of("--employees", "300", "--seed", "x"),
				List.of("--employees", "300", "--colour", "red"), List.of("--employees", "300", "--employees", "400"),
				List.of("--employees", "300", "--agency-code", "BAD CODE"),
				List.of("--employees", "300", "--agency-code", "A".repeat(33)),
				List.of("--employees", "300", "--agency-name", " "),
				List.of("--employees", "300", "--plans", "--plans"),
				List.of("--employees", "300", "--plans", "--out", "gen"),
				List.of("--employees", "300", "--password", "short"),
				List.of("--employees", "300", "--password", "longenough", "--out", "gen"));
		List<String> messages = List.of("--employees is required", "--employees needs a value",
				"--employees must be a whole number, not many", "--employees must be between 300 and 1000000, not 10",
				"--seed must be a whole number, not x", "Unknown argument: --colour", "--employees is given twice",
				"--agency-code must be 1 to 32", "--agency-code must be 1 to 32", "--agency-name must have",
				"--plans is given twice", "--plans needs the database: leave out --out",
				"--password must have 8 to 72 characters", "--password needs the database: leave out --out");
		for (int i = 0; i < wrong.size(); i++) {
			this.err.reset();
			String[] args = java.util.stream.Stream
				.concat(java.util.stream.Stream.of("generate"), wrong.get(i).stream())
				.toArray(String[]::new);
			assertThat(run(args)).as(wrong.get(i).toString()).isEqualTo(2);
			assertThat(err()).as(wrong.get(i).toString())
				.contains("generate: " + messages.get(i))
				.contains("Usage: java -jar kinerja.jar generate")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
		}
		assertThat(this.out.size()).isZero();
	}

	@Test
	void parsesDefaults() throws Exception {
		GenerateCommand.Options options = GenerateCommand.parse(List.of("--employees", "15000"));
		assertThat(options).isEqualTo(new GenerateCommand.Options(15_000, 42, "GEN-15000-42",
				"Pemerintah Kota Generasi GEN-15000-42", null, false));
		assertThat(GenerateCommand.parse(List.of("--employees", "100_000", "--seed", "7")).agencyName())
			.isEqualTo("Pemerintah Provinsi Generasi GEN-100000-7");
	}

	@Test
	void writesTheSameFilesForTheSameSeed() throws Exception {
		Path first = this.folder.resolve("first");
		Path second = this.folder.resolve("second");
		Path other = this.folder.resolve("other");
		assertThat(run("generate", "--employees", "1000", "--seed", "9", "--out", first.toString())).isZero();
		assertThat(run("generate", "--seed", "9", "--employees", "1000", "--out", second.toString())).isZero();
		assertThat(run("generate", "--employees", "1000", "--seed", "10", "--out", other.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("1000 employees of GEN-1000-9");
		for (String file : List.of("units.csv", "employees.csv")) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
		assertThat(Files.readAllBytes(other.resolve("employees.csv")))
			.isNotEqualTo(Files.readAllBytes(first.resolve("employees.csv")));
		List<String> employees = Files.readAllLines(first.resolve("employees.csv"), StandardCharsets.UTF_8);
		assertThat(employees.get(0)).isEqualTo("\uFEFF" + String.join(",", EmployeeImportService.HEADERS));
		assertThat(employees).hasSize(1 + 1000);
		assertThat(Files.readAllLines(first.resolve("units.csv"), StandardCharsets.UTF_8).get(0))
			.isEqualTo("\uFEFF" + String.join(",", UnitImportService.HEADERS));
	}

	@Test
	void parsesThePlansOption() throws Exception {
		assertThat(GenerateCommand.parse(List.of("--employees", "300")).plans()).isFalse();
		assertThat(GenerateCommand.parse(List.of("--plans", "--employees", "300", "--seed", "3")).plans()).isTrue();
		assertThat(GenerateCommand.HELP).contains("--plans");
	}

	@Test
	void parsesThePasswordOption() throws Exception {
		assertThat(GenerateCommand.parse(List.of("--employees", "300")).password()).isNull();
		assertThat(GenerateCommand.parse(List.of("--employees", "300", "--password", "uji-beban-1")).password())
			.isEqualTo("uji-beban-1");
		assertThat(GenerateCommand.HELP).contains("--password P").contains("for benchmarks and trials");
	}

	@Test
	void saysSoWhenItCannotWrite() throws Exception {
		Path file = Files.writeString(this.folder.resolve("taken"), "a file, not a folder");
		assertThat(run("generate", "--employees", "300", "--out", file.toString())).isEqualTo(1);
		assertThat(err()).contains("generate: cannot write to " + file).doesNotContain("\tat ");
	}

}

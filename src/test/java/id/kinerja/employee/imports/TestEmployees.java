package id.kinerja.employee.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds employee import files for tests: valid rows with fresh NIPs by default, any
 * column overridable.
 */
final class TestEmployees {

	static final String HEADER = String.join(",", EmployeeImportService.HEADERS);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("yyyyMMdd");

	private TestEmployees() {
	}

	/** Return a fresh valid PNS NIP of the given sex (1 male, 2 female). */
	static String nip(char sex) {
		int n = SEQUENCE.incrementAndGet();
		LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(n * 7L % 9000);
		return birth.format(DIGITS) + (birth.getYear() + 25) + String.format("%02d", 1 + n % 12) + sex
				+ String.format("%03d", 1 + n % 998);
	}

	/** Return a fresh valid PPPK number of the given sex. */
	static String pppkNip(char sex) {
		int n = SEQUENCE.incrementAndGet();
		LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(n * 5L % 7000);
		return birth.format(DIGITS) + (birth.getYear() + 25) + "21" + sex + String.format("%03d", 1 + n % 998);
	}

	/** A row of the employee file, valid for the NIP, changeable column by column. */
	static final class Line {

		final Map<String, String> values = new LinkedHashMap<>();

		Line(String nip, String name, String unit, String supervisor) {
			for (String header : EmployeeImportService.HEADERS) {
				this.values.put(header, "");
			}
			boolean pppk = nip.substring(12, 14).compareTo("12") > 0;
			LocalDate birth = LocalDate.parse(nip.substring(0, 8), DIGITS);
			this.values.put("nip", nip);
			this.values.put("nama", name);
			this.values.put("jenis_kelamin", (nip.charAt(14) == '1') ? "L" : "P");
			this.values.put("tanggal_lahir", birth.toString());
			this.values.put("jenis_asn", pppk ? "PPPK" : "PNS");
			this.values.put("golongan", pppk ? "IX" : "III/a");
			this.values.put("jabatan", "Pengadministrasi Umum");
			this.values.put("jenis_jabatan", "PELAKSANA");
			this.values.put("kode_unit", unit);
			this.values.put("nip_atasan", supervisor);
		}

		Line with(String column, String value) {
			if (!this.values.containsKey(column)) {
				throw new IllegalArgumentException(column);
			}
			this.values.put(column, value);
			return this;
		}

		String nip() {
			return this.values.get("nip");
		}

		String csv() {
			List<String> cells = new ArrayList<>();
			for (String value : this.values.values()) {
				boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
				cells.add(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
			}
			return String.join(",", cells);
		}

	}

	static Line line(String nip, String name, String unit, String supervisor) {
		return new Line(nip, name, unit, supervisor);
	}

	/** Return the CSV file (header on line 1, then one line per row). */
	static byte[] csv(List<Line> lines) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		lines.forEach((line) -> csv.append(line.csv()).append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] csv(Line... lines) {
		return csv(List.of(lines));
	}

}

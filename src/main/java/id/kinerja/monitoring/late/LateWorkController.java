package id.kinerja.monitoring.late;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.tabular.TableFormat;
import id.kinerja.shared.tabular.TableWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The late-work page: filters (a unit for admins, the whole line for supervisors, the
 * period, the kind, the daily-log window), the counts per kind, then one card per row;
 * the same rows as CSV; and the short summary a supervisor's team board includes.
 */
@Controller
class LateWorkController {

	/** The most rows a page shows; the CSV has them all. */
	static final int SHOWN = 200;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final LateWorkService late;

	private final MessageSource messages;

	LateWorkController(LateWorkService late, MessageSource messages) {
		this.late = late;
		this.messages = messages;
	}

	/**
	 * A row as a card shows it.
	 *
	 * @param row the row
	 * @param detail what is late and by how much, in words
	 * @param supervisor the supervisor's name, or the regional head in words
	 */
	record Card(LateWorkService.Row row, String detail, String supervisor) {
	}

	/**
	 * A rejected filter.
	 *
	 * @param field the parameter
	 * @param message the message
	 */
	record Problem(String field, String message) {
	}

	@GetMapping("/monitoring/late")
	String page(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String supervisor,
			@RequestParam(required = false) @Nullable String line,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String days, Locale locale, Model model) {
		LateWorkService.Query query = new LateWorkService.Query(unit, supervisor, line, period, kind, days);
		model.addAttribute("query", query);
		model.addAttribute("kinds", LateKind.values());
		model.addAttribute("maxDays", LateWorkService.MAX_DAYS);
		List<Problem> problems = new ArrayList<>();
		LateWorkService.Report report = null;
		try {
			report = this.late.report(query, SHOWN);
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> problems.add(new Problem(problem.field(), this.messages
					.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale))));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("units", this.late.pickableUnits());
		model.addAttribute("periods", this.late.recentPeriods());
		model.addAttribute("supervisorView", Actor.current().map((actor) -> actor.employeeId() != null).orElse(false));
		model.addAttribute("report", report);
		if (report != null) {
			List<Card> cards = report.rows()
				.stream()
				.limit(SHOWN)
				.map((row) -> new Card(row, detail(row, locale), supervisor(row, locale)))
				.toList();
			model.addAttribute("cards", cards);
			model.addAttribute("shown", SHOWN);
		}
		return "late/list";
	}

	@GetMapping("/monitoring/late.csv")
	void csv(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String supervisor,
			@RequestParam(required = false) @Nullable String line,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String days, Locale locale, HttpServletResponse response)
			throws IOException {
		LateWorkService.Report report = this.late
			.report(new LateWorkService.Query(unit, supervisor, line, period, kind, days));
		response.setContentType(TableFormat.CSV.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("terlambat-" + report.period() + ".csv").build().toString());
		try (TableWriter writer = TableWriter.open(TableFormat.CSV, response.getOutputStream(), "late")) {
			List<@Nullable String> header = new ArrayList<>();
			for (String column : List.of("kind", "nip", "name", "unit-code", "unit", "position", "supervisor-nip",
					"supervisor", "period", "deadline", "since", "days")) {
				header.add(message("monitoring.late.csv." + column, locale));
			}
			writer.row(header);
			for (LateWorkService.Row row : report.rows()) {
				List<@Nullable String> values = new ArrayList<>();
				values.add(message(row.kind().messageKey(), locale));
				values.add(row.nip());
				values.add(row.name());
				values.add(row.unitCode());
				values.add(row.unitName());
				values.add(row.position());
				values.add(row.supervisorNip());
				values.add(row.supervisorName());
				values.add(row.period());
				values.add(day(row.deadline()));
				values.add(day(row.since()));
				values.add((row.days() != null) ? String.valueOf(row.days()) : null);
				writer.row(values);
			}
		}
	}

	@GetMapping("/monitoring/late/summary")
	String summary(Model model) {
		model.addAttribute("report", this.late.teamSummary());
		model.addAttribute("kinds", LateKind.values());
		return "late/summary :: summary";
	}

	private String detail(LateWorkService.Row row, Locale locale) {
		String key = "monitoring.late.detail." + row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		if (row.kind() == LateKind.NO_DAILY_LOG && row.since() == null) {
			key = "monitoring.late.detail.never-logged";
		}
		Object[] arguments = { day(row.deadline()), day(row.since()), (row.days() != null) ? row.days() : 0,
				supervisor(row, locale), (row.period() != null) ? row.period() : "" };
		return this.messages.getMessage(key, arguments, locale);
	}

	private String supervisor(LateWorkService.Row row, Locale locale) {
		return (row.supervisorName() != null) ? row.supervisorName() : message("monitoring.late.regional-head", locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static @Nullable String day(@Nullable LocalDate day) {
		return (day != null) ? day.format(DAY) : null;
	}

}

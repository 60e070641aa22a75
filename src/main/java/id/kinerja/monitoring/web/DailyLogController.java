package id.kinerja.monitoring.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.employee.EmployeeRepository;
import id.kinerja.monitoring.DailyLog;
import id.kinerja.monitoring.DailyLogService;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily log page: a short entry form first (today, what was done, the output, the RHK
 * it serves), then the week's entries by day, a week back or forward. A supervisor opens
 * a subordinate's log with {@code ?nip=}; only the owner sees the form.
 */
@Controller
class DailyLogController {

	private final DailyLogService logs;

	private final EmployeeRepository employees;

	private final Clock clock;

	DailyLogController(DailyLogService logs, EmployeeRepository employees, Clock clock) {
		this.logs = logs;
		this.employees = employees;
		this.clock = clock;
	}

	/**
	 * The entry form.
	 *
	 * @param date the day
	 * @param activity what was done
	 * @param output the output
	 * @param quantity how many
	 * @param unit the quantity's unit
	 * @param rhkId the RHK it serves
	 * @param evidenceUrl a link to the evidence
	 */
	record LogForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, @Nullable String activity,
			@Nullable String output, @Nullable BigDecimal quantity, @Nullable String unit, @Nullable Long rhkId,
			@Nullable String evidenceUrl) {
	}

	@GetMapping("/logs")
	String week(@RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
			Model model) {
		model.addAttribute("form", new LogForm(LocalDate.now(this.clock), null, null, null, null, null, null));
		return page(nip, week, model);
	}

	@PostMapping("/logs")
	String add(@ModelAttribute("form") LogForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			DailyLog log = this.logs.add(new DailyLogService.LogInput(form.date(), form.activity(), form.output(),
					form.quantity(), form.unit(), form.rhkId(), form.evidenceUrl()));
			redirect.addFlashAttribute("notice", "monitoring.log.saved");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
			return "redirect:/logs?week=" + monday(log.getLogDate());
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		catch (KinerjaException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
		return page(null, form.date(), model);
	}

	/**
	 * The month as a calendar: how many entries each day has, a tap away from that week's
	 * entries.
	 */
	@GetMapping("/logs/calendar")
	String calendar(@RequestParam(required = false) @Nullable String nip,
			@RequestParam(required = false) @Nullable String month, Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		String whose = (nip != null && !nip.isBlank()) ? nip.strip() : actor.username();
		if (actor.employeeId() == null && (nip == null || nip.isBlank())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.log.owner-only");
		}
		java.time.YearMonth shown;
		try {
			shown = (month != null && !month.isBlank()) ? java.time.YearMonth.parse(month.strip())
					: java.time.YearMonth.now(this.clock);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FieldsRejectedException(List
				.of(new FieldsRejectedException.FieldProblem("month", "monitoring.log.month.malformed", month)));
		}
		LocalDate first = shown.atDay(1);
		LocalDate last = shown.atEndOfMonth();
		List<DailyLog> entries = this.logs.logsOf(whose, first, last);
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		entries.forEach((entry) -> counts.merge(entry.getLogDate(), 1L, Long::sum));
		List<List<LocalDate>> weeks = new java.util.ArrayList<>();
		for (LocalDate monday = monday(first); !monday.isAfter(last); monday = monday.plusDays(7)) {
			List<LocalDate> days = new java.util.ArrayList<>();
			for (int day = 0; day < 7; day++) {
				days.add(monday.plusDays(day));
			}
			weeks.add(days);
		}
		model.addAttribute("own", whose.equals(actor.username()));
		model.addAttribute("nip", whose);
		model.addAttribute("name", this.employees.findByNip(whose).map((e) -> e.getFullName()).orElse(whose));
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("counts", counts);
		model.addAttribute("total", entries.size());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "logs/calendar";
	}

	private String page(@Nullable String nip, @Nullable LocalDate week, Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		String whose = (nip != null && !nip.isBlank()) ? nip.strip() : actor.username();
		if (actor.employeeId() == null && (nip == null || nip.isBlank())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.log.owner-only");
		}
		LocalDate monday = monday((week != null) ? week : LocalDate.now(this.clock));
		List<DailyLog> entries = this.logs.logsOf(whose, monday, monday.plusDays(6));
		Map<LocalDate, List<DailyLog>> byDay = new LinkedHashMap<>();
		for (int day = 6; day >= 0; day--) {
			LocalDate date = monday.plusDays(day);
			byDay.put(date, entries.stream().filter((entry) -> entry.getLogDate().equals(date)).toList());
		}
		boolean own = whose.equals(actor.username());
		List<SkpQueries.OwnRhk> rhks = own ? this.logs.rhkChoices(LocalDate.now(this.clock).getYear()) : List.of();
		Map<Long, String> rhkNames = new LinkedHashMap<>();
		rhks.forEach((rhk) -> rhkNames.put(rhk.id(), rhk.number() + ". " + rhk.text()));
		model.addAttribute("own", own);
		model.addAttribute("nip", whose);
		model.addAttribute("name", this.employees.findByNip(whose).map((e) -> e.getFullName()).orElse(whose));
		model.addAttribute("monday", monday);
		model.addAttribute("byDay", byDay);
		model.addAttribute("rhks", rhks);
		model.addAttribute("rhkNames", rhkNames);
		model.addAttribute("count", entries.size());
		return "logs/week";
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}

package id.kinerja.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.monitoring.DailyLog;
import id.kinerja.monitoring.DailyLogService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Daily log")
class DailyLogApiController {

	private final DailyLogService logs;

	private final Clock clock;

	DailyLogApiController(DailyLogService logs, Clock clock) {
		this.logs = logs;
		this.clock = clock;
	}

	/** An entry as read. */
	record LogView(long id, @Nullable Long version, LocalDate date, String activity, @Nullable String output,
			@Nullable BigDecimal quantity, @Nullable String unit, @Nullable Long rhkId, @Nullable String evidenceUrl) {

		static LogView of(DailyLog log) {
			return new LogView(log.getId(), log.getVersion(), log.getLogDate(), log.getActivity(), log.getOutput(),
					log.getQuantity(), log.getOutputUnit(), log.getRhkId(), log.getEvidenceUrl());
		}

	}

	/** An entry as sent, with the version that was read when changing one. */
	record LogRequest(@Nullable LocalDate date, @Nullable String activity, @Nullable String output,
			@Nullable BigDecimal quantity, @Nullable String unit, @Nullable Long rhkId, @Nullable String evidenceUrl,
			@Nullable Long version) {

		DailyLogService.LogInput input() {
			return new DailyLogService.LogInput(this.date, this.activity, this.output, this.quantity, this.unit,
					this.rhkId, this.evidenceUrl);
		}

	}

	@PostMapping("/api/v1/logs")
	@Operation(summary = "Write an entry of one's own daily log (log harian)")
	ResponseEntity<LogView> add(@RequestBody LogRequest request) {
		DailyLog log = this.logs.add(request.input());
		return ResponseEntity.created(URI.create("/api/v1/logs/" + log.getId())).body(LogView.of(log));
	}

	@GetMapping("/api/v1/logs")
	@Operation(summary = "An employee's daily log from one day to another (the last 7 days by default)")
	List<LogView> list(@RequestParam String nip,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate first = (from != null) ? from : last.minusDays(6);
		return this.logs.logsOf(nip, first, last).stream().map(LogView::of).toList();
	}

	@PutMapping("/api/v1/logs/{id}")
	@Operation(summary = "Change an entry of one's own daily log while its period is open")
	LogView change(@PathVariable long id, @RequestBody LogRequest request) {
		return LogView.of(this.logs.change(id, request.input(), request.version()));
	}

	@DeleteMapping("/api/v1/logs/{id}")
	@Operation(summary = "Void an entry of one's own daily log while its period is open")
	ResponseEntity<Void> voidLog(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
		this.logs.voidLog(id, version);
		return ResponseEntity.noContent().build();
	}

}

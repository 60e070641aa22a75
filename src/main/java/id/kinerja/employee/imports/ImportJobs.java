package id.kinerja.employee.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.UnitImportService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.tabular.ImportProgress;
import id.kinerja.shared.tabular.ImportRejectedException;
import id.kinerja.shared.tabular.ImportResult;
import id.kinerja.shared.tabular.RowError;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the import page's uploads in the background, one at a time per node, so that the
 * page can show a progress bar while a large file is checked and applied. Jobs are kept
 * in the {@code import_job} table, so that polling and the error report work from any
 * node and after a restart. The import itself is one all-or-nothing transaction; the
 * job's progress is written in short transactions of its own beside it. While a job is
 * queued or running its node renews a heartbeat; a job whose heartbeat is older than
 * {@code kinerja.imports.stale-after} (2 minutes) was interrupted (the node stopped), and
 * nothing of it was written. A job is read only by the user who started it and by Admin
 * BKPSDM of its agency; to everyone else it does not exist. The work runs as the user who
 * uploaded, so the import services' access rules apply unchanged. Jobs are kept for 30
 * days.
 */
@Service
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(200);

	/** How long jobs are kept for their owners to look back at. */
	private static final Duration KEEP = Duration.ofDays(30);

	private static final String COLUMNS = """
			id, agency_id, kind, file_name, started_by_id, started_by, status, phase, percent, rows_read,
			created_count, updated_count, error_count, failure_key, created_at, heartbeat_at, ended_at""";

	private final UnitImportService units;

	private final EmployeeImportService employees;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final Duration staleAfter;

	private final SecureRandom random = new SecureRandom();

	private final ExecutorService executor;

	private final ScheduledExecutorService heartbeat;

	/** The jobs this node has queued or is running, whose heartbeat it renews. */
	private final Set<String> local = ConcurrentHashMap.newKeySet();

	ImportJobs(UnitImportService units, EmployeeImportService employees, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${kinerja.imports.stale-after:PT2M}") Duration staleAfter) {
		this.units = units;
		this.employees = employees;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.staleAfter = staleAfter;
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "kinerja-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "kinerja-import-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long beat = Math.max(1, staleAfter.toMillis() / 4);
		this.heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
	}

	/** What an import job imports. */
	public enum Kind {

		/** The unit tree. */
		UNITS,
		/** Employees with their posts. */
		EMPLOYEES

	}

	/** Where a job stands. */
	public enum State {

		/** Waiting for the job before it. */
		QUEUED,
		/** Being read, checked or applied. */
		RUNNING,
		/** Applied. */
		APPLIED,
		/** Refused with row errors; nothing written. */
		REJECTED,
		/** Failed for another reason; nothing written. */
		FAILED,
		/** Stopped with its node (restart, crash); nothing written. */
		INTERRUPTED

	}

	/**
	 * An import job as stored, read by the page while it runs.
	 *
	 * @param id the random id
	 * @param kind what it imports
	 * @param fileName the uploaded file's name
	 * @param startedBy who started it
	 * @param state where it stands
	 * @param phase the phase while it runs
	 * @param percent how far it has come, 0 to 100
	 * @param result the counts once applied
	 * @param errorCount the number of row errors once rejected
	 * @param failureKey the message key of a failure
	 * @param createdAt when it was started
	 */
	public record Job(String id, Kind kind, String fileName, String startedBy, State state, ImportProgress.Phase phase,
			int percent, @Nullable ImportResult result, int errorCount, @Nullable String failureKey,
			Instant createdAt) {

		/** Return when it was started, in the server's time zone. */
		public LocalDateTime startedAt() {
			return LocalDateTime.ofInstant(this.createdAt, ZoneId.systemDefault());
		}

		/** Whether the job has not ended yet. */
		public boolean running() {
			return this.state == State.QUEUED || this.state == State.RUNNING;
		}

	}

	/**
	 * Start importing the uploaded file (which the job deletes when done) and return the
	 * job. Only Admin BKPSDM and Admin OPD may import.
	 */
	public Job start(Kind kind, Path upload, String fileName) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
		if (!mayImport(actor)) {
			throw new AccessDeniedException("imports are for Admin BKPSDM and Admin OPD");
		}
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		OffsetDateTime now = now();
		String name = (fileName.length() > 300) ? fileName.substring(0, 300) : fileName;
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("DELETE FROM import_job WHERE created_at < :limit").param("limit", now.minus(KEEP)).update();
			this.jdbc.sql("""
					INSERT INTO import_job (id, agency_id, kind, file_name, started_by_id, started_by, status, phase,
					                        percent, error_count, created_at, heartbeat_at)
					VALUES (:id, :agency, :kind, :file, :user, :username, 'QUEUED', 'READING', 0, 0, :now, :now)""")
				.param("id", id)
				.param("agency", actor.agencyId())
				.param("kind", kind.name())
				.param("file", name)
				.param("user", actor.userId())
				.param("username", actor.username())
				.param("now", now)
				.update();
		});
		this.local.add(id);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		this.executor.execute(() -> run(id, kind, upload, authentication));
		return new Job(id, kind, name, actor.username(), State.QUEUED, ImportProgress.Phase.READING, 0, null, 0, null,
				now.toInstant());
	}

	/** Return whether the actor may import (Admin BKPSDM or Admin OPD). */
	public static boolean mayImport(Actor actor) {
		return actor.hasRole(StructureAccess.ADMIN_BKPSDM) || actor.hasRole("ADMIN_OPD");
	}

	/**
	 * Return the job with the id if the current user started it or is Admin BKPSDM of its
	 * agency; empty otherwise (as if it did not exist).
	 */
	public Optional<Job> find(String id) {
		return readable(id).map(this::job);
	}

	/**
	 * Return the row errors of a rejected job, ordered by line, on the same terms as
	 * {@link #find}.
	 */
	public Optional<List<RowError>> errors(String id) {
		return readable(id).map((row) -> {
			String json = this.jdbc.sql("SELECT errors FROM import_job WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.optional()
				.orElse(null);
			return (json != null) ? fromJson(json) : List.<RowError>of();
		});
	}

	/** List the current user's most recent jobs, newest first. */
	public List<Job> recent(int limit) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM import_job WHERE started_by_id = :user AND agency_id = :agency"
					+ " ORDER BY created_at DESC, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
			.param("user", actor.userId())
			.param("agency", actor.agencyId())
			.query(this::row)
			.list()
			.stream()
			.map(this::job)
			.toList();
	}

	private Optional<Row> readable(String id) {
		Optional<Actor> actor = Actor.current();
		if (actor.isEmpty() || !id.matches("[0-9a-f]{32}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.filter((row) -> row.agencyId == actor.get().agencyId())
			.filter((row) -> row.startedById == actor.get().userId()
					|| actor.get().hasRole(StructureAccess.ADMIN_BKPSDM));
	}

	private Job job(Row row) {
		State state = row.state;
		if ((state == State.QUEUED || state == State.RUNNING)
				&& row.heartbeatAt.isBefore(this.clock.instant().minus(this.staleAfter))) {
			state = State.INTERRUPTED;
		}
		ImportResult result = (state == State.APPLIED)
				? new ImportResult(row.rowsRead, row.createdCount, row.updatedCount) : null;
		return new Job(row.id, row.kind, row.fileName, row.startedBy, state, row.phase, row.percent, result,
				row.errorCount, (state == State.INTERRUPTED) ? "employee.import.page.interrupted" : row.failureKey,
				row.createdAt);
	}

	private void run(String id, Kind kind, Path upload, @Nullable Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			update(id, "UPDATE import_job SET status = 'RUNNING', heartbeat_at = :now WHERE id = :id", Map.of());
			Progress progress = new Progress(id);
			ImportResult result = (kind == Kind.UNITS) ? this.units.importFile(upload, progress)
					: this.employees.importFile(upload, progress);
			update(id,
					"""
							UPDATE import_job SET status = 'APPLIED', percent = 100, rows_read = :rows, created_count = :created,
							       updated_count = :updated, heartbeat_at = :now, ended_at = :now WHERE id = :id""",
					Map.of("rows", result.rows(), "created", result.created(), "updated", result.updated()));
		}
		catch (ImportRejectedException ex) {
			end(id, "REJECTED", null, ex.getErrors());
		}
		catch (AccessDeniedException ex) {
			end(id, "FAILED", "web.error.forbidden", List.of());
		}
		catch (KinerjaException ex) {
			end(id, "FAILED", ex.getMessageKey(), List.of());
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", id, kind, ex);
			end(id, "FAILED", "web.error.server", List.of());
		}
		finally {
			this.local.remove(id);
			SecurityContextHolder.clearContext();
			try {
				Files.deleteIfExists(upload);
			}
			catch (IOException ex) {
				log.warn("Could not delete upload {}", upload, ex);
			}
		}
	}

	private void end(String id, String status, @Nullable String failureKey, List<RowError> errors) {
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		params.put("status", status);
		params.put("failure", failureKey);
		params.put("count", errors.size());
		params.put("errors", errors.isEmpty() ? null : toJson(errors));
		update(id, """
				UPDATE import_job SET status = :status, failure_key = :failure, error_count = :count, errors = :errors,
				       heartbeat_at = :now, ended_at = :now WHERE id = :id""", params);
	}

	private void update(String id, String sql, Map<String, ? extends @Nullable Object> params) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("id", id).param("now", now());
				for (Map.Entry<String, ? extends @Nullable Object> param : params.entrySet()) {
					statement = statement.param(param.getKey(), param.getValue());
				}
				statement.update();
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the state of import {}", id, ex);
		}
	}

	/** Renew the heartbeat of the jobs this node has queued or is running. */
	private void beat() {
		List<String> ids = new ArrayList<>(this.local);
		if (!ids.isEmpty()) {
			try {
				this.ownTransaction.executeWithoutResult(
						(status) -> this.jdbc.sql("UPDATE import_job SET heartbeat_at = :now WHERE id IN (:ids)")
							.param("now", now())
							.param("ids", ids)
							.update());
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the heartbeat of imports {}", ids, ex);
			}
		}
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	/** Writes progress beside the import's transaction, at most every 200 ms. */
	private final class Progress implements ImportProgress {

		private final String id;

		private @Nullable Phase phase;

		private int percent;

		private Instant written = Instant.EPOCH;

		Progress(String id) {
			this.id = id;
		}

		@Override
		public void report(Phase newPhase, long done, long total) {
			double share = (total > 0) ? Math.min(1.0, (double) done / total) : 0.5;
			int value = switch (newPhase) {
				case READING -> (int) (20 * share);
				case CHECKING -> 20 + (int) (20 * share);
				case APPLYING -> 40 + (int) (59 * share);
			};
			Instant now = ImportJobs.this.clock.instant();
			boolean changed = newPhase != this.phase || value > this.percent;
			this.percent = Math.max(this.percent, value);
			if (changed && (newPhase != this.phase || now.isAfter(this.written.plus(PROGRESS_INTERVAL)))) {
				this.phase = newPhase;
				this.written = now;
				update(this.id, "UPDATE import_job SET phase = :phase, percent = :percent, heartbeat_at = :now"
						+ " WHERE id = :id", Map.of("phase", newPhase.name(), "percent", this.percent));
			}
		}

	}

	private record Row(String id, long agencyId, Kind kind, String fileName, long startedById, String startedBy,
			State state, ImportProgress.Phase phase, int percent, int rowsRead, int createdCount, int updatedCount,
			int errorCount, @Nullable String failureKey, Instant createdAt, Instant heartbeatAt) {
	}

	private Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getString("id"), rs.getLong("agency_id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getLong("started_by_id"), rs.getString("started_by"),
				State.valueOf(rs.getString("status")), ImportProgress.Phase.valueOf(rs.getString("phase")),
				rs.getInt("percent"), rs.getInt("rows_read"), rs.getInt("created_count"), rs.getInt("updated_count"),
				rs.getInt("error_count"), rs.getString("failure_key"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant());
	}

	private static String toJson(List<RowError> errors) {
		List<Map<String, Object>> rows = new ArrayList<>(errors.size());
		for (RowError error : errors) {
			List<Object> arguments = new ArrayList<>();
			for (Object argument : error.arguments()) {
				arguments.add((argument instanceof Number || argument instanceof Boolean) ? argument
						: String.valueOf(argument));
			}
			rows.add(Map.of("line", error.line(), "column", error.column(), "key", error.messageKey(), "arguments",
					arguments));
		}
		return JSON.writeValueAsString(rows);
	}

	private static List<RowError> fromJson(String json) {
		List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
		return rows.stream()
			.map((row) -> new RowError(((Number) row.get("line")).intValue(), (String) row.get("column"),
					(String) row.get("key"), ((List<?>) row.get("arguments")).toArray()))
			.toList();
	}

	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
		this.executor.shutdownNow();
	}

}

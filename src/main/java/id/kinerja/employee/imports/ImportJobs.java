package id.kinerja.employee.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs the import page's uploads in the background, one at a time, so that the page can
 * show a progress bar while a large file is checked and applied. Each job belongs to the
 * user who started it and is found by a random id; jobs live in memory for an hour after
 * they end (enough for one node; a cluster would keep them in the database). The work
 * runs as the user who uploaded, so the import services' access rules apply unchanged.
 */
@Service
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final UnitImportService units;

	private final EmployeeImportService employees;

	private final Clock clock;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final ExecutorService executor;

	ImportJobs(UnitImportService units, EmployeeImportService employees, Clock clock) {
		this.units = units;
		this.employees = employees;
		this.clock = clock;
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "kinerja-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
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
		FAILED

	}

	/** An import started from the page; read by the page while it runs. */
	public static final class Job {

		private final String id;

		private final long ownerId;

		private final Kind kind;

		private final String fileName;

		private volatile State state = State.QUEUED;

		private volatile ImportProgress.Phase phase = ImportProgress.Phase.READING;

		private volatile int percent;

		private volatile @Nullable ImportResult result;

		private volatile List<RowError> errors = List.of();

		private volatile @Nullable String failureKey;

		private volatile @Nullable Instant endedAt;

		Job(String id, long ownerId, Kind kind, String fileName) {
			this.id = id;
			this.ownerId = ownerId;
			this.kind = kind;
			this.fileName = fileName;
		}

		public String getId() {
			return this.id;
		}

		public Kind getKind() {
			return this.kind;
		}

		public String getFileName() {
			return this.fileName;
		}

		public State getState() {
			return this.state;
		}

		/** Whether the job has not ended yet. */
		public boolean isRunning() {
			return this.state == State.QUEUED || this.state == State.RUNNING;
		}

		public ImportProgress.Phase getPhase() {
			return this.phase;
		}

		/** Return how far the job has come, 0 to 100. */
		public int getPercent() {
			return this.percent;
		}

		public @Nullable ImportResult getResult() {
			return this.result;
		}

		public List<RowError> getErrors() {
			return this.errors;
		}

		public @Nullable String getFailureKey() {
			return this.failureKey;
		}

		void progress(ImportProgress.Phase newPhase, long done, long total) {
			this.phase = newPhase;
			double share = (total > 0) ? Math.min(1.0, (double) done / total) : 0.5;
			int value = switch (newPhase) {
				case READING -> (int) (20 * share);
				case CHECKING -> 20 + (int) (20 * share);
				case APPLYING -> 40 + (int) (59 * share);
			};
			this.percent = Math.max(this.percent, value);
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
		evictOld();
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		Job job = new Job(HexFormat.of().formatHex(bytes), actor.userId(), kind, fileName);
		this.jobs.put(job.id, job);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		this.executor.execute(() -> run(job, upload, authentication));
		return job;
	}

	/** Return whether the actor may import (Admin BKPSDM or Admin OPD). */
	public static boolean mayImport(Actor actor) {
		return actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("ADMIN_OPD");
	}

	/** Return the current user's job with the id, if it exists. */
	public Optional<Job> find(String id) {
		Optional<Actor> actor = Actor.current();
		Job job = this.jobs.get(id);
		if (job == null || actor.isEmpty() || actor.get().userId() != job.ownerId) {
			return Optional.empty();
		}
		return Optional.of(job);
	}

	private void run(Job job, Path upload, @Nullable Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			job.state = State.RUNNING;
			ImportProgress progress = job::progress;
			job.result = (job.kind == Kind.UNITS) ? this.units.importFile(upload, progress)
					: this.employees.importFile(upload, progress);
			job.percent = 100;
			job.state = State.APPLIED;
		}
		catch (ImportRejectedException ex) {
			job.errors = ex.getErrors();
			job.state = State.REJECTED;
		}
		catch (AccessDeniedException ex) {
			job.failureKey = "web.error.forbidden";
			job.state = State.FAILED;
		}
		catch (KinerjaException ex) {
			job.failureKey = ex.getMessageKey();
			job.state = State.FAILED;
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", job.id, job.kind, ex);
			job.failureKey = "web.error.server";
			job.state = State.FAILED;
		}
		finally {
			job.endedAt = this.clock.instant();
			SecurityContextHolder.clearContext();
			try {
				Files.deleteIfExists(upload);
			}
			catch (IOException ex) {
				log.warn("Could not delete upload {}", upload, ex);
			}
		}
	}

	private void evictOld() {
		Instant limit = this.clock.instant().minus(KEEP);
		this.jobs.values().removeIf((job) -> job.endedAt != null && job.endedAt.isBefore(limit));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}

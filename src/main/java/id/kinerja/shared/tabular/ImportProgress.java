package id.kinerja.shared.tabular;

/** Hears how far an import has come, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

	/** Progress that nobody hears. */
	ImportProgress NONE = (phase, done, total) -> {
	};

	/** The phases of an import, in order. */
	enum Phase {

		/**
		 * Reading the file (done and total in bytes, or rows when the size is unknown).
		 */
		READING,
		/** Checking every row. */
		CHECKING,
		/** Writing the changes. */
		APPLYING

	}

	/** Report that {@code done} of {@code total} units of the phase are done. */
	void report(Phase phase, long done, long total);

}

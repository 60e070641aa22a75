package id.kinerja.shared.tabular;

/**
 * The outcome of an import that was applied.
 *
 * @param rows the data rows read
 * @param created the rows that created something
 * @param updated the rows that changed something that existed
 */
public record ImportResult(int rows, int created, int updated) {

	/** Return the status reported to clients: an import either applies or is rejected. */
	public String status() {
		return "APPLIED";
	}

}

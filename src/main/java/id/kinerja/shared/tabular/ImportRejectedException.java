package id.kinerja.shared.tabular;

import java.util.Comparator;
import java.util.List;

import id.kinerja.shared.KinerjaException;

import org.springframework.http.HttpStatus;

/**
 * Refuses an import as a whole because some rows are wrong; nothing was written. Carries
 * every row error, ordered by line. Answered with 422 and the errors listed.
 */
public class ImportRejectedException extends KinerjaException {

	private final transient List<RowError> errors;

	/**
	 * Refuse with the given detail key (whose argument is the number of errors) and the
	 * errors.
	 */
	public ImportRejectedException(String messageKey, List<RowError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, errors.size());
		this.errors = errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList();
	}

	/** Return every error, ordered by line. */
	public List<RowError> getErrors() {
		return this.errors;
	}

}

package id.kinerja.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal of input that names each field at fault ({@code indicators[1].target}), with
 * a message key per field; nothing was written. The API answers it with 400 and an
 * {@code errors} array, a page puts each message next to its field.
 */
public class FieldsRejectedException extends KinerjaException {

	private final List<FieldProblem> problems;

	public FieldsRejectedException(List<FieldProblem> problems) {
		this(HttpStatus.BAD_REQUEST, problems);
	}

	/**
	 * Refuse the fields with another status than 400, such as 422 for well-formed input
	 * that the rules refuse.
	 */
	public FieldsRejectedException(HttpStatus status, List<FieldProblem> problems) {
		super(status, "web.error.validation");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

	/**
	 * One field at fault.
	 *
	 * @param field the field's path in the input
	 * @param messageKey the message key
	 * @param arguments the message's arguments
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {
	}

}

package id.kinerja.shared.tabular;

import java.util.Arrays;
import java.util.Objects;

/**
 * What is wrong with a row of an imported file, as a message key with its arguments.
 *
 * @param line the file's line number (the header is line 1; 0 for the file as a whole)
 * @param column the column's header name, empty when the row as a whole is wrong
 * @param messageKey the message key
 * @param arguments the message arguments
 */
public record RowError(int line, String column, String messageKey, Object... arguments) {

	public RowError {
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RowError error && error.line == this.line && error.column.equals(this.column)
				&& error.messageKey.equals(this.messageKey) && Arrays.equals(error.arguments, this.arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.line, this.column, this.messageKey, Arrays.hashCode(this.arguments));
	}

	@Override
	public String toString() {
		return "RowError[line=" + this.line + ", column=" + this.column + ", messageKey=" + this.messageKey
				+ ", arguments=" + Arrays.toString(this.arguments) + "]";
	}

}

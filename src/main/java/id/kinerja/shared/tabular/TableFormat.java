package id.kinerja.shared.tabular;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The file formats of imports and exports. */
public enum TableFormat {

	/** Comma-separated values, UTF-8. */
	CSV("csv", "text/csv;charset=UTF-8"),
	/** Office Open XML spreadsheet (Excel 2007 and later). */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	TableFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	/** Return the file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/** Return the media type of a file in this format. */
	public String contentType() {
		return this.contentType;
	}

	/** Find the format by its name or extension, in any case. */
	public static Optional<TableFormat> of(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (TableFormat format : values()) {
			if (format.extension.equals(wanted)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}

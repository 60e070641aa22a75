package id.kinerja.storage;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded file's name and makes the name shown and sent back on download: the
 * person's own name for the file, without anything a browser, a file system or a terminal
 * could read as a path or a control.
 */
final class FileNames {

	/** Longest display name, as the {@code evidence.file_name} column holds it. */
	static final int MAX_LENGTH = 200;

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

	private static final String KEPT_MARKS = " .-_()";

	private FileNames() {
	}

	/**
	 * Whether the name may be taken: not empty, and no folder, parent, drive or control
	 * character in it.
	 */
	static boolean acceptable(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return false;
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || DRIVE.matcher(name).matches()) {
			return false;
		}
		return name.codePoints().noneMatch((c) -> Character.getType(c) == Character.CONTROL);
	}

	/**
	 * Return the safe display name of an {@link #acceptable} name: Unicode letters and
	 * digits, space and {@code .-_()} kept, everything else dropped, runs of spaces made
	 * one, no leading dot, at most {@value #MAX_LENGTH} characters with the extension
	 * kept; {@code file} plus the extension when nothing is left of the base name.
	 */
	static String displayName(String name) {
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder(normalised.length());
		normalised.codePoints()
			.filter((c) -> Character.isLetterOrDigit(c) || KEPT_MARKS.indexOf(c) >= 0)
			.forEach(kept::appendCodePoint);
		String clean = kept.toString().replaceAll(" {2,}", " ").strip();
		int dot = clean.lastIndexOf('.');
		String base = (dot >= 0) ? clean.substring(0, dot) : clean;
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		base = base.strip();
		String extension = (dot >= 0) ? clean.substring(dot) : "";
		if (base.isEmpty()) {
			base = "file";
		}
		if (extension.length() > MAX_LENGTH / 2) {
			extension = "";
		}
		int room = MAX_LENGTH - extension.length();
		if (base.length() > room) {
			int cut = room;
			if (Character.isLowSurrogate(base.charAt(cut)) && cut > 0) {
				cut--;
			}
			base = base.substring(0, cut).strip();
		}
		return base + extension;
	}

}

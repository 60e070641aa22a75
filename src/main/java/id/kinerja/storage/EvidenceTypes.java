package id.kinerja.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of file accepted as evidence, and the check that a file's bytes are what its
 * name and declared type say. The bytes are recognised by Apache Tika's magic patterns;
 * office documents in ZIP containers are confirmed by their entries, since a renamed ZIP
 * has the same first bytes.
 */
final class EvidenceTypes {

	/** The accepted kinds, in the order the refusal message lists them. */
	static final String ALLOWED = "PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT";

	private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

	private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

	private static final MediaType ZIP = MediaType.application("zip");

	/**
	 * Declared types that say nothing about the content: browsers send them for any file.
	 */
	private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream",
			"application/x-download", "application/force-download", "application/unknown");

	private static final Map<String, Kind> BY_EXTENSION = new LinkedHashMap<>();

	static {
		add(new Kind("application/pdf", Container.NONE, null, "application/x-pdf"), "pdf");
		add(new Kind("image/png", Container.NONE, null, "image/x-png"), "png");
		add(new Kind("image/jpeg", Container.NONE, null, "image/jpg", "image/pjpeg"), "jpg", "jpeg");
		add(new Kind("image/gif", Container.NONE, null), "gif");
		add(new Kind("image/webp", Container.NONE, null), "webp");
		add(new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Container.OOXML,
				"word/"), "docx");
		add(new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Container.OOXML, "xl/"),
				"xlsx");
		add(new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", Container.OOXML,
				"ppt/"), "pptx");
		add(new Kind("application/vnd.oasis.opendocument.text", Container.ODF, null), "odt");
		add(new Kind("application/vnd.oasis.opendocument.spreadsheet", Container.ODF, null), "ods");
		add(new Kind("application/vnd.oasis.opendocument.presentation", Container.ODF, null), "odp");
		add(new Kind("application/msword", Container.OLE2, null, "application/vnd.ms-office"), "doc");
		add(new Kind("application/vnd.ms-excel", Container.OLE2, null, "application/vnd.ms-office",
				"application/x-msexcel", "application/excel"), "xls");
		add(new Kind("application/vnd.ms-powerpoint", Container.OLE2, null, "application/vnd.ms-office",
				"application/mspowerpoint"), "ppt");
	}

	private static final MimeTypes MAGIC = TikaConfig.getDefaultConfig().getMimeRepository();

	private EvidenceTypes() {
	}

	private static void add(Kind kind, String... extensions) {
		for (String extension : extensions) {
			BY_EXTENSION.put(extension, kind);
		}
	}

	/** Return the kind the file name's extension stands for, if it is accepted. */
	static @Nullable Kind forName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return null;
		}
		return BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** Container formats whose first bytes do not tell the document apart. */
	enum Container {

		NONE, OOXML, ODF, OLE2

	}

	/**
	 * An accepted kind of file.
	 *
	 * @param contentType the content type it is stored and served with
	 * @param container how its bytes are recognised
	 * @param mainFolder for OOXML, the folder of its main part
	 * @param aliases other declared types that mean the same
	 */
	record Kind(String contentType, Container container, @Nullable String mainFolder, String... aliases) {

		/** Whether a declared content type agrees with this kind (or says nothing). */
		boolean agreesWith(@Nullable String declared) {
			if (declared == null || declared.isBlank()) {
				return true;
			}
			String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
			return type.isEmpty() || GENERIC.contains(type) || type.equals(this.contentType)
					|| Set.of(this.aliases).contains(type);
		}

		/** Whether the bytes of the file are of this kind. */
		boolean matches(Path file) throws IOException {
			MediaType detected;
			try (InputStream stream = TikaInputStream.get(file)) {
				detected = MAGIC.detect(stream, new Metadata());
			}
			MediaType expected = MediaType.parse(this.contentType);
			return switch (this.container) {
				case NONE -> expected.equals(detected);
				case OLE2 -> OLE2.equals(detected) || expected.equals(detected);
				case ODF -> expected.equals(detected) || (ZIP.equals(detected) && odfMimetype(file));
				case OOXML ->
					(OOXML.equals(detected) || ZIP.equals(detected) || expected.equals(detected)) && ooxmlParts(file);
			};
		}

		private boolean ooxmlParts(Path file) throws IOException {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return zip.getEntry("[Content_Types].xml") != null
						&& zip.stream().anyMatch((entry) -> entry.getName().startsWith(this.mainFolder));
			}
			catch (ZipException ex) {
				return false;
			}
		}

		private boolean odfMimetype(Path file) throws IOException {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry entry = zip.getEntry("mimetype");
				if (entry == null) {
					return false;
				}
				try (InputStream stream = zip.getInputStream(entry)) {
					byte[] head = stream.readNBytes(200);
					return new String(head, StandardCharsets.US_ASCII).trim().equals(this.contentType);
				}
			}
			catch (ZipException ex) {
				return false;
			}
		}

	}

}

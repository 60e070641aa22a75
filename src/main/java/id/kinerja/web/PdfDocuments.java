package id.kinerja.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * Turns the HTML of a document template into a PDF with the embedded DejaVu fonts (so any
 * Indonesian name prints, not only WinAnsi text), for every module's documents.
 */
public final class PdfDocuments {

	/** The font family the document style sheets name. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	private PdfDocuments() {
	}

	/** Render well-formed (X)HTML to PDF bytes. */
	public static byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Return a text resource of the class path (a document's style sheet). */
	public static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Return the place of signing: the region, from the agency's name ("Pemerintah Kota
	 * Contoh" signs in "Kota Contoh").
	 */
	public static String place(String agencyName) {
		String name = agencyName.strip();
		String prefix = "pemerintah ";
		if (name.length() > prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return name.substring(prefix.length()).strip();
		}
		return name;
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		ClassPathResource resource = new ClassPathResource(FONTS + file);
		builder.useFont(() -> {
			try {
				return resource.getInputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, FONT_FAMILY, weight, style, true);
	}

}

package id.kinerja.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files of each kind, and streams for the refusal tests. */
final class EvidenceSamples {

	private EvidenceSamples() {
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x3366cc);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A lossless WebP of one pixel (RIFF container, VP8L chunk). */
	static byte[] webp() {
		return new byte[] { 'R', 'I', 'F', 'F', 0x1a, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0d, 0, 0, 0,
				0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0 };
	}

	/** An Office Open XML document with its main part in the folder. */
	static byte[] ooxml(String mainFolder, String mainPart) {
		return zip(new String[] { "[Content_Types].xml", "_rels/.rels", mainFolder + mainPart },
				new String[] { "<?xml version=\"1.0\"?><Types/>", "<?xml version=\"1.0\"?><Relationships/>",
						"<?xml version=\"1.0\"?><document/>" },
				null);
	}

	/** An OpenDocument file: the stored {@code mimetype} entry first. */
	static byte[] odf(String mimeType) {
		return zip(new String[] { "META-INF/manifest.xml", "content.xml" },
				new String[] { "<?xml version=\"1.0\"?><manifest/>", "<?xml version=\"1.0\"?><content/>" }, mimeType);
	}

	/** A plain ZIP archive, as a renamed office document would look. */
	static byte[] plainZip() {
		return zip(new String[] { "notes.txt" }, new String[] { "hello" }, null);
	}

	/** The first sector of an OLE2 compound file, as legacy DOC, XLS and PPT start. */
	static byte[] ole2() {
		byte[] bytes = new byte[1536];
		byte[] magic = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		bytes[0x1a] = 0x3e;
		bytes[0x1c] = (byte) 0xfe;
		bytes[0x1d] = (byte) 0xff;
		bytes[0x1e] = 0x09;
		return bytes;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	private static byte[] zip(String[] names, String[] contents, String storedMimeType) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (storedMimeType != null) {
				byte[] type = storedMimeType.getBytes(StandardCharsets.US_ASCII);
				ZipEntry entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(type.length);
				CRC32 crc = new CRC32();
				crc.update(type);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(type);
				zip.closeEntry();
			}
			for (int i = 0; i < names.length; i++) {
				zip.putNextEntry(new ZipEntry(names[i]));
				zip.write(contents[i].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A stream of {@code length} bytes (PDF-looking) made as it is read, counting what
	 * was read: a huge upload that is never in memory.
	 */
	static final class EndlessPdf extends InputStream {

		private final long length;

		private long read;

		EndlessPdf(long length) {
			this.length = length;
		}

		long bytesRead() {
			return this.read;
		}

		@Override
		public int read() {
			if (this.read >= this.length) {
				return -1;
			}
			return (this.read++ < 5) ? "%PDF-".charAt((int) this.read - 1) : 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int count) {
			if (this.read >= this.length) {
				return -1;
			}
			int n = (int) Math.min(count, this.length - this.read);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = (byte) read();
			}
			return n;
		}

	}

}

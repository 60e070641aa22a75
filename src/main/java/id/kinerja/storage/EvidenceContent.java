package id.kinerja.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a stored file, opened for streaming (a download). The caller closes it.
 *
 * @param stream the bytes, read once
 * @param size the number of bytes
 */
public record EvidenceContent(InputStream stream, long size) implements Closeable {

	@Override
	public void close() throws IOException {
		this.stream.close();
	}

}

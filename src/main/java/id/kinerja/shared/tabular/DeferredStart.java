package id.kinerja.shared.tabular;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that runs an action just before its first byte, so that a download's
 * headers are set only once an export has passed its access checks and starts writing (a
 * refusal then answers as an error, not as an attachment).
 */
public final class DeferredStart extends FilterOutputStream {

	/** What to do before the first byte. */
	@FunctionalInterface
	public interface Action {

		/** Run the action. */
		void run() throws IOException;

	}

	private Action action;

	private boolean started;

	/** Wrap the stream. */
	public DeferredStart(OutputStream out, Action action) {
		super(out);
		this.action = action;
	}

	private void start() throws IOException {
		if (!this.started) {
			this.started = true;
			this.action.run();
			this.action = () -> {
			};
		}
	}

	@Override
	public void write(int b) throws IOException {
		start();
		this.out.write(b);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		start();
		this.out.write(bytes, offset, length);
	}

	@Override
	public void flush() throws IOException {
		// Flushing before the first byte would commit the response without its headers.
		if (this.started) {
			this.out.flush();
		}
	}

}

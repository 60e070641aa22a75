package id.kinerja;

import java.io.IOException;
import java.util.Properties;

/** Lets tests in other packages read the message bundles the way the i18n test does. */
public final class I18nSyncTestsAccess {

	private I18nSyncTestsAccess() {
	}

	/** Return the bundle with the file name under src/main/resources. */
	public static Properties bundle(String name) throws IOException {
		return I18nSyncTests.bundle(name);
	}

}

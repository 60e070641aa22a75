package id.kinerja;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An integration test against the whole app on a database of its own (H2 or PostgreSQL,
 * see {@link TestDatabase}) seeded with the demo agency. Test classes with this
 * annotation share one application context. Its clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
public @interface DemoAgencyTest {

	/** Password of every demo account. */
	String PASSWORD = "kinerja-demo";

	/** A demo employee who is also a supervisor (Atasan). */
	String SUPERVISOR_NIP = "198001052005011003";

	/** A demo employee without subordinates. */
	String STAFF_NIP = "199203102019031005";

}

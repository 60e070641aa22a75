/**
 * Monitoring: what employees report as the year goes — the daily log so far.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "agency", "employee", "planning", "live", "web", "storage" })
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring;

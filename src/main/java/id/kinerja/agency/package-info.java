/**
 * Agencies (instansi) and their organisation units (unit kerja).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package id.kinerja.agency;

/**
 * Importing and exporting employees and their posts as tables, and the import page's
 * jobs.
 */
@org.springframework.modulith.NamedInterface("imports")
@org.jspecify.annotations.NullMarked
package id.kinerja.employee.imports;

/**
 * Importing and exporting employees and their posts as tables, and the import page's
 * jobs.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.employee.imports;

/**
 * Tables in files: reading CSV and XLSX imports row by row with their line numbers, and
 * writing exports that spreadsheets open safely.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.shared.tabular;

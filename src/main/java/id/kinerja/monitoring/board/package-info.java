/**
 * The team board, the employee's own standing, and the live updates that refresh them.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.board;

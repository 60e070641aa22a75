/**
 * Late and missing work: who has not planned, logged, submitted or been acknowledged by
 * the deadline, per unit, per supervisor or over the agency.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.late;

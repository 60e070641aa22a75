/**
 * Machine-reported realisation: other systems of an agency (a service queue, population
 * records) that push realisation values for the indicators their client token allows.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.machine;

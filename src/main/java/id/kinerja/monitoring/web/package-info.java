/** Pages and JSON endpoints of monitoring. */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.web;

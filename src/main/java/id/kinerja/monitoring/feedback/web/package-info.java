/** Pages and JSON endpoints of continuous feedback. */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.feedback.web;

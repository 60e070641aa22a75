/** Pages and JSON endpoints of evaluation. */
@org.jspecify.annotations.NullMarked
package id.kinerja.evaluation.web;

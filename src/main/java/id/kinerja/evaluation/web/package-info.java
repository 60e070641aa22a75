/** The evaluation module's pages and JSON API. */
@org.jspecify.annotations.NullMarked
package id.kinerja.evaluation.web;

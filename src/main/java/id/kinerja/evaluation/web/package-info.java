/** The pages and the JSON API of evaluation. */
@org.jspecify.annotations.NullMarked
package id.kinerja.evaluation.web;

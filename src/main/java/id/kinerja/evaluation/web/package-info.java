/** The evaluation pages and JSON API: ratings, self-assessment, team and annual views. */
@org.jspecify.annotations.NullMarked
package id.kinerja.evaluation.web;

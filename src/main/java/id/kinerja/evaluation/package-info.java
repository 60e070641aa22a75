/**
 * Evaluation (penilaian): periodic and annual ratings of results and behaviour, the
 * predikat matrix, the organisation result with the distribution curve, calibration,
 * finalisation and receipt, appeals, the evaluation document, credit points and the
 * follow-up signals that the ratings give.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "agency", "employee", "planning", "monitoring", "live", "web" })
@org.jspecify.annotations.NullMarked
package id.kinerja.evaluation;

package id.kinerja.monitoring.feedback;

/**
 * What a feedback is about: the whole SKP, one RHK, one BerAKHLAK value or one
 * realisation.
 */
public enum FeedbackTarget {

	SKP, RHK, VALUE, REALISATION

}

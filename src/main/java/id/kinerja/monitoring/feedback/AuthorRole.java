package id.kinerja.monitoring.feedback;

/**
 * In what standing a feedback was written: by someone above the owner in the line, or by
 * a colleague the owner invited (whose name the owner never sees).
 */
public enum AuthorRole {

	SUPERVISOR, PEER

}

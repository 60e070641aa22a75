package id.kinerja.monitoring;

/**
 * Where a period's realisation report stands: being written, submitted to the pejabat
 * penilai, acknowledged, or returned with a request for more.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, ACKNOWLEDGED, RETURNED;

	/** Whether the owner may change the report's realisations in this state. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}

package id.kinerja.monitoring.machine;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator (IKI) a machine client may report.
 *
 * @param indicatorId the indicator
 */
@Table("machine_client_indicator")
record MachineClientIndicator(long indicatorId) {
}

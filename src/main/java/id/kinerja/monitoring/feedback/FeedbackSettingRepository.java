package id.kinerja.monitoring.feedback;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Agencies' feedback settings. */
interface FeedbackSettingRepository extends ListCrudRepository<FeedbackSetting, Long> {

	Optional<FeedbackSetting> findByAgencyId(long agencyId);

}

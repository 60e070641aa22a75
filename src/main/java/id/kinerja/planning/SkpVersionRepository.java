package id.kinerja.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Kept states of SKPs. */
interface SkpVersionRepository extends ListCrudRepository<SkpVersion, Long> {

	List<SkpVersion> findBySkpIdOrderByVersionNo(long skpId);

	Optional<SkpVersion> findBySkpIdAndVersionNo(long skpId, int versionNo);

}

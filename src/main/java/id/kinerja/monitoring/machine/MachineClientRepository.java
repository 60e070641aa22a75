package id.kinerja.monitoring.machine;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Machine clients. */
interface MachineClientRepository extends ListCrudRepository<MachineClient, Long> {

	List<MachineClient> findByAgencyIdOrderByName(long agencyId);

	Optional<MachineClient> findByTokenHash(String tokenHash);

	boolean existsByAgencyIdAndName(long agencyId, String name);

}

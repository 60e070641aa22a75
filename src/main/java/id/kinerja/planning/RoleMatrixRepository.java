package id.kinerja.planning;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The kept Matriks Peran Hasil, one per plan. */
interface RoleMatrixRepository extends ListCrudRepository<RoleMatrix, Long> {

	Optional<RoleMatrix> findBySkpId(long skpId);

}

package id.kinerja.monitoring.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Peer invitations. */
interface PeerInvitationRepository extends ListCrudRepository<PeerInvitation, Long> {

	List<PeerInvitation> findBySkpIdAndPeerIdOrderByIdDesc(long skpId, long peerId);

	List<PeerInvitation> findBySkpIdOrderByIdDesc(long skpId);

	List<PeerInvitation> findByPeerIdAndStatusOrderByIdDesc(long peerId, PeerInvitation.Status status);

}

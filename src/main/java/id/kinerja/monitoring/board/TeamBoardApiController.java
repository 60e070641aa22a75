package id.kinerja.monitoring.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Team board")
class TeamBoardApiController {

	private final TeamBoard boards;

	TeamBoardApiController(TeamBoard boards) {
		this.boards = boards;
	}

	/** A board as sent. */
	record BoardView(int year, String period, List<String> periods, LocalDate skpDeadline, LocalDate periodDeadline,
			List<MemberView> members) {

		static BoardView of(TeamBoard.Board board) {
			return new BoardView(board.year(), board.period(), board.periods(), board.skpDeadline(),
					board.periodDeadline(),
					board.members().stream().map((member) -> MemberView.of(member, board.period())).toList());
		}

	}

	/** One person's standing as sent, with links to the plan and its realisation. */
	record MemberView(String nip, String name, @Nullable String position, @Nullable Long skpId, String skpStatus,
			String reportStatus, boolean reportLate, List<TeamBoard.RhkProgress> rhks, List<TeamBoard.Overdue> overdue,
			@Nullable Instant lastActivity, @Nullable String skpLink, @Nullable String realisationLink) {

		static MemberView of(TeamBoard.Member member, String period) {
			return new MemberView(member.nip(), member.name(), member.position(), member.skpId(), member.skpStatus(),
					member.reportStatus(), member.reportLate(), member.rhks(), member.overdue(), member.lastActivity(),
					TeamBoardController.skpLink(member), TeamBoardController.realisationLink(member, period));
		}

	}

	@GetMapping("/api/v1/team")
	@Operation(summary = "The caller's team board: each direct subordinate today with the SKP, the period's "
			+ "realisation, achievement per RHK, overdue items and last activity")
	BoardView team(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period) {
		return BoardView.of(this.boards.team(year, period));
	}

	@GetMapping("/api/v1/me/standing")
	@Operation(summary = "Where the caller stands: the SKP, the period's realisation, achievement per RHK, "
			+ "overdue items and the deadlines")
	BoardView standing(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period) {
		return BoardView.of(this.boards.standing(year, period));
	}

}

package id.kinerja.monitoring.board;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team board ({@code /team}) and the employee's own standing ({@code /me/standing}).
 * Each page listens to the user's live stream and fetches only its rows again when an
 * event of its kind arrives ({@code /team/rows}, {@code /me/standing/rows}).
 */
@Controller
class TeamBoardController {

	private final TeamBoard boards;

	private final ZoneId zone;

	TeamBoardController(TeamBoard boards, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.boards = boards;
		this.zone = zone;
	}

	@GetMapping("/team")
	String team(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period, Model model) {
		model.addAttribute("board", this.boards.team(year, period));
		model.addAttribute("zone", this.zone);
		return "team/board";
	}

	@GetMapping("/team/rows")
	String teamRows(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period, Model model) {
		model.addAttribute("board", this.boards.team(year, period));
		model.addAttribute("zone", this.zone);
		return "team/board :: rows";
	}

	@GetMapping("/me/standing")
	String standing(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period, Model model) {
		model.addAttribute("board", this.boards.standing(year, period));
		model.addAttribute("zone", this.zone);
		return "team/standing";
	}

	@GetMapping("/me/standing/rows")
	String standingRows(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String period, Model model) {
		model.addAttribute("board", this.boards.standing(year, period));
		model.addAttribute("zone", this.zone);
		return "team/standing :: standing";
	}

	static @Nullable String skpLink(TeamBoard.Member member) {
		return (member.skpId() != null) ? "/skp/" + member.skpId() : null;
	}

	static @Nullable String realisationLink(TeamBoard.Member member, String period) {
		return (member.skpId() != null) ? "/skp/" + member.skpId() + "/realisasi/" + period : null;
	}

}

#include "engine/phones/phone_state.hpp"

#include "game/session/session_json.hpp"

#include <algorithm>

namespace hearth {

std::vector<PhoneMove> phone_moves(const Deck& deck, const Session& s, int seat) {
    std::vector<PhoneMove> moves;
    if (s.table.phase != Phase::Playing || s.paused || seat < 0 ||
        seat >= int(s.table.seating.size()))
        return moves;
    const StepView step = current_step(deck, s);
    const Format* f = format_of(deck, s);
    const int active = active_seat(s);
    const int talker = talking_seat(s);
    // Whose the step is: the piece's holder in a discussion (nobody holding
    // it: whose turn it is, to move on), else whose turn it is.
    const bool discussion = step.kind == TurnKind::Discussion;
    const int lit = discussion && talker >= 0 ? talker : active;
    if (seat == lit)
        moves.push_back(PhoneMove::Done);
    if (seat == lit && step.kind && (discussion ? talker >= 0 : *step.kind == TurnKind::Prompt))
        moves.push_back(PhoneMove::Pass);
    if (f && f->speaking == Speaking::Popcorn && step.kind == TurnKind::Discussion &&
        seat != talker)
        moves.push_back(PhoneMove::Take);
    if (seat == active && !s.table.in_play.empty())
        moves.push_back(PhoneMove::Keep);
    return moves;
}

std::string phone_table_json(const Deck& deck, const Session* s, std::uint64_t version) {
    Json t = {{"version", version}};
    if (!s) {
        t["phase"] = "setup-screen";
        t["seats"] = Json::array();
        return dump_json(t);
    }
    t["phase"] = to_string(s->table.phase);
    t["paused"] = s->paused;
    const StepView step = current_step(deck, *s);
    t["step"] = !step.kind                       ? "none"
                : *step.kind == TurnKind::Draw   ? "draw"
                : *step.kind == TurnKind::Prompt ? "prompt"
                                                 : "discussion";
    const std::vector<std::string> names = seat_names(*s);
    const std::vector<SeatState> states = seat_states(*s);
    Json seats = Json::array();
    for (std::size_t i = 0; i < names.size(); ++i) {
        Json moves = Json::array();
        for (PhoneMove m : phone_moves(deck, *s, int(i)))
            moves.push_back(to_string(m));
        const SeatState& st = states[i];
        seats.push_back(Json{{"name", names[i]},
                             {"active", st.active},
                             {"holds", st.holds_piece},
                             {"moves", moves}});
    }
    t["seats"] = seats;
    if (const Card* c = current_card(deck, *s); c && s->table.phase == Phase::Playing)
        t["card"] = Json{
            {"title", c->title}, {"subtitle", c->subtitle}, {"text", c->text}, {"type", c->type}};
    else
        t["card"] = nullptr;
    TimerView tv = timer_view(*s);
    static constexpr const char* kStates[] = {"none", "running", "paused", "expired"};
    t["timer"] = Json{{"state", kStates[int(tv.state)]},
                      {"remaining", tv.remaining_seconds()},
                      {"total", int(tv.total_ms / 1000)}};
    return dump_json(t);
}

} // namespace hearth

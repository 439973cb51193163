#include "engine/phones/phone_state.hpp"

#include "game/deck/card_text.hpp"
#include "game/session/session_json.hpp"

#include <algorithm>

namespace hearth {
namespace {

// The card's text as the TV reads its markup (game/deck/card_text.hpp):
// [{"kind":"bullet","runs":[{"text":"Name","bold":true},…]},…]; a run "\n"
// is a line break. The page builds elements from it, setting only text.
Json blocks_json(const CardText& text) {
    static constexpr const char* kKinds[] = {"paragraph", "bullet", "numbered"};
    Json blocks = Json::array();
    for (const TextBlock& b : text.blocks) {
        Json runs = Json::array();
        for (const TextRun& r : b.runs) {
            Json run = {{"text", r.text}};
            if (r.bold)
                run["bold"] = true;
            if (r.italic)
                run["italic"] = true;
            runs.push_back(run);
        }
        Json block = {{"kind", kKinds[int(b.kind)]}, {"runs", runs}};
        if (b.kind == TextBlock::Kind::Numbered)
            block["number"] = b.ordinal;
        blocks.push_back(block);
    }
    return blocks;
}

Json card_json(const Card& c) {
    return Json{{"id", c.id},
                {"title", c.title},
                {"subtitle", c.subtitle},
                {"text", c.text},
                {"blocks", blocks_json(parse_card_text(c.text))},
                {"type", c.type}};
}

} // namespace

std::vector<PhoneMove> phone_moves(const Deck& deck, const Session& s, int seat) {
    std::vector<PhoneMove> moves;
    if (s.paused || seat < 0 || seat >= int(s.table.seating.size()))
        return moves;
    // The closing round: its speaker is done or passes, from their phone too.
    if (s.table.phase == Phase::Closing) {
        if (seat == talking_seat(s))
            moves = {PhoneMove::Done, PhoneMove::Pass};
        return moves;
    }
    // Set-up's missions lie face up (rules 3): the first seat picks, as the
    // TV's group does.
    if (s.table.phase == Phase::Setup && !s.table.offered.empty()) {
        if (seat == active_seat(s))
            moves.push_back(PhoneMove::Choose);
        return moves;
    }
    if (s.table.phase != Phase::Playing)
        return moves;
    const int active = active_seat(s);
    // A choose step's cards lie face up: the turn's seat picks one, as the
    // TV's group picks for whose turn it is; nothing else moves until then.
    if (!s.table.offered.empty()) {
        if (seat == active)
            moves.push_back(PhoneMove::Choose);
        return moves;
    }
    const StepView step = current_step(deck, s);
    const Format* f = format_of(deck, s);
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
    // Writing a blank card: the turn's seat, as the TV's W writes for the
    // player whose turn it is; a deck without blank cards has no such move.
    if (seat == active && std::any_of(deck.types.begin(), deck.types.end(),
                                      [](const CardType& t) { return t.blank; }))
        moves.push_back(PhoneMove::Write);
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
    t["step"] = !step.kind ? std::string("none") : std::string(to_string(*step.kind));
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
        t["card"] = card_json(*c);
    else
        t["card"] = nullptr;
    // A choose step's cards, left to right: a "choose" move's index is a place here.
    Json offered = Json::array();
    if (s->table.phase == Phase::Playing || s->table.phase == Phase::Setup)
        for (const std::string& id : s->table.offered) {
            const Card* c = find_session_card(deck, *s, id);
            for (const Card& w : s->table.written) // a card written at this table
                if (!c && w.id == id)
                    c = &w;
            offered.push_back(c ? card_json(*c) : Json{{"id", id}, {"title", id}});
        }
    t["offered"] = offered;
    TimerView tv = timer_view(*s);
    static constexpr const char* kStates[] = {"none", "running", "paused", "expired"};
    t["timer"] = Json{{"state", kStates[int(tv.state)]},
                      {"remaining", tv.remaining_seconds()},
                      {"total", int(tv.total_ms / 1000)}};
    return dump_json(t);
}

} // namespace hearth

// The invariants every session keeps, checked by the tests and on loading.
#include "game/session/detail/session_detail.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace hearth {

// ---------------------------------------------------------------- invariants

std::optional<std::string> check_invariants(const Deck& deck, const Session& s) {
    const Format* f = format_of(deck, s);
    if (!f)
        return "the deck has no format '" + s.start.format + "'";
    const Table& t = s.table;
    std::map<std::string, int> places;
    for (const auto& id : session_card_ids(deck, *f))
        places[id] = 0;
    for (const Card& c : s.start.own)
        if (!places.emplace(c.id, 0).second)
            return "own card '" + c.id + "' has the id of another card";
    for (const Card& c : t.written)
        if (!places.emplace(c.id, 0).second)
            return "written card '" + c.id + "' has the id of another card";
    auto place = [&](const std::string& id) -> std::optional<std::string> {
        auto it = places.find(id);
        if (it == places.end())
            return "card '" + id + "' is not a card of this session";
        if (++it->second > 1)
            return "card '" + id + "' is in two places";
        return std::nullopt;
    };
    for (const auto* pile : {&t.draw_pile, &t.discard, &t.out_of_play, &t.offered})
        for (const auto& id : *pile)
            if (auto e = place(id))
                return e;
    for (const auto& k : t.kept) {
        if (auto e = place(k.card))
            return e;
        if (k.player < 0 || k.player >= static_cast<int>(t.players.size()))
            return "card '" + k.card + "' is kept by an unknown player";
    }
    for (const auto* one : {&t.in_play, &t.mission, &t.opening})
        if (!one->empty())
            if (auto e = place(*one))
                return e;
    for (const auto& [id, n] : places)
        if (n != 1)
            return "card '" + id + "' is nowhere";
    if (t.written.size() != t.written_by.size())
        return "written cards and their authors differ in number";

    if (t.seating.empty() || t.seating.size() > 12)
        return "the table has " + std::to_string(t.seating.size()) + " seats";
    std::set<int> seated;
    for (int id : t.seating) {
        if (id < 0 || id >= static_cast<int>(t.players.size()) ||
            !t.players[static_cast<std::size_t>(id)].present || !seated.insert(id).second)
            return "the seating is not a list of distinct present players";
    }
    for (std::size_t i = 0; i < t.players.size(); ++i)
        if (t.players[i].present != (seated.count(static_cast<int>(i)) > 0))
            return "player " + std::to_string(i) + " is present but not seated, or the reverse";
    std::set<std::string_view> names;
    for (int id : t.seating)
        if (!names.insert(t.players[static_cast<std::size_t>(id)].name).second)
            return "two players at the table are called '" +
                   t.players[static_cast<std::size_t>(id)].name + "'";
    if (!seated.count(t.active))
        return "the active player is not at the table";
    if (t.talker != -1 && !seated.count(t.talker))
        return "the talking piece is held by someone not at the table";
    if (t.phase == Phase::Playing && (t.step < 0 || t.step >= static_cast<int>(f->turn.size())))
        return "the step is outside the turn";
    if (!t.turn_card.empty() && t.turn_card != t.in_play &&
        std::none_of(t.kept.begin(), t.kept.end(),
                     [&](const KeptCard& k) { return k.card == t.turn_card; }))
        return "the turn's card is neither in play nor kept";
    if (t.phase == Phase::Opening && t.opening.empty())
        return "the session is at its opening, but has no opening card";
    if (t.phase == Phase::Closing && (!t.in_play.empty() || !t.turn_card.empty()))
        return "a card is in play during the closing round";
    // Set-up's choose step (rules 3) lays out the missions, until one is chosen.
    const bool mission_choice = t.phase == Phase::Setup && s.start.rules >= 3 &&
                                f->mission == MissionRule::Choose && t.mission.empty();
    if (mission_choice && (t.offered.size() > kMaxMissionsOffered ||
                           std::any_of(t.offered.begin(), t.offered.end(), [&](const auto& id) {
                               const Card* m = deck.find_card(id);
                               return !m || m->type != f->mission_type;
                           })))
        return "set-up lays out cards that are not the format's missions";
    if (!t.offered.empty() && !mission_choice &&
        (t.phase == Phase::Setup || t.phase == Phase::Opening || t.phase == Phase::Closing ||
         t.offered.size() > 4 ||
         (t.phase == Phase::Playing &&
          f->turn[static_cast<std::size_t>(t.step)] != TurnKind::Choose)))
        return "cards lie face up outside a choose step";
    if (t.timer.remaining_ms < 0 || t.timer.overtime_ms < 0 || t.timer.total_ms < 0)
        return "the timer is negative";
    if (s.undo.size() > kUndoLimit)
        return "the undo stack is over its bound";
    return std::nullopt;
}

} // namespace hearth

// The choose step and the do step: cards laid face up side by side for the
// group to pick one (the others go under the pile or to the discard, as the
// format says), and the picked practice done with its own minutes on the
// timer; and set-up's mission choice (rules 3), the same step laying out the
// missions. The other steps are session_rules.cpp.
#include "game/session/detail/session_detail.hpp"
#include "game/session/detail/session_moves.hpp"
#include "game/session/session.hpp"

namespace hearth::detail {

bool offer_cards(Ctx& c) {
    Table& t = c.t;
    discard_in_play(c);
    t.turn_card.clear();
    t.offered.clear();
    const bool can_reshuffle = c.format.when_empty == WhenEmpty::Reshuffle;
    for (int k = 0; k < c.format.choose.cards; ++k) {
        if (t.draw_pile.empty()) {
            if (!can_reshuffle || t.discard.empty())
                break;
            reshuffle(c);
        }
        t.offered.push_back(t.draw_pile.back());
        t.draw_pile.pop_back();
        emit(c, EventKind::Offered, t.offered.back(), -1, {}, k);
    }
    if (t.offered.empty()) {
        end_session(c, EndReason::Empty);
        return false;
    }
    return true;
}

void start_do_timer(Ctx& c) {
    const Card* card = find_session_card(c.deck, c.session, c.t.turn_card);
    if (!card) // a card written at this very table: the table's own copy
        for (const Card& w : c.t.written)
            if (w.id == c.t.turn_card)
                card = &w;
    if (card && card->minutes > 0)
        start_timer(c, TimerKind::Do, card->minutes * 60);
}

void settle_mission(Ctx& c, const std::string& card, int index) {
    Table& t = c.t;
    std::vector<std::string> offered = std::move(t.offered);
    t.offered.clear();
    for (auto* pile : {&t.draw_pile, &t.out_of_play})
        std::erase(*pile, card);
    if (index >= 0)
        emit(c, EventKind::Chosen, card, -1, {}, index);
    t.mission = card;
    emit(c, EventKind::Mission, card);
    // The missions not chosen go back out of play, where they lay before.
    for (std::string& id : offered) {
        if (id == card)
            continue;
        emit(c, EventKind::Returned, id);
        t.out_of_play.push_back(std::move(id));
    }
}

Move do_choose(Ctx& c, const act::Choose& a) {
    Table& t = c.t;
    const bool at_setup = t.phase == Phase::Setup;
    if ((t.phase != Phase::Playing && !at_setup) || t.offered.empty())
        return Refusal::NotChoosing;
    if (a.index < 0 || a.index >= static_cast<int>(t.offered.size()))
        return Refusal::NoSuchChoice;
    if (at_setup) { // the missions of set-up (rules 3)
        const std::string card = t.offered[static_cast<std::size_t>(a.index)];
        settle_mission(c, card, a.index);
        return {};
    }
    std::vector<std::string> offered = std::move(t.offered);
    t.offered.clear();
    const auto i = static_cast<std::size_t>(a.index);
    t.in_play = offered[i];
    t.turn_card = t.in_play;
    ++t.cards_played;
    t.played.push_back({t.in_play, t.active, t.round});
    emit(c, EventKind::Chosen, t.in_play, t.active, {}, a.index);
    for (std::size_t k = 0; k < offered.size(); ++k) {
        if (k == i)
            continue;
        if (c.format.choose.others == ChooseOthers::Discard) {
            emit(c, EventKind::Discarded, offered[k]);
            t.discard.push_back(std::move(offered[k]));
        } else {
            emit(c, EventKind::Returned, offered[k]);
            t.draw_pile.insert(t.draw_pile.begin(), std::move(offered[k]));
        }
    }
    advance_step(c);
    return {};
}

} // namespace hearth::detail

// The table moves that edit the table rather than play it: people sitting
// down, being renamed and leaving; choosing the mission; writing a card.
#include "game/session/detail/session_detail.hpp"
#include "game/session/detail/session_moves.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <utility>

namespace hearth::detail {

// A refusal for a name a player cannot have, among the players seated
// (but `except_player`, who is being renamed).
static Move check_name(const Table& t, const std::string& name, int except_player) {
    if (name.empty())
        return Refusal::EmptyName;
    if (name.size() > kMaxNameBytes)
        return Refusal::NameTooLong;
    for (int id : t.seating)
        if (id != except_player && name_of(t, id) == name)
            return Refusal::DuplicateName;
    return {};
}

Move do_add(Ctx& c, const act::AddPlayer& a) {
    Table& t = c.t;
    const int n = static_cast<int>(t.seating.size());
    if (n >= max_seats(c.format))
        return Refusal::TableFull;
    if (a.at < -1 || a.at > n)
        return Refusal::NoSuchSeat;
    std::string name = clean_name(a.name);
    for (int k = 1; name.empty(); ++k) {
        std::string candidate = "Player " + std::to_string(k);
        if (!check_name(t, candidate, -1))
            name = candidate;
    }
    if (auto r = check_name(t, name, -1))
        return r;
    const int id = static_cast<int>(t.players.size());
    t.players.push_back({name, true});
    t.seating.insert(t.seating.begin() + (a.at == -1 ? n : a.at), id);
    emit(c, EventKind::PlayerAdded, {}, id);
    return {};
}

Move do_rename(Ctx& c, const act::RenamePlayer& a) {
    Table& t = c.t;
    if (!valid_seat(t, a.seat))
        return Refusal::NoSuchSeat;
    const int id = t.seating[static_cast<std::size_t>(a.seat)];
    std::string name = clean_name(a.name);
    if (auto r = check_name(t, name, id))
        return r;
    std::string old = std::exchange(t.players[static_cast<std::size_t>(id)].name, name);
    emit(c, EventKind::PlayerRenamed, {}, id, old);
    return {};
}

Move do_remove(Ctx& c, const act::RemovePlayer& a) {
    Table& t = c.t;
    if (!valid_seat(t, a.seat))
        return Refusal::NoSuchSeat;
    if (t.seating.size() == 1)
        return Refusal::LastPlayer;
    const int id = t.seating[static_cast<std::size_t>(a.seat)];
    const int n = static_cast<int>(t.seating.size());
    emit(c, EventKind::PlayerLeft, {}, id);
    // The turn stays where it is and goes on with the next seat.
    if (t.active == id)
        t.active = t.seating[static_cast<std::size_t>((a.seat + 1) % n)];
    const bool held_piece = t.talker == id;
    if (held_piece && t.phase == Phase::Closing) { // the closing round goes on without them
        t.had_piece.push_back(id);
        t.seating.erase(t.seating.begin() + a.seat);
        t.players[static_cast<std::size_t>(id)].present = false;
        pass_closing_piece(c, a.seat - 1);
        return {};
    }
    if (held_piece) {
        t.had_piece.push_back(id);
        t.talker = c.format.speaking == Speaking::Round ? next_speaker(t, a.seat) : -1;
    }
    t.seating.erase(t.seating.begin() + a.seat);
    t.players[static_cast<std::size_t>(id)].present = false;
    if (!held_piece)
        return {};
    if (t.talker >= 0) {
        emit(c, EventKind::Speaker, {}, t.talker);
        start_discussion_timer(c);
    } else if (c.format.speaking == Speaking::Round) {
        advance_step(c); // everyone left at the table has had the piece
    } else if (t.timer.kind == TimerKind::Speaker) {
        t.timer = {};
    }
    return {};
}

Move do_choose_mission(Ctx& c, const act::ChooseMission& a) {
    Table& t = c.t;
    if (c.format.mission != MissionRule::Choose)
        return Refusal::NoMissionRule;
    if (t.phase != Phase::Setup)
        return Refusal::NotInSetup;
    if (!t.mission.empty())
        return Refusal::MissionAlreadySet;
    const Card* card = c.deck.find_card(a.card);
    if (!card || card->type != c.format.mission_type)
        return Refusal::NotAMission;
    // Rules 3: the missions lie face up; the one named is chosen from them.
    const auto at = std::find(t.offered.begin(), t.offered.end(), a.card);
    settle_mission(c, a.card,
                   at == t.offered.end() ? -1 : static_cast<int>(at - t.offered.begin()));
    return {};
}

Move do_write(Ctx& c, const act::WriteCard& a) {
    Table& t = c.t;
    const CardType* type = nullptr;
    if (a.type.empty()) {
        for (const CardType& ct : c.deck.types)
            if (ct.blank && !type)
                type = &ct;
        if (!type)
            return Refusal::NoBlankType;
    } else {
        type = c.deck.find_type(a.type);
        if (!type || !type->blank)
            return Refusal::NotABlankType;
    }
    if (a.seat != -1 && !valid_seat(t, a.seat))
        return Refusal::NoSuchSeat;
    std::string title = clean_name(a.title);
    if (title.empty())
        return Refusal::EmptyTitle;
    if (title.size() > kMaxTitleBytes || a.text.size() > kMaxTextBytes)
        return Refusal::CardTooLong;
    Card card;
    for (std::size_t k = t.written.size() + 1; card.id.empty(); ++k) {
        std::string id = "written-" + std::to_string(k);
        if (!find_session_card(c.deck, c.session, id))
            card.id = id;
    }
    card.type = type->id;
    card.title = title;
    card.text = valid_utf8(a.text);
    card.tags = {"written"};
    const int author = a.seat == -1 ? t.active : t.seating[static_cast<std::size_t>(a.seat)];
    t.written.push_back(card);
    t.written_by.push_back(author);
    // Under the pile: drawable later, after the cards not yet seen.
    t.draw_pile.insert(t.draw_pile.begin(), card.id);
    emit(c, EventKind::Written, card.id, author, title);
    return {};
}

} // namespace hearth::detail

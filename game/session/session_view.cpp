// What the screen reads of a session: the step, the cards, the seats, the
// timer and the piles; and the card of the day.
#include "game/session/session.hpp"

#include <algorithm>

namespace hearth {

// ---------------------------------------------------------------- views

const Format* format_of(const Deck& deck, const Session& s) {
    return deck.find_format(s.start.format);
}

StepView current_step(const Deck& deck, const Session& s) {
    StepView v;
    v.phase = s.table.phase;
    v.index = s.table.step;
    const Format* f = format_of(deck, s);
    if (!f)
        return v;
    v.count = static_cast<int>(f->turn.size());
    if (s.table.phase == Phase::Playing && s.table.step >= 0 && s.table.step < v.count)
        v.kind = f->turn[static_cast<std::size_t>(s.table.step)];
    return v;
}

const Card* find_session_card(const Deck& deck, const Session& s, std::string_view id) {
    for (const Card& c : s.table.written)
        if (c.id == id)
            return &c;
    for (const Card& c : s.start.own)
        if (c.id == id)
            return &c;
    return deck.find_card(id);
}

const std::vector<std::string>& offered_cards(const Session& s) {
    return s.table.offered;
}

const Card* current_card(const Deck& deck, const Session& s) {
    if (s.table.phase == Phase::Opening) // the opening card lies in the middle
        return opening_card(deck, s);
    return s.table.turn_card.empty() ? nullptr : find_session_card(deck, s, s.table.turn_card);
}

const Card* mission_card(const Deck& deck, const Session& s) {
    return s.table.mission.empty() ? nullptr : find_session_card(deck, s, s.table.mission);
}

const Card* opening_card(const Deck& deck, const Session& s) {
    return s.table.opening.empty() ? nullptr : find_session_card(deck, s, s.table.opening);
}

std::vector<std::string> seat_names(const Session& s) {
    std::vector<std::string> names;
    for (int id : s.table.seating)
        names.push_back(s.table.players[static_cast<std::size_t>(id)].name);
    return names;
}

int seat_of_player(const Session& s, int player) {
    auto it = std::find(s.table.seating.begin(), s.table.seating.end(), player);
    return it == s.table.seating.end() ? -1 : static_cast<int>(it - s.table.seating.begin());
}

int active_seat(const Session& s) {
    return seat_of_player(s, s.table.active);
}
int talking_seat(const Session& s) {
    return s.table.talker < 0 ? -1 : seat_of_player(s, s.table.talker);
}

namespace {

TimerView view_of(const Session& s, const Timer& t) {
    TimerView v{t.kind, TimerState::None, t.remaining_ms, t.total_ms, t.overtime_ms};
    if (t.kind != TimerKind::None)
        v.state =
            t.expired ? TimerState::Expired : (s.paused ? TimerState::Paused : TimerState::Running);
    return v;
}

} // namespace

TimerView timer_view(const Session& s) {
    return view_of(s, s.table.timer);
}

TimerView total_timer_view(const Session& s) {
    return view_of(s, s.table.total);
}

PileCounts pile_counts(const Session& s) {
    const Table& t = s.table;
    return {static_cast<int>(t.draw_pile.size()), static_cast<int>(t.discard.size()),
            static_cast<int>(t.kept.size()), static_cast<int>(t.out_of_play.size()),
            static_cast<int>(t.written.size())};
}

int round_number(const Session& s) {
    return s.table.round;
}
bool can_undo(const Session& s) {
    return !s.undo.empty() && !s.paused;
}
bool can_redo(const Session& s) {
    return !s.redo.empty() && !s.paused;
}
const std::vector<Card>& written_cards(const Session& s) {
    return s.table.written;
}

// ---------------------------------------------------------------- card of the day

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
} // namespace

std::string card_of_the_day(const Deck& deck, int year, int month, int day) {
    std::vector<const Card*> pool;
    for (const Card& c : deck.cards)
        if (const CardType* t = deck.find_type(c.type); t && t->reflective)
            pool.push_back(&c);
    if (pool.empty() || month < 1 || month > 12 || day < 1 || day > 31)
        return {};
    Rng rng{static_cast<std::uint64_t>(
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))};
    return pool[static_cast<std::size_t>(rng.below(pool.size()))]->id;
}

} // namespace hearth

// Solo's moves in the table's actions. Each works on a copy through
// apply_in_place, so a refused step leaves the session as it was.
#include "game/session/solo_session.hpp"

#include <algorithm>

namespace hearth {
namespace {

bool at_draw_step(const Deck& deck, const Session& s) {
    return current_step(deck, s).kind == TurnKind::Draw;
}

// Resumes a paused session; a move always runs on a running clock.
std::optional<Refusal> resume(const Deck& deck, Session& s) {
    return s.paused ? apply_in_place(deck, s, act::Resume{}) : std::nullopt;
}

bool drew(const LogEntry& e) {
    return std::any_of(e.caused.begin(), e.caused.end(),
                       [](const Event& ev) { return ev.kind == EventKind::Draw; });
}

// `back` once, unless that would return to set-up (before the first card).
std::optional<Refusal> back_once(const Deck& deck, Session& s) {
    if (s.undo.empty() || s.undo.back().phase == Phase::Setup)
        return Refusal::NothingToUndo;
    return apply_in_place(deck, s, act::Back{});
}

} // namespace

const Format* solo_format(const Deck& deck) {
    for (const Format& f : deck.formats)
        if (f.min_players <= 1 && f.max_players == 1)
            return &f;
    for (const Format& f : deck.formats)
        if (f.min_players <= 1)
            return &f;
    return nullptr;
}

SessionStart solo_start(const Deck& deck, std::uint64_t seed, int year, int month, int day,
                        std::string_view format) {
    SessionStart start;
    start.seed = seed;
    start.deck = deck.info.id;
    const Format* f = format.empty() ? solo_format(deck) : deck.find_format(format);
    start.format = f ? f->id : std::string(format);
    start.players = {""};
    start.first = card_of_the_day(deck, year, month, day);
    if (start.first.empty() && f)
        for (const Card& c : deck.cards)
            if (std::find(f->draw.begin(), f->draw.end(), c.type) != f->draw.end()) {
                start.first = c.id;
                break;
            }
    return start;
}

const std::string& first_card(const Session& s) {
    return s.start.first;
}

Applied solo_draw(const Deck& deck, const Session& s) {
    Session next = s;
    if (auto r = resume(deck, next))
        return *r;
    const Format* f = format_of(deck, next);
    if (!f)
        return Refusal::UnknownFormat;
    const std::string before = next.table.turn_card;
    // Two turns' steps reach another card unless the pile has no other.
    for (std::size_t i = 0; i < 2 * f->turn.size() + 1; ++i) {
        if (auto r = apply_in_place(deck, next, act::Next{}))
            return *r;
        if (next.table.phase != Phase::Playing ||
            (drew(next.log.back()) && next.table.in_play != before))
            break;
    }
    return next;
}

Applied solo_apply(const Deck& deck, const Session& s, const Action& action) {
    Session next = s;
    if (auto r = resume(deck, next))
        return *r;
    if (!std::holds_alternative<act::Back>(action)) {
        if (auto r = apply_in_place(deck, next, action))
            return *r;
        return next;
    }
    if (auto r = back_once(deck, next))
        return *r;
    // Steps in between (a prompt) go back with it, to where that card was drawn.
    while (!at_draw_step(deck, next))
        if (back_once(deck, next))
            break;
    return next;
}

Applied solo_back_to(const Deck& deck, const Session& s, std::string_view card) {
    Session next = s;
    if (auto r = resume(deck, next))
        return *r;
    if (at_draw_step(deck, next) && next.table.in_play == card)
        return next;
    const Format* f = format_of(deck, next);
    if (!f)
        return Refusal::UnknownFormat;
    // The most recent earlier table with `card` revealed at a draw step.
    std::size_t steps = 0;
    for (auto t = next.undo.rbegin(); t != next.undo.rend(); ++t) {
        ++steps;
        if (t->phase == Phase::Playing && t->in_play == card &&
            f->turn[static_cast<std::size_t>(t->step)] == TurnKind::Draw) {
            for (std::size_t i = 0; i < steps; ++i)
                if (auto r = apply_in_place(deck, next, act::Back{}))
                    return *r;
            return next;
        }
    }
    return Refusal::NothingToUndo;
}

Applied solo_timer(const Deck& deck, const Session& s) {
    if (s.paused)
        return apply(deck, s, act::Resume{});
    if (s.table.timer.kind != TimerKind::None)
        return apply(deck, s, act::Pause{});
    const Format* f = format_of(deck, s);
    if (!f)
        return Refusal::UnknownFormat;
    const StepView step = current_step(deck, s);
    const std::size_t after = static_cast<std::size_t>(step.index) + 1;
    if (step.kind == TurnKind::Draw && after < f->turn.size() &&
        f->turn[after] == TurnKind::Prompt && f->timers.prompt > 0)
        return apply(deck, s, act::Next{});
    return Refusal::NoTimer;
}

} // namespace hearth

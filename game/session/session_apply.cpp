// Applying an action to a session: undo and redo, the clock, and committing
// a table move (session_rules.cpp) with its undo entry. One overload per
// action type, checked at compile time.
#include "game/session/detail/session_detail.hpp"
#include "game/session/detail/session_moves.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <type_traits>

namespace hearth {

using namespace detail;

namespace {

// ---------------------------------------------------------------- the clock

// `a + b` held at kMaxClockMs; both are at most kMaxClockMs, so the sum fits.
std::int64_t clock_add(std::int64_t a, std::int64_t b) {
    return std::min(a + b, kMaxClockMs);
}

// Counts `t` down by `ms`; true when it ran out now.
bool run_down(Timer& t, std::int64_t ms, std::vector<Event>& events) {
    if (t.kind == TimerKind::None)
        return false;
    if (t.expired) {
        t.overtime_ms = clock_add(t.overtime_ms, ms);
    } else if ((t.remaining_ms -= ms) <= 0) {
        t.overtime_ms = -t.remaining_ms;
        t.remaining_ms = 0;
        t.expired = true;
        events.push_back(event(EventKind::TimerExpired, std::string(to_string(t.kind))));
        return true;
    }
    return false;
}

Move tick(const Format& f, Session& s, std::int64_t ms, std::vector<Event>& events) {
    if (ms <= 0 || ms > kMaxDurationMs)
        return Refusal::BadDuration;
    if (s.table.phase == Phase::Ended)
        return Refusal::SessionEnded;
    if (s.paused)
        return Refusal::Paused;
    // Before the first turn the session has not started: no minutes count
    // towards a format's end (the group may take its time over the mission).
    if (s.table.phase == Phase::Setup)
        return {};
    s.elapsed_ms = clock_add(s.elapsed_ms, ms);
    run_down(s.table.timer, ms, events);
    run_down(s.table.total, ms, events);
    const int minutes = f.end_limit(EndKind::Minutes);
    if (minutes > 0 && !s.time_up && s.elapsed_ms >= std::int64_t{minutes} * 60000) {
        s.time_up = true;
        events.push_back(event(EventKind::TimeUp));
    }
    return {};
}

Move extend(Session& s, std::int64_t ms, std::vector<Event>& events) {
    if (ms <= 0 || ms > kMaxDurationMs)
        return Refusal::BadDuration;
    if (s.table.phase == Phase::Ended)
        return Refusal::SessionEnded;
    Timer& t = s.table.timer;
    if (t.kind == TimerKind::None)
        return Refusal::NoTimer;
    t.total_ms = clock_add(t.total_ms, ms);
    t.remaining_ms = clock_add(t.remaining_ms, ms);
    t.expired = false;
    t.overtime_ms = 0;
    events.push_back(event(EventKind::TimerExtended, {}, ms));
    return {};
}

void push_undo(Session& s, Table table) {
    s.undo.push_back(std::move(table));
    while (s.undo.size() > kUndoLimit)
        s.undo.pop_front();
}

// One overload for every action, and no catch-all: an action type added to
// `Action` without its rule here does not compile (the static_assert below
// names it), rather than being refused with a reason that does not fit.
struct ApplyAction {
    const Deck& deck;
    const Format& format;
    Session& s;
    std::vector<Event>& events;

    // The history and the clock: not undoable.
    Move operator()(const act::Back&) {
        if (s.paused)
            return Refusal::Paused;
        if (s.undo.empty())
            return Refusal::NothingToUndo;
        s.redo.push_back(std::move(s.table));
        s.table = std::move(s.undo.back());
        s.undo.pop_back();
        events.push_back(event(EventKind::Undone));
        return {};
    }
    Move operator()(const act::Redo&) {
        if (s.paused)
            return Refusal::Paused;
        if (s.redo.empty())
            return Refusal::NothingToRedo;
        push_undo(s, std::move(s.table));
        s.table = std::move(s.redo.back());
        s.redo.pop_back();
        events.push_back(event(EventKind::Redone));
        return {};
    }
    Move operator()(const act::Tick& a) {
        const bool step_was_running =
            s.table.timer.kind != TimerKind::None && !s.table.timer.expired;
        const bool total_was_running =
            s.table.total.kind != TimerKind::None && !s.table.total.expired;
        if (Move refused = tick(format, s, a.ms, events))
            return refused;
        // A format with advance = "timer" (rules 2) goes on when a timer runs
        // out: the whole discussion's ends the step, the step's timer is a
        // next (a popcorn speaker's is only shown). Undo steps back over it.
        if (format.advance != Advance::Timer || s.start.rules < 2 || s.paused)
            return {};
        const bool total_out = total_was_running && s.table.total.expired;
        const bool step_out =
            step_was_running && s.table.timer.expired &&
            !(s.table.timer.kind == TimerKind::Speaker && format.speaking == Speaking::Popcorn &&
              s.table.phase == Phase::Playing);
        if (!total_out && !step_out)
            return {};
        Table next = s.table;
        Ctx c{deck, format, s, next, events};
        events.push_back(
            event(EventKind::Advanced,
                  std::string(to_string(total_out ? TimerKind::Discussion : s.table.timer.kind))));
        if (total_out)
            advance_step(c);
        else
            do_next(c);
        push_undo(s, std::move(s.table));
        s.table = std::move(next);
        s.redo.clear();
        return {};
    }
    Move operator()(const act::Extend& a) { return extend(s, a.ms, events); }
    Move operator()(const act::Pause&) {
        if (s.table.phase == Phase::Ended)
            return Refusal::SessionEnded;
        if (s.paused)
            return Refusal::AlreadyPaused;
        s.paused = true;
        events.push_back(event(EventKind::Paused));
        return {};
    }
    Move operator()(const act::Resume&) {
        if (!s.paused)
            return Refusal::NotPaused;
        s.paused = false;
        events.push_back(event(EventKind::Resumed));
        return {};
    }

    // Moves on the table: undoable. Those that play the turn wait while paused;
    // seats can be edited and cards written during a pause.
    Move operator()(const act::Next&) {
        return on_table(true, [](Ctx& c) { return do_next(c); });
    }
    Move operator()(const act::Skip&) {
        return on_table(true, [](Ctx& c) { return do_skip(c); });
    }
    Move operator()(const act::Keep& a) {
        return on_table(true, [&](Ctx& c) { return do_keep(c, a); });
    }
    Move operator()(const act::Pass&) {
        return on_table(true, [](Ctx& c) { return do_pass(c); });
    }
    Move operator()(const act::Take& a) {
        return on_table(true, [&](Ctx& c) { return do_take(c, a); });
    }
    Move operator()(const act::Choose& a) {
        return on_table(true, [&](Ctx& c) { return do_choose(c, a); });
    }
    Move operator()(const act::ChooseMission& a) {
        return on_table(true, [&](Ctx& c) { return do_choose_mission(c, a); });
    }
    Move operator()(const act::AddPlayer& a) {
        return on_table(false, [&](Ctx& c) { return do_add(c, a); });
    }
    Move operator()(const act::RenamePlayer& a) {
        return on_table(false, [&](Ctx& c) { return do_rename(c, a); });
    }
    Move operator()(const act::RemovePlayer& a) {
        return on_table(false, [&](Ctx& c) { return do_remove(c, a); });
    }
    Move operator()(const act::WriteCard& a) {
        return on_table(false, [&](Ctx& c) { return do_write(c, a); });
    }
    Move operator()(const act::EndSession&) {
        return on_table(false, [](Ctx& c) -> Move {
            // In the closing round the turns have ended already, for their reason.
            end_session(c, c.t.phase == Phase::Closing ? c.t.end_reason : EndReason::Host);
            return {};
        });
    }

    // Runs `move` on a copy of the table and keeps it, with the old table on
    // the undo stack, unless it was refused.
    template <typename F> Move on_table(bool frozen_while_paused, F move) {
        if (s.table.phase == Phase::Ended)
            return Refusal::SessionEnded;
        if (s.paused && frozen_while_paused)
            return Refusal::Paused;
        Table next = s.table;
        Ctx c{deck, format, s, next, events};
        if (Move refused = move(c))
            return refused;
        push_undo(s, std::move(s.table));
        s.table = std::move(next);
        s.redo.clear();
        return {};
    }
};

template <typename Variant> struct EveryActionHasARule;
template <typename... A> struct EveryActionHasARule<std::variant<A...>> {
    static constexpr bool value = (std::is_invocable_r_v<Move, ApplyAction, const A&> && ...);
};
static_assert(EveryActionHasARule<Action>::value,
              "every action type needs its rule in ApplyAction (session_rules.cpp)");

} // namespace

std::optional<Refusal> apply_in_place(const Deck& deck, Session& s, const Action& action) {
    const Format* format = format_of(deck, s);
    if (!format)
        return Refusal::UnknownFormat;
    std::vector<Event> events;
    if (Move refused = std::visit(ApplyAction{deck, *format, s, events}, action))
        return refused;
    s.log.push_back({action, std::move(events)});
    return std::nullopt;
}

Applied apply(const Deck& deck, const Session& session, const Action& action) {
    Session next = session;
    if (auto r = apply_in_place(deck, next, action))
        return *r;
    return next;
}

} // namespace hearth

// Shared by the session's rule files (session_rules.cpp, the table moves;
// session_apply.cpp, applying actions); not part of the public API.
#pragma once

#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hearth::detail {

// What a table move works on: the session as it was, and a copy of its table.
struct Ctx {
    const Deck& deck;
    const Format& format;
    const Session& session;
    Table& t;
    std::vector<Event>& events;
};

// A table move's result: nothing, or why it was refused.
using Move = std::optional<Refusal>;

// An event with no seat.
Event event(EventKind k, std::string text = {}, std::int64_t value = 0);
// Ends the session for `why`.
void end_session(Ctx& c, EndReason why);

// The table moves, one per undoable action.
Move do_next(Ctx& c);
Move do_skip(Ctx& c);
Move do_keep(Ctx& c, const act::Keep& a);
Move do_pass(Ctx& c);
Move do_take(Ctx& c, const act::Take& a);
Move do_add(Ctx& c, const act::AddPlayer& a);
Move do_rename(Ctx& c, const act::RenamePlayer& a);
Move do_remove(Ctx& c, const act::RemovePlayer& a);
Move do_choose_mission(Ctx& c, const act::ChooseMission& a);
Move do_write(Ctx& c, const act::WriteCard& a);

} // namespace hearth::detail

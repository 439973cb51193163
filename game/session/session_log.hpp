// The session log as JSON Lines, and replay from it.
//
// One JSON object per line, each with a "type": first "start" (seed, deck,
// format, players, seen), then for every applied action an "action" line
// followed by one line per event it caused ("draw" with "card", "player" and
// "seat", "turn", "kept", ...). The field names are a promise to users'
// scripts; docs/session.md lists them all.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// The "start" line, with its newline.
std::string start_to_jsonl(const SessionStart& start);
// The lines of one log entry: the action, then what it caused.
std::string entry_to_jsonl(const LogEntry& entry);
// The whole log: the start line and every entry.
std::string log_to_jsonl(const Session& s);

// Replays a log written by log_to_jsonl against `deck`: the same session,
// card for card, or the diagnostic naming `file` and the line of a damaged,
// foreign or mismatched log. Events in the log are checked against what the
// replay causes, so a different deck is caught.
std::variant<Session, Diagnostic> replay_log(const Deck& deck, std::string_view jsonl,
                                             std::string_view file = "session.jsonl");

} // namespace hearth

// Internal to the save readers: shared by session_save.cpp (version 2 and
// dispatch) and session_save_v1.cpp.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"
#include "game/session/session_json.hpp"
#include "game/session/session_log.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// The version-1 reader.
std::variant<Session, Diagnostic> session_from_v1(const Deck& deck, std::string_view text,
                                                  std::string_view file);

// Puts a snapshot line's state (table, undo, redo, clock) into `s`, whose
// log holds the actions before it; checked against `deck`. Throws JsonError.
void restore_snapshot(const Deck& deck, const Json& snapshot, Session& s);

} // namespace hearth

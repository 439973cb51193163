// Saving a whole session to a file and resuming it: the table, the undo and
// redo stacks, the clock and the log, as one JSON document with a format
// version and the deck id. Writing is atomic (atomic_file.hpp).
#pragma once

#include "game/deck.hpp"
#include "game/session.hpp"
#include "game/session_log.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// The save format's version; load refuses newer versions.
inline constexpr int kSaveVersion = 1;

// The session as a save document (JSON text).
std::string save_to_json(const Session& s);
// Reads a save document made for `deck`. Errors name `file` and, for syntax
// errors, the line and column; a deck that does not match is an error too.
std::variant<Session, SessionError> session_from_json(const Deck& deck, std::string_view text,
                                                      std::string_view file = "save.json");

// Writes the save atomically. Returns nullopt, or what went wrong.
std::optional<std::string> save_session(const std::filesystem::path& file, const Session& s);
// Reads and checks a save file.
std::variant<Session, SessionError> load_session(const Deck& deck,
                                                 const std::filesystem::path& file);

} // namespace hearth

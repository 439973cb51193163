// Saving a session to a file and resuming it.
//
// Version 2 (written): JSON Lines, append-only. A header line, the start
// line, then one line per applied action with what it caused:
//   {"deck":"microsolidarity","type":"hearth-session","version":2}
//   {"type":"start","version":2,"seed":"7",...}  (the rules version, session.hpp)
//   {"type":"action","action":"next","caused":[{"type":"draw",...},...]}
// Resume replays the actions (undo and redo stacks included) and checks what
// each caused, so the bytes per action are the same however long the session.
// A last line cut off mid-write is dropped with a warning. A live reload
// taken during the session appends a snapshot line (the whole state): resume
// starts from the last one and replays only the actions after it.
//
// Version 1 (read only): one JSON document with the table, the undo and redo
// stacks, the clock and the log.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"
#include "game/session/session_log.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

// The save format's version written; load reads 1 up to it and refuses newer.
inline constexpr int kSaveVersion = 2;

// ---------------------------------------------------------------- version 2

// The first two lines of a version-2 save: the header and the start line.
std::string save_header_jsonl(const SessionStart& start);
// The line of one applied action: the action's fields and "caused".
std::string save_entry_jsonl(const LogEntry& entry);
// The whole version-2 save of `s`: the header and every entry.
std::string save_to_jsonl(const Session& s);
// A snapshot line: the session's state as it is now (its table, undo and
// redo stacks, clock), written when the deck changes during the session
// (a live reload is taken). Resume starts from the last snapshot, since the
// actions before it replay only against the deck they were played with.
// A snapshot over `budget` bytes keeps only the newest undo (and nearest
// redo) steps that fit: what a reload costs a very large deck is how far
// back it can undo, never the save.
inline constexpr std::size_t kSnapshotBudget = 16u << 20;
std::string save_snapshot_jsonl(const Session& s, std::size_t budget = kSnapshotBudget);

// ---------------------------------------------------------------- version 1

// The session as a version-1 save document (kept so version-1 reading stays tested).
std::string save_to_json(const Session& s);

// ---------------------------------------------------------------- reading

// What reading a save found besides the session.
struct SaveReading {
    int version = 0;                  // the format version of the file read
    std::vector<Diagnostic> warnings; // problems that still let it load (a torn last line)
    bool appendable = false;    // a whole version-2 save: new lines can go straight at its end
    bool from_snapshot = false; // resumed from a snapshot line (the deck changed during it)
};

// Reads a save of either version made for `deck`. Errors name `file` and the
// line (and column for syntax errors); a deck that does not match is an error.
std::variant<Session, Diagnostic> session_from_json(const Deck& deck, std::string_view text,
                                                    std::string_view file = "save.json",
                                                    SaveReading* reading = nullptr);

// Writes a version-2 save atomically (mode 0600). Returns nullopt, or what went wrong.
std::optional<std::string> save_session(const std::filesystem::path& file, const Session& s);
// Reads and checks a save file of either version.
std::variant<Session, Diagnostic> load_session(const Deck& deck, const std::filesystem::path& file,
                                               SaveReading* reading = nullptr);

} // namespace hearth

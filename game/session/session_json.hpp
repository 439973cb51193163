// JSON forms of actions, events and tables, shared by the log and the save.
// Internal: readers throw JsonError with a path ("table.kept[2].card: ...").
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/session/session.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

using Json = nlohmann::json;

struct JsonError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Json action_to_json(const Action& a); // {"type":"action","action":"keep","seat":1}
Action action_from_json(const Json& j, const std::string& where);
Json event_to_json(const Event& e); // {"type":"draw","card":...,"player":...,"seat":...}
Event event_from_json(const Json& j, const std::string& where);
Json start_to_json(const SessionStart& s); // {"type":"start",...}
SessionStart start_from_json(const Json& j, const std::string& where);
Json table_to_json(const Table& t);
Table table_from_json(const Json& j, const std::string& where);

// Serialised text; invalid UTF-8 (which the rules never let in) is replaced.
std::string dump_json(const Json& j, int indent = -1);
// The diagnostic for a parse error at byte offset `byte` of `text`, with the
// line and column it is at.
Diagnostic parse_error_at(std::string_view file, std::string_view text, std::size_t byte,
                          std::string_view what);
// One line of a JSON Lines file: its number (from 1), its text, and whether
// its newline was written (a line cut off mid-write has none).
struct JsonLine {
    int number = 0;
    std::string_view text;
    bool whole = true;
};
// The lines of `text` that are not blank, without their "\r".
std::vector<JsonLine> split_json_lines(std::string_view text);
// Parses one line; a syntax error names the file's line, not the line's own.
std::variant<Json, Diagnostic> parse_json_line(std::string_view file, const JsonLine& line);
// Parses a whole document; a syntax error or a number too large for a double
// (1e400) becomes a diagnostic with its line and column, never an exception.
std::variant<Json, Diagnostic> parse_json_text(std::string_view file, std::string_view text);
// A declared format version, compared exactly: an integer beyond int64 reads
// as the largest int64 (a version no Hearth reads), never narrowed.
std::int64_t saved_version(const Json& v);

// An error in a log or save at `line` (0: the file as a whole).
Diagnostic error_at(std::string_view file, int line, std::string message);
// An error whose words are the catalogue's (a refusal, why a start failed).
Diagnostic error_at(std::string_view file, int line, Message words);
// Why a replayed action was refused: ReplayRefused with the action's log name.
Message replay_refused(const Action& a, Refusal r);
// An error in the file as a whole: `file: error: message`.
inline Diagnostic error_in(std::string_view file, std::string message) {
    return error_at(file, 0, std::move(message));
}

} // namespace hearth

// JSON forms of actions, events and tables, shared by the log and the save.
// Internal: readers throw JsonError with a path ("table.kept[2].card: ...").
#pragma once

#include "game/session/session.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

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
// `path:line:col: error: message` for a parse error at byte offset `byte` of `text`.
std::string parse_error_message(std::string_view file, std::string_view text, std::size_t byte,
                                std::string_view what);

} // namespace hearth

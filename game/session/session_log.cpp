// The log as JSON Lines, and replaying a session from it.
#include "game/session/session_log.hpp"
#include "game/base/utf8.hpp"
#include "game/session/session_json.hpp"

#include <algorithm>

namespace hearth {

std::string start_to_jsonl(const SessionStart& start) {
    return dump_json(start_to_json(start)) + "\n";
}

std::string entry_to_jsonl(const LogEntry& entry) {
    std::string out = dump_json(action_to_json(entry.action)) + "\n";
    for (const Event& e : entry.caused)
        out += dump_json(event_to_json(e)) + "\n";
    return out;
}

std::string log_to_jsonl(const Session& s) {
    std::string out = start_to_jsonl(s.start);
    for (const LogEntry& e : s.log)
        out += entry_to_jsonl(e);
    return out;
}

namespace {

struct Line {
    int number = 0;
    Json json;
};

} // namespace

std::variant<Session, Diagnostic> replay_log(const Deck& deck, std::string_view jsonl,
                                             std::string_view file) {
    // Parse every line first, so a torn last line is reported before replaying.
    std::vector<Line> lines;
    // The file's last line, blank or not: where a missing event is reported.
    const int number = static_cast<int>(std::count(jsonl.begin(), jsonl.end(), '\n')) +
                       (jsonl.empty() || jsonl.back() == '\n' ? 0 : 1);
    for (const JsonLine& line : split_json_lines(jsonl)) {
        auto parsed = parse_json_line(file, line);
        if (auto* e = std::get_if<Diagnostic>(&parsed))
            return *e;
        lines.push_back({line.number, std::get<Json>(std::move(parsed))});
        if (!lines.back().json.is_object() || !lines.back().json.contains("type") ||
            !lines.back().json["type"].is_string())
            return error_at(file, line.number, "expected an object with a \"type\"");
        // Live reload notes what happened to the deck, not to the table.
        if (lines.back().json["type"] == "reload" || lines.back().json["type"] == "reload-error")
            lines.pop_back();
    }
    if (lines.empty())
        return error_in(file, "the log is empty");
    if (lines[0].json["type"] != "start")
        return error_at(file, lines[0].number, "the log does not begin with a \"start\" line");

    Session s;
    try {
        SessionStart start = start_from_json(lines[0].json, "start");
        auto started = start_session(deck, start);
        if (auto* e = std::get_if<StartError>(&started))
            return error_at(file, lines[0].number, e->message);
        s = std::move(std::get<Session>(started));
    } catch (const JsonError& e) {
        return error_at(file, lines[0].number, e.what());
    }

    for (std::size_t i = 1; i < lines.size();) {
        const Line& line = lines[i];
        if (line.json["type"] != "action")
            return error_at(file, line.number, "expected an \"action\" line");
        try {
            Action a = action_from_json(line.json, "action");
            if (auto r = apply_in_place(deck, s, a))
                return error_at(file, line.number, replay_refused(a, *r));
            ++i;
            const std::vector<Event>& caused = s.log.back().caused;
            for (std::size_t k = 0;; ++k, ++i) {
                const bool logged = i < lines.size() && lines[i].json["type"] != "action";
                if (!logged && k == caused.size())
                    break;
                const int at = i < lines.size() ? lines[i].number : number;
                if (!logged)
                    return error_at(file, at,
                                    "the replay gives " + dump_json(event_to_json(caused[k])) +
                                        " but the log does not (is it the same deck?)");
                Event e = event_from_json(lines[i].json, "entry");
                if (k == caused.size() || !(e == caused[k]))
                    return error_at(file, at,
                                    "the log says " + dump_json(lines[i].json) +
                                        " but the replay gives " +
                                        (k < caused.size() ? dump_json(event_to_json(caused[k]))
                                                           : std::string("nothing")) +
                                        " (is it the same deck?)");
            }
        } catch (const JsonError& e) {
            return error_at(file, lines[i < lines.size() ? i : lines.size() - 1].number, e.what());
        }
    }
    return s;
}

} // namespace hearth

// JSON forms of the session's actions and events, and the text of JSON
// (dumping it, placing its errors). Cards, starts and tables are
// session_json_table.cpp; the field readers detail/json_fields.hpp.
//
//   actions   {"type":"action","action":NAME, ...fields}
//   events    {"type":KIND, ...fields named per kind}
#include "game/session/session_json.hpp"
#include "game/base/utf8.hpp"
#include "game/session/detail/json_fields.hpp"
#include "game/session/detail/session_detail.hpp"

#include <algorithm>
#include <limits>

namespace hearth {
using namespace detail;
namespace {

// ---------------------------------------------------------------- events

const char* text_key(EventKind k) {
    switch (k) {
    case EventKind::Step:
        return "step";
    case EventKind::TimerStarted:
    case EventKind::TimerExpired:
    case EventKind::Advanced:
        return "timer";
    case EventKind::Ended:
    case EventKind::Closing:
        return "reason";
    case EventKind::PlayerRenamed:
        return "from";
    case EventKind::Written:
        return "title";
    default:
        return "text";
    }
}

const char* value_key(EventKind k) {
    switch (k) {
    case EventKind::Reshuffle:
        return "count";
    case EventKind::Step:
    case EventKind::Offered:
    case EventKind::Chosen:
        return "index";
    case EventKind::Turn:
        return "turn";
    case EventKind::Round:
        return "round";
    case EventKind::TimerStarted:
    case EventKind::TimerExtended:
        return "ms";
    default:
        return "value";
    }
}

} // namespace

Json event_to_json(const Event& e) {
    Json j;
    j["type"] = to_string(e.kind);
    if (!e.card.empty())
        j["card"] = e.card;
    if (e.seat >= 0) {
        j["player"] = e.player;
        j["seat"] = e.seat;
    }
    const char* tk = text_key(e.kind);
    if (!e.text.empty() || std::string_view(tk) != "text")
        j[tk] = e.text;
    const char* vk = value_key(e.kind);
    if (e.value != 0 || std::string_view(vk) != "value")
        j[vk] = e.value;
    return j;
}

Event event_from_json(const Json& j, const std::string& where) {
    Event e;
    std::string type = str(j, "type", where);
    auto kind = event_kind_from(type);
    if (!kind)
        throw JsonError(where + ": unknown entry type \"" + type + "\"");
    e.kind = *kind;
    e.card = opt_str(j, "card", where);
    if (j.contains("seat")) {
        e.seat = small(j, "seat", where);
        e.player = str(j, "player", where);
    }
    e.text = opt_str(j, text_key(e.kind), where);
    if (j.contains(value_key(e.kind)))
        e.value = big(j, value_key(e.kind), where);
    return e;
}

// ---------------------------------------------------------------- actions

Json action_to_json(const Action& action) {
    Json j;
    j["type"] = "action";
    j["action"] = action_name(action);
    std::visit(
        [&](const auto& a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, act::Keep> || std::is_same_v<A, act::Take> ||
                          std::is_same_v<A, act::RemovePlayer>)
                j["seat"] = a.seat;
            else if constexpr (std::is_same_v<A, act::Extend> || std::is_same_v<A, act::Tick>)
                j["ms"] = a.ms;
            else if constexpr (std::is_same_v<A, act::AddPlayer>) {
                j["name"] = a.name;
                j["at"] = a.at;
            } else if constexpr (std::is_same_v<A, act::RenamePlayer>) {
                j["seat"] = a.seat;
                j["name"] = a.name;
            } else if constexpr (std::is_same_v<A, act::Choose>)
                j["index"] = a.index;
            else if constexpr (std::is_same_v<A, act::ChooseMission>)
                j["card"] = a.card;
            else if constexpr (std::is_same_v<A, act::WriteCard>) {
                j["title"] = a.title;
                j["text"] = a.text;
                j["card_type"] = a.type;
                j["seat"] = a.seat;
            }
        },
        action);
    return j;
}

Action action_from_json(const Json& j, const std::string& where) {
    const std::string name = str(j, "action", where);
    const std::string w = where;
    auto seat = [&] { return small(j, "seat", w); };
    if (name == "next")
        return act::Next{};
    if (name == "back")
        return act::Back{};
    if (name == "redo")
        return act::Redo{};
    if (name == "skip")
        return act::Skip{};
    if (name == "keep")
        return act::Keep{seat()};
    if (name == "pass")
        return act::Pass{};
    if (name == "take")
        return act::Take{seat()};
    if (name == "pause")
        return act::Pause{};
    if (name == "resume")
        return act::Resume{};
    if (name == "extend")
        return act::Extend{big(j, "ms", w)};
    if (name == "add-player")
        return act::AddPlayer{str(j, "name", w), small(j, "at", w)};
    if (name == "rename-player")
        return act::RenamePlayer{seat(), str(j, "name", w)};
    if (name == "remove-player")
        return act::RemovePlayer{seat()};
    if (name == "choose-mission")
        return act::ChooseMission{str(j, "card", w)};
    if (name == "write-card")
        return act::WriteCard{str(j, "title", w), str(j, "text", w), str(j, "card_type", w),
                              seat()};
    if (name == "end")
        return act::EndSession{};
    if (name == "tick")
        return act::Tick{big(j, "ms", w)};
    if (name == "choose")
        return act::Choose{small(j, "index", w)};
    throw JsonError(path(where, "action") + ": unknown action \"" + name + "\"");
}

// ---------------------------------------------------------------- text

std::string dump_json(const Json& j, int indent) {
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Diagnostic parse_error_at(std::string_view file, std::string_view text, std::size_t byte,
                          std::string_view what) {
    std::size_t at = std::min(byte > 0 ? byte - 1 : 0, text.size());
    std::string_view before = text.substr(0, at);
    const std::size_t line_start =
        before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    std::string_view in_line = before.substr(line_start);
    const int column =
        1 + static_cast<int>(find_text_problem(in_line) ? in_line.size() : utf8_length(in_line));
    // nlohmann says "[json.exception.parse_error.101] parse error at line 1, column 2: why".
    std::string why(what);
    if (auto p = why.find(", column "); p != std::string::npos)
        if (auto q = why.find(": ", p); q != std::string::npos)
            why = why.substr(q + 2);
    return {Severity::Error, {std::string(file), line, column}, why, std::nullopt};
}

std::vector<JsonLine> split_json_lines(std::string_view text) {
    std::vector<JsonLine> lines;
    int number = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        const bool whole = end != std::string_view::npos;
        if (!whole)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos)
            lines.push_back({number, line, whole});
    }
    return lines;
}

std::variant<Json, Diagnostic> parse_json_text(std::string_view file, std::string_view text) {
    try {
        return Json::parse(text);
    } catch (const Json::parse_error& e) {
        return parse_error_at(file, text, e.byte, e.what());
    } catch (const Json::exception& e) {
        // "[json.exception.out_of_range.406] number overflow parsing '1e400'":
        // the only other error the parser throws; place it at the number.
        std::string what = e.what();
        std::string number;
        if (auto q = what.find('\''); q != std::string::npos && what.back() == '\'')
            number = what.substr(q + 1, what.size() - q - 2);
        const std::size_t at = number.empty() ? std::string_view::npos : text.find(number);
        if (number.size() > 40)
            number = number.substr(0, 40) + "...";
        return parse_error_at(file, text, at == std::string_view::npos ? 1 : at + 1,
                              "the number " + number + " is too large to read");
    }
}

std::variant<Json, Diagnostic> parse_json_line(std::string_view file, const JsonLine& line) {
    auto parsed = parse_json_text(file, line.text);
    if (auto* d = std::get_if<Diagnostic>(&parsed))
        d->where.line = line.number; // it counted lines within this one line
    return parsed;
}

std::int64_t saved_version(const Json& v) {
    if (!v.is_number_integer())
        return 0;
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(kBig))
        return kBig;
    return v.get<std::int64_t>();
}

Diagnostic error_at(std::string_view file, int line, std::string message) {
    return {Severity::Error, {std::string(file), line, 0}, std::move(message), std::nullopt};
}

Message replay_refused(const Action& a, Refusal r) {
    return {MessageId::ReplayRefused,
            {{"action", std::string(action_name(a))}, {"reason", message_of(r).id}}};
}

Diagnostic error_at(std::string_view file, int line, Message words) {
    return {Severity::Error, {std::string(file), line, 0}, {}, std::move(words)};
}

} // namespace hearth

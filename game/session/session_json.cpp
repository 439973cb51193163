// JSON forms of the session's values.
//
//   readers   checked field access that names the path of a bad value
//   actions   {"type":"action","action":NAME, ...fields}
//   events    {"type":KIND, ...fields named per kind}
//   tables    every field of Table
#include "game/session/session_json.hpp"
#include "game/base/utf8.hpp"
#include "game/session/detail/session_detail.hpp"

#include <algorithm>
#include <limits>

namespace hearth {
namespace {

// ---------------------------------------------------------------- readers

const Json& need(const Json& j, const char* key, const std::string& where) {
    if (!j.is_object())
        throw JsonError(where + ": expected an object");
    auto it = j.find(key);
    if (it == j.end())
        throw JsonError(where + ": missing \"" + key + "\"");
    return *it;
}

std::string path(const std::string& where, const char* key) {
    return where + "." + key;
}

std::string str(const Json& v, const std::string& where) {
    if (!v.is_string())
        throw JsonError(where + ": expected a string");
    return v.get<std::string>();
}
std::string str(const Json& j, const char* key, const std::string& where) {
    return str(need(j, key, where), path(where, key));
}
std::string opt_str(const Json& j, const char* key, const std::string& where) {
    return j.is_object() && j.contains(key) ? str(j, key, where) : std::string();
}

std::int64_t integer(const Json& v, const std::string& where, std::int64_t lo, std::int64_t hi) {
    if (!v.is_number_integer())
        throw JsonError(where + ": expected an integer");
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
        throw JsonError(where + ": out of range");
    std::int64_t n = v.get<std::int64_t>();
    if (n < lo || n > hi)
        throw JsonError(where + ": out of range");
    return n;
}
constexpr std::int64_t kBig = std::numeric_limits<std::int64_t>::max();
int small(const Json& j, const char* key, const std::string& where, int lo = -1) {
    return static_cast<int>(integer(need(j, key, where), path(where, key), lo, 1'000'000'000));
}
std::int64_t big(const Json& j, const char* key, const std::string& where) {
    return integer(need(j, key, where), path(where, key), -kBig, kBig);
}
bool boolean(const Json& j, const char* key, const std::string& where) {
    const Json& v = need(j, key, where);
    if (!v.is_boolean())
        throw JsonError(path(where, key) + ": expected true or false");
    return v.get<bool>();
}
const Json& array(const Json& j, const char* key, const std::string& where) {
    const Json& v = need(j, key, where);
    if (!v.is_array())
        throw JsonError(path(where, key) + ": expected an array");
    return v;
}
std::string item(const std::string& where, const char* key, std::size_t i) {
    return path(where, key) + "[" + std::to_string(i) + "]";
}
std::vector<std::string> strings(const Json& j, const char* key, const std::string& where) {
    std::vector<std::string> out;
    const Json& a = array(j, key, where);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(str(a[i], item(where, key, i)));
    return out;
}
std::vector<int> ints(const Json& j, const char* key, const std::string& where) {
    std::vector<int> out;
    const Json& a = array(j, key, where);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(static_cast<int>(integer(a[i], item(where, key, i), -1, 1'000'000)));
    return out;
}
std::uint64_t seed_from(const Json& v, const std::string& where) {
    if (v.is_number_unsigned())
        return v.get<std::uint64_t>();
    std::string s = str(v, where);
    if (s.empty() || s.size() > 20 || !std::all_of(s.begin(), s.end(), ::isdigit))
        throw JsonError(where + ": expected a decimal number");
    unsigned long long n = std::stoull(s); // fits: at most 20 digits, checked above
    if (s.size() == 20 && s > "18446744073709551615")
        throw JsonError(where + ": out of range");
    return n;
}

template <class E>
E enum_from(const Json& j, const char* key, const std::string& where, int count) {
    std::string s = str(j, key, where);
    for (int i = 0; i < count; ++i)
        if (to_string(static_cast<E>(i)) == s)
            return static_cast<E>(i);
    throw JsonError(path(where, key) + ": unknown value \"" + s + "\"");
}

// ---------------------------------------------------------------- events

const char* text_key(EventKind k) {
    switch (k) {
    case EventKind::Step:
        return "step";
    case EventKind::TimerStarted:
    case EventKind::TimerExpired:
        return "timer";
    case EventKind::Ended:
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
            } else if constexpr (std::is_same_v<A, act::ChooseMission>)
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
    throw JsonError(path(where, "action") + ": unknown action \"" + name + "\"");
}

// ---------------------------------------------------------------- cards

// A card written at the table or one of the user's own.
Json card_to_json(const Card& c) {
    return {{"id", c.id},     {"type", c.type}, {"title", c.title}, {"subtitle", c.subtitle},
            {"text", c.text}, {"tags", c.tags}};
}

Card card_from_json(const Json& j, const std::string& at) {
    Card c;
    c.id = str(j, "id", at);
    c.type = str(j, "type", at);
    c.title = str(j, "title", at);
    c.subtitle = str(j, "subtitle", at);
    c.text = str(j, "text", at);
    c.tags = strings(j, "tags", at);
    return c;
}

// ---------------------------------------------------------------- start

Json start_to_json(const SessionStart& s) {
    Json j{{"type", "start"}, {"version", 1},       {"seed", std::to_string(s.seed)},
           {"deck", s.deck},  {"format", s.format}, {"players", s.players},
           {"seen", s.seen}};
    if (!s.own.empty()) { // only when there are any: older logs stay as they were
        j["own"] = Json::array();
        for (const Card& c : s.own)
            j["own"].push_back(card_to_json(c));
    }
    return j;
}

SessionStart start_from_json(const Json& j, const std::string& where) {
    SessionStart s;
    s.seed = seed_from(need(j, "seed", where), path(where, "seed"));
    s.deck = str(j, "deck", where);
    s.format = str(j, "format", where);
    s.players = strings(j, "players", where);
    s.seen = j.contains("seen") ? strings(j, "seen", where) : std::vector<std::string>{};
    if (j.contains("own")) {
        const Json& own = array(j, "own", where);
        for (std::size_t i = 0; i < own.size(); ++i)
            s.own.push_back(card_from_json(own[i], item(where, "own", i)));
    }
    return s;
}

// ---------------------------------------------------------------- tables

Json table_to_json(const Table& t) {
    Json j;
    j["phase"] = to_string(t.phase);
    j["end_reason"] = to_string(t.end_reason);
    j["players"] = Json::array();
    for (const Player& p : t.players)
        j["players"].push_back({{"name", p.name}, {"present", p.present}});
    j["seating"] = t.seating;
    j["active"] = t.active;
    j["talker"] = t.talker;
    j["had_piece"] = t.had_piece;
    j["step"] = t.step;
    j["turn"] = t.turn;
    j["round"] = t.round;
    j["cards_played"] = t.cards_played;
    j["draw_pile"] = t.draw_pile;
    j["discard"] = t.discard;
    j["in_play"] = t.in_play;
    j["kept"] = Json::array();
    for (const KeptCard& k : t.kept)
        j["kept"].push_back({{"card", k.card}, {"player", k.player}});
    j["mission"] = t.mission;
    j["out_of_play"] = t.out_of_play;
    j["turn_card"] = t.turn_card;
    j["played"] = Json::array();
    for (const PlayedCard& p : t.played)
        j["played"].push_back({{"card", p.card}, {"player", p.player}, {"round", p.round}});
    j["written"] = Json::array();
    for (const Card& c : t.written)
        j["written"].push_back(card_to_json(c));
    j["written_by"] = t.written_by;
    j["timer"] = {{"kind", to_string(t.timer.kind)},
                  {"total_ms", t.timer.total_ms},
                  {"remaining_ms", t.timer.remaining_ms},
                  {"overtime_ms", t.timer.overtime_ms},
                  {"expired", t.timer.expired}};
    j["rng"] = std::to_string(t.rng.state);
    return j;
}

Table table_from_json(const Json& j, const std::string& w) {
    Table t;
    t.phase = enum_from<Phase>(j, "phase", w, 3);
    t.end_reason = enum_from<EndReason>(j, "end_reason", w, 6);
    const Json& players = array(j, "players", w);
    for (std::size_t i = 0; i < players.size(); ++i) {
        std::string at = item(w, "players", i);
        t.players.push_back({str(players[i], "name", at), boolean(players[i], "present", at)});
    }
    t.seating = ints(j, "seating", w);
    t.active = small(j, "active", w);
    t.talker = small(j, "talker", w);
    t.had_piece = ints(j, "had_piece", w);
    t.step = small(j, "step", w);
    t.turn = small(j, "turn", w);
    t.round = small(j, "round", w);
    t.cards_played = small(j, "cards_played", w);
    t.draw_pile = strings(j, "draw_pile", w);
    t.discard = strings(j, "discard", w);
    t.in_play = str(j, "in_play", w);
    const Json& kept = array(j, "kept", w);
    for (std::size_t i = 0; i < kept.size(); ++i) {
        std::string at = item(w, "kept", i);
        t.kept.push_back({str(kept[i], "card", at), small(kept[i], "player", at, 0)});
    }
    t.mission = str(j, "mission", w);
    t.out_of_play = strings(j, "out_of_play", w);
    t.turn_card = str(j, "turn_card", w);
    const Json& played = array(j, "played", w);
    for (std::size_t i = 0; i < played.size(); ++i) {
        std::string at = item(w, "played", i);
        t.played.push_back({str(played[i], "card", at), small(played[i], "player", at, 0),
                            small(played[i], "round", at, 0)});
    }
    const Json& written = array(j, "written", w);
    for (std::size_t i = 0; i < written.size(); ++i) {
        t.written.push_back(card_from_json(written[i], item(w, "written", i)));
    }
    t.written_by = ints(j, "written_by", w);
    const Json& timer = need(j, "timer", w);
    const std::string tw = path(w, "timer");
    t.timer.kind = enum_from<TimerKind>(timer, "kind", tw, 4);
    t.timer.total_ms = big(timer, "total_ms", tw);
    t.timer.remaining_ms = big(timer, "remaining_ms", tw);
    t.timer.overtime_ms = big(timer, "overtime_ms", tw);
    t.timer.expired = boolean(timer, "expired", tw);
    t.rng.state = seed_from(need(j, "rng", w), path(w, "rng"));
    return t;
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

// JSON forms of cards, a session's start and its table (every field of Table).
#include "game/session/detail/json_fields.hpp"
#include "game/session/detail/session_detail.hpp"
#include "game/session/session_json.hpp"

namespace hearth {
using namespace detail;

// ---------------------------------------------------------------- cards

namespace {

// A card written at the table or one of the user's own.
Json card_to_json(const Card& c) {
    Json j{{"id", c.id},     {"type", c.type}, {"title", c.title}, {"subtitle", c.subtitle},
           {"text", c.text}, {"tags", c.tags}};
    if (!c.scale.empty()) // only when given: older files stay as they were
        j["scale"] = c.scale;
    if (c.minutes > 0)
        j["minutes"] = c.minutes;
    return j;
}

Card card_from_json(const Json& j, const std::string& at) {
    Card c;
    c.id = str(j, "id", at, kMaxCardIdBytes);
    c.type = str(j, "type", at, kMaxCardIdBytes);
    c.title = str(j, "title", at, kMaxTitleBytes);
    c.subtitle = str(j, "subtitle", at, kMaxTitleBytes);
    c.text = str(j, "text", at, kMaxTextBytes);
    c.tags = strings(j, "tags", at);
    if (j.contains("scale"))
        c.scale = str(j, "scale", at, kMaxCardIdBytes);
    if (j.contains("minutes"))
        c.minutes = small(j, "minutes", at, 0);
    return c;
}

} // namespace

// ---------------------------------------------------------------- start

Json start_to_json(const SessionStart& s) {
    Json j{{"type", "start"}, {"version", s.rules}, {"seed", std::to_string(s.seed)},
           {"deck", s.deck},  {"format", s.format}, {"players", s.players},
           {"seen", s.seen}};
    if (!s.own.empty()) { // only when there are any: older logs stay as they were
        j["own"] = Json::array();
        for (const Card& c : s.own)
            j["own"].push_back(card_to_json(c));
    }
    if (!s.first.empty()) // likewise: only solo sessions name a first card
        j["first"] = s.first;
    return j;
}

SessionStart start_from_json(const Json& j, const std::string& where) {
    SessionStart s;
    // Logs and saves from before the rules had versions were played under 1.
    s.rules = j.contains("version") ? small(j, "version", where, 1) : 1;
    if (s.rules > kRulesVersion)
        throw JsonError(path(where, "version") + ": rules " + std::to_string(s.rules) +
                        " are newer than this Hearth's (" + std::to_string(kRulesVersion) + ")");
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
    if (j.contains("first"))
        s.first = str(j, "first", where);
    return s;
}

// ---------------------------------------------------------------- tables

namespace {

Json timer_to_json(const Timer& t) {
    return {{"kind", to_string(t.kind)},
            {"total_ms", t.total_ms},
            {"remaining_ms", t.remaining_ms},
            {"overtime_ms", t.overtime_ms},
            {"expired", t.expired}};
}

Timer timer_from_json(const Json& timer, const std::string& tw) {
    Timer t;
    t.kind = enum_from<TimerKind>(timer, "kind", tw, 5);
    t.total_ms = clock_ms(timer, "total_ms", tw);
    t.remaining_ms = clock_ms(timer, "remaining_ms", tw);
    t.overtime_ms = clock_ms(timer, "overtime_ms", tw);
    t.expired = boolean(timer, "expired", tw);
    return t;
}

} // namespace

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
    if (!t.offered.empty()) // only during a choose step: older saves stay as they were
        j["offered"] = t.offered;
    j["kept"] = Json::array();
    for (const KeptCard& k : t.kept)
        j["kept"].push_back({{"card", k.card}, {"player", k.player}});
    j["mission"] = t.mission;
    if (!t.opening.empty()) // only formats with an opening: older saves stay as they were
        j["opening"] = t.opening;
    j["out_of_play"] = t.out_of_play;
    j["turn_card"] = t.turn_card;
    j["played"] = Json::array();
    for (const PlayedCard& p : t.played)
        j["played"].push_back({{"card", p.card}, {"player", p.player}, {"round", p.round}});
    j["written"] = Json::array();
    for (const Card& c : t.written)
        j["written"].push_back(card_to_json(c));
    j["written_by"] = t.written_by;
    j["timer"] = timer_to_json(t.timer);
    if (t.total.kind != TimerKind::None) // only when running: older saves stay as they were
        j["discussion_timer"] = timer_to_json(t.total);
    j["rng"] = std::to_string(t.rng.state);
    return j;
}

Table table_from_json(const Json& j, const std::string& w) {
    Table t;
    t.phase = enum_from<Phase>(j, "phase", w, 5);
    t.end_reason = enum_from<EndReason>(j, "end_reason", w, 6);
    const Json& players = array(j, "players", w, kMaxPlayersEver);
    for (std::size_t i = 0; i < players.size(); ++i) {
        std::string at = item(w, "players", i);
        std::string name = str(players[i], "name", at, kMaxNameBytes);
        // The table only ever holds names cleaned as the table cleans them.
        if (name.empty() || clean_name(name) != name)
            throw JsonError(path(at, "name") +
                            ": empty, or holds control characters or outer spaces");
        t.players.push_back({std::move(name), boolean(players[i], "present", at)});
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
    if (j.contains("offered"))
        t.offered = strings(j, "offered", w);
    const Json& kept = array(j, "kept", w);
    for (std::size_t i = 0; i < kept.size(); ++i) {
        std::string at = item(w, "kept", i);
        t.kept.push_back({str(kept[i], "card", at), small(kept[i], "player", at, 0)});
    }
    t.mission = str(j, "mission", w);
    if (j.contains("opening"))
        t.opening = str(j, "opening", w);
    t.out_of_play = strings(j, "out_of_play", w);
    t.turn_card = str(j, "turn_card", w);
    const Json& played = array(j, "played", w);
    for (std::size_t i = 0; i < played.size(); ++i) {
        std::string at = item(w, "played", i);
        t.played.push_back({str(played[i], "card", at), small(played[i], "player", at, 0),
                            small(played[i], "round", at, 0)});
    }
    const Json& written = array(j, "written", w, kMaxWrittenCards);
    for (std::size_t i = 0; i < written.size(); ++i) {
        t.written.push_back(card_from_json(written[i], item(w, "written", i)));
    }
    t.written_by = ints(j, "written_by", w);
    t.timer = timer_from_json(need(j, "timer", w), path(w, "timer"));
    if (j.contains("discussion_timer"))
        t.total = timer_from_json(need(j, "discussion_timer", w), path(w, "discussion_timer"));
    t.rng.state = seed_from(need(j, "rng", w), path(w, "rng"));
    return t;
}

} // namespace hearth

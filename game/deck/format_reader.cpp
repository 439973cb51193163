// The loader's reading of [formats.ID]: players, the turn, timers, the end.
#include "game/deck/detail/format_reader.hpp"

#include "game/deck/deck_keys.hpp"

#include <algorithm>

namespace hearth::detail {
namespace {

using namespace deck_keys;

constexpr int kMaxPlayers = 12;
constexpr std::int64_t kMaxSeconds = 24 * 60 * 60;

void read_players(Reader& r, const toml::table& t, Format& f) {
    const toml::node* n = t.get("players");
    if (!n)
        return;
    const toml::array* a = n->as_array();
    if (!a || a->size() != 2 || !(*a)[0].is_integer() || !(*a)[1].is_integer()) {
        r.error(r.at(*n), "'players' must be [min, max], two whole numbers such as [2, 12]");
        return;
    }
    auto lo = (*a)[0].as_integer()->get(), hi = (*a)[1].as_integer()->get();
    if (lo < 1 || hi > kMaxPlayers) {
        r.error(r.at(*n), "impossible player range [" + std::to_string(lo) + ", " +
                              std::to_string(hi) + "]: a table seats 1 to " +
                              std::to_string(kMaxPlayers) + " players");
        return;
    }
    if (lo > hi) {
        r.error(r.at(*n), "impossible player range [" + std::to_string(lo) + ", " +
                              std::to_string(hi) + "]: the minimum is larger than the maximum");
        return;
    }
    f.min_players = static_cast<int>(lo);
    f.max_players = static_cast<int>(hi);
}

void read_turn(Reader& r, const toml::table& t, Format& f) {
    const toml::node* n = t.get("turn");
    if (!n)
        return;
    if (!n->is_array()) {
        r.error(r.at(*n),
                "'turn' must be an array such as [\"draw\", \"prompt\", \"discussion\"], not " +
                    type_name(n->type()));
        return;
    }
    std::vector<TurnKind> turn;
    bool ok = true;
    for (const toml::node& e : *n->as_array()) {
        auto k = r.choice(e, kTurnKinds, "turn kind");
        if (!k) {
            ok = false;
            continue;
        }
        if (std::find(turn.begin(), turn.end(), *k) != turn.end()) {
            r.error(r.at(e),
                    "turn kind '" + std::string(to_string(*k)) + "' appears twice in 'turn'");
            ok = false;
        }
        turn.push_back(*k);
    }
    if (ok && turn.empty())
        r.error(
            r.at(*n),
            "'turn' is empty; a turn needs at least one of \"draw\", \"prompt\", \"discussion\"");
    else if (ok && turn.front() != TurnKind::Draw)
        r.error(r.at(*n),
                "a turn must start with \"draw\": there is no card to prompt or discuss before it");
    if (ok && !turn.empty())
        f.turn = std::move(turn);
}

void read_timers(Reader& r, const toml::table& t, Format& f, const std::string& in) {
    const toml::node* n = r.get(t, "timers", toml::node_type::table, in, false);
    if (!n)
        return;
    const toml::table& timers = *n->as_table();
    std::string tin = "'timers' of " + in;
    r.check_keys(timers, kTimerKeys, tin);
    f.timers.prompt =
        static_cast<int>(r.integer(timers, "prompt", tin, 0, kMaxSeconds).value_or(0));
    f.timers.speaker =
        static_cast<int>(r.integer(timers, "speaker", tin, 0, kMaxSeconds).value_or(0));
    f.timers.discussion =
        static_cast<int>(r.integer(timers, "discussion", tin, 0, kMaxSeconds).value_or(0));
}

void read_end(Reader& r, const toml::table& t, Format& f, const std::string& in) {
    const toml::node* n = r.get(t, "end", toml::node_type::table, in, false);
    if (!n)
        return;
    const toml::table& end = *n->as_table();
    std::string ein = "'end' of " + in;
    r.check_keys(end, kEndKeys, ein);
    if (end.size() != 1) {
        r.error(r.at(*n),
                "'end' takes exactly one of rounds, cards or minutes, such as { rounds = 2 }");
        return;
    }
    auto [kind, limit] = end.cbegin()->first.str() == "rounds" ? std::pair{EndKind::Rounds, 100}
                         : end.cbegin()->first.str() == "cards"
                             ? std::pair{EndKind::Cards, 10000}
                             : std::pair{EndKind::Minutes, 24 * 60};
    std::string key(end.cbegin()->first.str());
    if (std::find(kEndKeys.begin(), kEndKeys.end(), key) == kEndKeys.end())
        return; // reported by check_keys
    if (auto v = r.integer(end, key, ein, 1, limit))
        f.end = {kind, static_cast<int>(*v)};
}

} // namespace

void read_formats(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::table* formats = named_tables(r, doc, "formats");
    if (!formats || formats->empty()) {
        // A deck without formats still plays: one format drawing every card.
        if (!doc.get("formats") || formats)
            r.warning(r.top(),
                      "the deck defines no [formats.ID]; it plays as 'Free play' with every card");
        Format f;
        f.id = "free";
        f.name = "Free play";
        for (const auto& t : deck.types)
            if (!t.blank)
                f.draw.push_back(t.id);
        deck.formats.push_back(std::move(f));
        FormatSources sources; // named, not a braced temporary: GCC 12 -Wmaybe-uninitialized
        sources.draw.resize(deck.formats.back().draw.size());
        src.formats.push_back(std::move(sources));
        return;
    }
    for_each_named(
        r, *formats, "formats", "format",
        [&](std::string id, const toml::table& t, const std::string& in) {
            r.check_keys(t, kFormatKeys, in);
            Format f;
            FormatSources fs;
            f.id = std::move(id);
            f.where = r.at(t);
            f.name = r.text(t, "name", in, true).value_or(f.id);
            f.description = r.string(t, "description", in).value_or("");
            read_players(r, t, f);
            f.draw = r.strings(t, "draw", in, true, &fs.draw).value_or(std::vector<std::string>{});
            if (t.get("draw") && t.get("draw")->is_array() && f.draw.empty() && fs.draw.empty())
                r.error(r.at(*t.get("draw")),
                        "'draw' is empty; name the card types the draw pile holds");
            read_turn(r, t, f);
            if (const toml::node* s = t.get("speaking"))
                f.speaking = r.choice(*s, kSpeaking, "speaking mode").value_or(Speaking::Round);
            if (const toml::node* m = t.get("mission"))
                f.mission = r.choice(*m, kMission, "mission rule").value_or(MissionRule::None);
            f.mission_type = r.text(t, "mission_type", in, false, &fs.mission_type).value_or("");
            if (const toml::node* w = t.get("when_empty"))
                f.when_empty =
                    r.choice(*w, kWhenEmpty, "'when_empty' rule").value_or(WhenEmpty::Reshuffle);
            read_timers(r, t, f, in);
            read_end(r, t, f, in);
            if (f.mission != MissionRule::None && f.mission_type.empty() && t.get("mission"))
                r.error(r.at(*t.get("mission")),
                        "format '" + f.id +
                            "' has a mission but no 'mission_type' naming the card type "
                            "missions come from");
            deck.formats.push_back(std::move(f));
            src.formats.push_back(std::move(fs));
        });
}

} // namespace hearth::detail

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

void read_turn(Reader& r, const toml::table& t, Format& f, FormatSources& fs) {
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
        if (*k == TurnKind::Do)
            fs.do_step = r.at(e);
        turn.push_back(*k);
    }
    const bool draws_and_chooses =
        std::find(turn.begin(), turn.end(), TurnKind::Draw) != turn.end() &&
        std::find(turn.begin(), turn.end(), TurnKind::Choose) != turn.end();
    if (ok && turn.empty())
        r.error(
            r.at(*n),
            "'turn' is empty; a turn needs at least one of \"draw\", \"prompt\", \"discussion\"");
    else if (ok && draws_and_chooses)
        r.error(r.at(*n), "a turn has \"draw\" or \"choose\", not both: each brings the turn's "
                          "card");
    else if (ok && turn.front() != TurnKind::Draw && turn.front() != TurnKind::Choose)
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

// `choose = { cards = 3, others = "under" }`: the choose step's cards (2 to
// 4) and where the ones not picked go.
void read_choose(Reader& r, const toml::table& t, Format& f, const std::string& in) {
    const toml::node* n = r.get(t, "choose", toml::node_type::table, in, false);
    const bool in_turn = std::find(f.turn.begin(), f.turn.end(), TurnKind::Choose) != f.turn.end();
    if (!n)
        return;
    const toml::table& choose = *n->as_table();
    std::string cin = "'choose' of " + in;
    r.check_keys(choose, kChooseKeys, cin);
    if (auto v = r.integer(choose, "cards", cin, 2, 4))
        f.choose.cards = static_cast<int>(*v);
    if (const toml::node* o = choose.get("others"))
        f.choose.others =
            r.choice(*o, kChooseOthers, "'others' rule").value_or(ChooseOthers::Under);
    if (!in_turn)
        r.error(r.at(*n),
                "format '" + f.id + "' has 'choose' but no \"choose\" step in its 'turn'");
}

// `opening = { card = "ID" }` or `{ draw = "TYPE" }`: the card the host
// reads aloud before the first turn (checked against the cards later).
void read_opening(Reader& r, const toml::table& t, Format& f, FormatSources& fs,
                  const std::string& in) {
    const toml::node* n = r.get(t, "opening", toml::node_type::table, in, false);
    if (!n)
        return;
    const toml::table& opening = *n->as_table();
    std::string oin = "'opening' of " + in;
    r.check_keys(opening, kOpeningKeys, oin);
    SourcePos card_at, draw_at;
    f.opening.card = r.text(opening, "card", oin, false, &card_at).value_or("");
    f.opening.type = r.text(opening, "draw", oin, false, &draw_at).value_or("");
    fs.opening = f.opening.card.empty() ? draw_at : card_at;
    if (!f.opening.card.empty() && !f.opening.type.empty()) {
        r.error(r.at(*n), oin + " names a card and a type to draw from; write one of "
                                "{ card = \"ID\" } or { draw = \"TYPE\" }");
        f.opening = {};
    } else if (!opening.get("card") && !opening.get("draw")) {
        r.error(r.at(*n), oin + " names no card; write { card = \"ID\" } or "
                                "{ draw = \"TYPE\" }, such as { draw = \"info\" }");
    }
}

// `closing = { round = true, speaker = 60 }`: a round before the summary,
// each seat in turn with that many seconds.
void read_closing(Reader& r, const toml::table& t, Format& f, const std::string& in) {
    const toml::node* n = r.get(t, "closing", toml::node_type::table, in, false);
    if (!n)
        return;
    const toml::table& closing = *n->as_table();
    std::string cin = "'closing' of " + in;
    r.check_keys(closing, kClosingKeys, cin);
    const std::optional<bool> round = r.boolean(closing, "round", cin);
    const auto speaker = r.integer(closing, "speaker", cin, kMinClosingSpeaker, kMaxClosingSpeaker);
    if (!closing.get("round"))
        r.error(r.at(*n), cin + " does not say how the session closes; write "
                                "{ round = true, speaker = 60 } for a round before the summary");
    f.closing.round = round.value_or(false);
    f.closing.speaker = f.closing.round ? static_cast<int>(speaker.value_or(0)) : 0;
}

// `end` names one or more of rounds, cards and minutes; the first reached
// ends the session after the current turn.
void read_end(Reader& r, const toml::table& t, Format& f, const std::string& in) {
    const toml::node* n = r.get(t, "end", toml::node_type::table, in, false);
    if (!n)
        return;
    const toml::table& end = *n->as_table();
    std::string ein = "'end' of " + in;
    r.check_keys(end, kEndKeys, ein);
    if (end.empty()) {
        r.error(r.at(*n), "'end' names none of rounds, cards or minutes; write one or more, "
                          "such as { rounds = 2, minutes = 60 }");
        return;
    }
    for (auto [key, node] : in_file_order(end)) {
        const std::string k(key->str());
        const EndKind kind = k == "rounds"  ? EndKind::Rounds
                             : k == "cards" ? EndKind::Cards
                                            : EndKind::Minutes;
        const int limit = kind == EndKind::Rounds ? 100 : kind == EndKind::Cards ? 10000 : 24 * 60;
        if (std::find(kEndKeys.begin(), kEndKeys.end(), k) == kEndKeys.end())
            continue; // reported by check_keys
        if (auto v = r.integer(end, k, ein, 1, limit))
            f.ends.push_back({kind, static_cast<int>(*v)});
    }
    if (!f.ends.empty())
        f.end = f.ends.front();
}

std::vector<std::string> filter_strings(Reader& r, const toml::table& t, std::string_view key,
                                        const std::string& in) {
    auto v = r.strings(t, key, in).value_or(std::vector<std::string>{});
    if (t.get(key) && t.get(key)->is_array() && v.empty() && t.get(key)->as_array()->empty())
        r.error(r.at(*t.get(key)), "'" + std::string(key) + "' of " + in + " is empty");
    return v;
}

// A `draw` entry written as a table: which cards it adds to the pile.
DrawFilter read_filter(Reader& r, const toml::table& t, const std::string& in, FilterSources& src) {
    r.check_keys(t, kFilterKeys, in);
    DrawFilter f;
    f.where = r.at(t);
    f.types = r.strings(t, "types", in, false, &src.types).value_or(std::vector<std::string>{});
    if (src.types.size() != f.types.size())
        src.types.clear();
    f.any_tags = filter_strings(r, t, "any_tags", in);
    f.all_tags = filter_strings(r, t, "all_tags", in);
    f.no_tags = filter_strings(r, t, "no_tags", in);
    for (std::string s : filter_strings(r, t, "scales", in)) {
        for (char& ch : s)
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch - 'A' + 'a');
        if (std::find(kScales.begin(), kScales.end(), s) == kScales.end())
            r.error(r.at(*t.get("scales")),
                    "unknown scale '" + s + "' in " + in +
                        "; expected \"self\", \"pair\", \"crew\", \"congregation\" or "
                        "\"network\"");
        f.scales.push_back(std::move(s));
    }
    f.min_minutes = static_cast<int>(r.integer(t, "min_minutes", in, 1, 24 * 60).value_or(0));
    f.max_minutes = static_cast<int>(r.integer(t, "max_minutes", in, 1, 24 * 60).value_or(0));
    f.count = static_cast<int>(r.integer(t, "count", in, 1, 10000).value_or(0));
    if (f.min_minutes > 0 && f.max_minutes > 0 && f.min_minutes > f.max_minutes)
        r.error(f.where, "impossible minutes in " + in + ": 'min_minutes' " +
                             std::to_string(f.min_minutes) + " is more than 'max_minutes' " +
                             std::to_string(f.max_minutes));
    return f;
}

// `draw`: card type ids (strings) and filters (tables), in any mix.
void read_draw(Reader& r, const toml::table& t, Format& f, FormatSources& fs,
               const std::string& in) {
    const toml::node* n = r.get(t, "draw", toml::node_type::array, in, true);
    if (!n)
        return;
    int index = 0;
    for (const toml::node& e : *n->as_array()) {
        ++index;
        if (e.is_string()) {
            f.draw.push_back(e.as_string()->get());
            fs.draw.push_back(r.at(e));
        } else if (e.is_table()) {
            FilterSources src;
            f.filters.push_back(read_filter(
                r, *e.as_table(), "draw filter " + std::to_string(index) + " of " + in, src));
            fs.filters.push_back(std::move(src));
        } else {
            r.error(r.at(e), "'draw' must hold card type names or filter tables such as "
                             "{ types = [\"activity\"], max_minutes = 15 }, not " +
                                 type_name(e.type()));
        }
    }
    if (n->as_array()->empty())
        r.error(r.at(*n), "'draw' is empty; name the card types the draw pile holds");
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
            read_draw(r, t, f, fs, in);
            read_turn(r, t, f, fs);
            read_choose(r, t, f, in);
            read_opening(r, t, f, fs, in);
            read_closing(r, t, f, in);
            for (const char* key : {"opening", "closing"})
                if (f.max_players == 1 && t.get(key))
                    r.error(r.at(*t.get(key)), "format '" + f.id +
                                                   "' is for one person (players = [1, 1]); '" +
                                                   key + "' is for a table");
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
            if (const toml::node* a = t.get("advance"))
                f.advance = r.choice(*a, kAdvance, "'advance' rule").value_or(Advance::Host);
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

// First pass of the loader: every table and key of deck.toml, checked for
// shape, type and value, turned into the Deck model.
//
//   Reader        typed access to keys, with a diagnostic for each misuse
//   read_info     [deck]
//   read_types    [types.ID]
//   read_cards    [[cards]]
//   read_formats  [formats.ID]
//   read_deck     the document
#include "game/deck/deck_reader.hpp"

#include "game/base/suggest.hpp"
#include "game/deck/deck_keys.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace hearth::detail {
namespace {

using namespace deck_keys;

using namespace std::string_literals;

std::string type_name(toml::node_type t) {
    switch (t) {
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number with a fraction";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    default:
        return "nothing";
    }
}

bool is_identifier(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

// Typed access to one table's keys. Each misuse becomes one diagnostic at the
// offending key or value; the caller gets nullopt and carries on.
class Reader {
public:
    Reader(const std::string& file, Diagnostics& diags) : file_(file), diags_(diags) {}

    SourcePos at(const toml::source_region& r) const {
        return {file_, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
    }
    SourcePos at(const toml::node& n) const { return at(n.source()); }
    SourcePos at(const toml::key& k) const { return at(k.source()); }

    void error(SourcePos where, std::string message) {
        diags_.error(std::move(where), std::move(message));
    }
    void warning(SourcePos where, std::string message) {
        diags_.warning(std::move(where), std::move(message));
    }

    // One diagnostic for each key of `t` not in `allowed`.
    void check_keys(const toml::table& t, std::span<const std::string_view> allowed,
                    const std::string& in) {
        for (auto&& [k, v] : t) {
            std::string_view name = k.str();
            if (std::find(allowed.begin(), allowed.end(), name) != allowed.end())
                continue;
            error(at(k),
                  "unknown key '" + std::string(name) + "' in " + in + did_you_mean(name, allowed));
        }
    }

    // The node at `key`, checked to be of type `want`; nullopt-like nullptr
    // when absent (reported if `required`) or of another type (reported).
    const toml::node* get(const toml::table& t, std::string_view key, toml::node_type want,
                          const std::string& in, bool required) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required)
                error(at(t), "missing required key '" + std::string(key) + "' in " + in);
            return nullptr;
        }
        if (n->type() != want) {
            error(at(*n), "'" + std::string(key) + "' must be " + type_name(want) + ", not " +
                              type_name(n->type()));
            return nullptr;
        }
        return n;
    }

    std::optional<std::string> string(const toml::table& t, std::string_view key,
                                      const std::string& in, bool required = false,
                                      SourcePos* where = nullptr) {
        const toml::node* n = get(t, key, toml::node_type::string, in, required);
        if (!n)
            return std::nullopt;
        if (where)
            *where = at(*n);
        return n->as_string()->get();
    }

    // A string that must not be empty when given.
    std::optional<std::string> text(const toml::table& t, std::string_view key,
                                    const std::string& in, bool required = false,
                                    SourcePos* where = nullptr) {
        auto s = string(t, key, in, required, where);
        if (s && s->find_first_not_of(" \t\r\n") == std::string::npos) {
            error(at(*t.get(key)), "'" + std::string(key) + "' is empty");
            return std::nullopt;
        }
        return s;
    }

    std::optional<std::int64_t> integer(const toml::table& t, std::string_view key,
                                        const std::string& in, std::int64_t lo, std::int64_t hi) {
        const toml::node* n = get(t, key, toml::node_type::integer, in, false);
        if (!n)
            return std::nullopt;
        std::int64_t v = n->as_integer()->get();
        if (v < lo || v > hi) {
            error(at(*n), "'" + std::string(key) + "' must be between " + std::to_string(lo) +
                              " and " + std::to_string(hi) + ", not " + std::to_string(v));
            return std::nullopt;
        }
        return v;
    }

    std::optional<bool> boolean(const toml::table& t, std::string_view key, const std::string& in) {
        const toml::node* n = get(t, key, toml::node_type::boolean, in, false);
        if (!n)
            return std::nullopt;
        return n->as_boolean()->get();
    }

    // An array of strings; the positions of the elements go to `where`.
    std::optional<std::vector<std::string>> strings(const toml::table& t, std::string_view key,
                                                    const std::string& in, bool required = false,
                                                    std::vector<SourcePos>* where = nullptr) {
        const toml::node* n = get(t, key, toml::node_type::array, in, required);
        if (!n)
            return std::nullopt;
        std::vector<std::string> out;
        bool ok = true;
        for (const toml::node& e : *n->as_array()) {
            if (!e.is_string()) {
                error(at(e),
                      "'" + std::string(key) + "' must hold strings, not " + type_name(e.type()));
                ok = false;
                continue;
            }
            out.push_back(e.as_string()->get());
            if (where)
                where->push_back(at(e));
        }
        if (!ok)
            return std::nullopt;
        return out;
    }

    // A colour key, "#rrggbb".
    std::optional<Color> color(const toml::table& t, std::string_view key, const std::string& in,
                               bool required) {
        SourcePos where;
        auto s = string(t, key, in, required, &where);
        if (!s)
            return std::nullopt;
        auto c = parse_color(*s);
        if (!c)
            error(where, "bad colour '" + *s + "' for '" + std::string(key) +
                             "': write it as \"#rrggbb\"");
        return c;
    }

    // A string that must be one of `choices`.
    template <typename E, std::size_t N>
    std::optional<E> choice(const toml::node& n,
                            const std::array<std::pair<std::string_view, E>, N>& choices,
                            std::string_view what) {
        if (!n.is_string()) {
            error(at(n), std::string(what) + " must be a string, not " + type_name(n.type()));
            return std::nullopt;
        }
        const std::string& s = n.as_string()->get();
        std::vector<std::string_view> names;
        for (auto& [name, value] : choices) {
            if (name == s)
                return value;
            names.push_back(name);
        }
        std::string list;
        for (std::size_t i = 0; i < names.size(); ++i)
            list += (i == 0                  ? ""
                     : i + 1 == names.size() ? " or "
                                             : ", ") +
                    ("\""s + std::string(names[i]) + "\"");
        error(at(n), "unknown " + std::string(what) + " '" + s + "'; expected " + list +
                         did_you_mean(s, names));
        return std::nullopt;
    }

private:
    const std::string& file_;
    Diagnostics& diags_;
};

constexpr int kMaxPlayers = 12;
constexpr std::int64_t kMaxSeconds = 24 * 60 * 60;

// The entries of `t` in the order they are written in the file; toml++
// keeps tables sorted by key, but the order of types and formats matters.
std::vector<std::pair<const toml::key*, const toml::node*>> in_file_order(const toml::table& t) {
    std::vector<std::pair<const toml::key*, const toml::node*>> out;
    for (auto&& [k, v] : t)
        out.emplace_back(&k, &v);
    auto pos = [](const toml::key* k) {
        return std::pair(k->source().begin.line, k->source().begin.column);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const auto& a, const auto& b) { return pos(a.first) < pos(b.first); });
    return out;
}

// A table that keys a set of named items ([types.ID], [formats.ID]).
const toml::table* named_tables(Reader& r, const toml::table& doc, std::string_view key) {
    const toml::node* n = doc.get(key);
    if (!n)
        return nullptr;
    if (!n->is_table()) {
        r.error(r.at(*n), "'" + std::string(key) + "' must be a table of named tables, like [" +
                              std::string(key) + ".example]");
        return nullptr;
    }
    return n->as_table();
}

void check_id(Reader& r, const toml::key& k, std::string_view what) {
    if (!is_identifier(k.str()))
        r.error(r.at(k), std::string(what) + " id '" + std::string(k.str()) +
                             "' may only use letters, digits, '-' and '_'");
}

void read_info(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::node* n = doc.get("deck");
    if (!n) {
        r.error(SourcePos{r.at(doc).file, 1, 1},
                "missing [deck] table with the deck's id and name");
        return;
    }
    if (!n->is_table()) {
        r.error(r.at(*n), "'deck' must be a table: write it as [deck]");
        return;
    }
    const toml::table& t = *n->as_table();
    const std::string in = "[deck]";
    r.check_keys(t, kDeckKeys, in);
    SourcePos id_at;
    if (auto id = r.text(t, "id", in, true, &id_at)) {
        if (!is_identifier(*id))
            r.error(id_at, "deck id '" + *id + "' may only use letters, digits, '-' and '_'");
        deck.info.id = *id;
    }
    deck.info.name = r.text(t, "name", in, true).value_or("");
    deck.info.version = r.string(t, "version", in).value_or("");
    deck.info.language = r.string(t, "language", in).value_or("");
    deck.info.license = r.string(t, "license", in).value_or("");
    deck.info.credits = r.string(t, "credits", in).value_or("");
    deck.info.description = r.string(t, "description", in).value_or("");
    deck.info.back = r.text(t, "back", in, false, &src.back).value_or("");
}

void read_types(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::table* types = named_tables(r, doc, "types");
    if (!types || types->empty()) {
        r.error(SourcePos{r.at(doc).file, 1, 1},
                "the deck defines no card types; add a [types.ID] table");
        return;
    }
    for (auto [key, node] : in_file_order(*types)) {
        const toml::key& k = *key;
        const toml::node& v = *node;
        std::string in = "[types." + std::string(k.str()) + "]";
        if (!v.is_table()) {
            r.error(r.at(v),
                    "type '" + std::string(k.str()) + "' must be a table: write it as " + in);
            continue;
        }
        check_id(r, k, "type");
        const toml::table& t = *v.as_table();
        r.check_keys(t, kTypeKeys, in);
        CardType type;
        TypeSources ts;
        type.id = std::string(k.str());
        type.where = r.at(t);
        type.name = r.text(t, "name", in, true).value_or(type.id);
        type.color = r.color(t, "color", in, true).value_or(Color{255, 255, 255, 255});
        if (auto ink = r.color(t, "ink", in, false))
            type.ink = *ink;
        type.art = r.text(t, "art", in, false, &ts.art).value_or("");
        type.back = r.text(t, "back", in, false, &ts.back).value_or("");
        type.description = r.string(t, "description", in).value_or("");
        type.reflective = r.boolean(t, "reflective", in).value_or(false);
        type.blank = r.boolean(t, "blank", in).value_or(false);
        if (t.get("color") && contrast_ratio(type.color, type.ink) < 3.0)
            r.warning(r.at(*t.get("color")),
                      "text on type '" + type.id +
                          "' is hard to read: its ink and colour have contrast " +
                          std::to_string(contrast_ratio(type.color, type.ink)).substr(0, 4) +
                          ":1, aim for at least 4.5:1");
        deck.types.push_back(std::move(type));
        src.types.push_back(std::move(ts));
    }
}

void read_cards(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::node* n = doc.get("cards");
    if (!n) {
        r.error(SourcePos{r.at(doc).file, 1, 1},
                "the deck has no cards; add them as [[cards]] tables");
        return;
    }
    if (!n->is_array()) {
        r.error(r.at(*n), "'cards' must be an array of tables: write each card under [[cards]]");
        return;
    }
    int next_number = 1;
    int index = 0;
    for (const toml::node& e : *n->as_array()) {
        ++index;
        if (!e.is_table()) {
            r.error(r.at(e), "each card must be a table, not " + type_name(e.type()));
            continue;
        }
        const toml::table& t = *e.as_table();
        Card card;
        CardSources cs;
        card.where = r.at(t);
        std::string in = "card " + std::to_string(index);
        if (auto id = r.text(t, "id", in, true, &cs.id)) {
            card.id = *id;
            in = "card '" + card.id + "'";
            if (!is_identifier(card.id))
                r.error(cs.id,
                        "card id '" + card.id + "' may only use letters, digits, '-' and '_'");
        }
        r.check_keys(t, kCardKeys, in);
        card.type = r.text(t, "type", in, true, &cs.type).value_or("");
        card.title = r.text(t, "title", in, true).value_or("");
        card.subtitle = r.string(t, "subtitle", in).value_or("");
        card.text = r.string(t, "text", in, false, &cs.text).value_or("");
        card.art = r.text(t, "art", in, false, &cs.art).value_or("");
        card.see = r.strings(t, "see", in, false, &cs.see).value_or(std::vector<std::string>{});
        card.tags = r.strings(t, "tags", in).value_or(std::vector<std::string>{});
        if (cs.see.size() != card.see.size())
            cs.see.clear();
        if (const toml::node* num = t.get("number"))
            cs.number = r.at(*num);
        if (auto number = r.integer(t, "number", in, 1, 99999)) {
            card.number = static_cast<int>(*number);
            card.number_given = true;
        } else {
            card.number = next_number;
        }
        next_number = card.number + 1;
        deck.cards.push_back(std::move(card));
        src.cards.push_back(std::move(cs));
    }
    if (deck.cards.empty())
        r.error(r.at(*n), "the deck has no cards; add them as [[cards]] tables");
}

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

void read_formats(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::table* formats = named_tables(r, doc, "formats");
    if (!formats || formats->empty()) {
        // A deck without formats still plays: one format drawing every card.
        if (!doc.get("formats") || formats)
            r.warning(SourcePos{r.at(doc).file, 1, 1},
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
    for (auto [key, node] : in_file_order(*formats)) {
        const toml::key& k = *key;
        const toml::node& v = *node;
        std::string in = "[formats." + std::string(k.str()) + "]";
        if (!v.is_table()) {
            r.error(r.at(v),
                    "format '" + std::string(k.str()) + "' must be a table: write it as " + in);
            continue;
        }
        check_id(r, k, "format");
        const toml::table& t = *v.as_table();
        r.check_keys(t, kFormatKeys, in);
        Format f;
        FormatSources fs;
        f.id = std::string(k.str());
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
    }
}

} // namespace

void read_deck(const toml::table& doc, const std::string& file, Deck& deck, DeckSources& sources,
               Diagnostics& diags) {
    Reader r(file, diags);
    r.check_keys(doc, kTopKeys, "the deck file");
    read_info(r, doc, deck, sources);
    read_types(r, doc, deck, sources);
    read_cards(r, doc, deck, sources);
    read_formats(r, doc, deck, sources);
}

void read_extra_cards(const toml::table& doc, const std::string& file, Deck& deck,
                      DeckSources& sources, Diagnostics& diags) {
    static constexpr std::array<std::string_view, 1> kOwnKeys{"cards"};
    Reader r(file, diags);
    r.check_keys(doc, kOwnKeys, "a file of cards");
    if (doc.get("cards"))
        read_cards(r, doc, deck, sources);
}

} // namespace hearth::detail

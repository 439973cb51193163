// Preferences. Sections: reading, editing in place (the file: preferences_file.cpp).
#include "engine/preferences.hpp"

#include "engine/render/asset_paths.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/suggest.hpp"
#include "game/base/user_folders.hpp"
// The deck loader's TOML parsing, so a syntax error in this file reads as
// one in a deck file does (same checks, same words).
#include "game/deck/detail/deck_reader.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>

namespace hearth {
namespace {

constexpr std::string_view kGroup = "last_group";
constexpr std::array<std::string_view, 10> kTopKeys = {
    "text_size", "full_screen", "sound",          "read_aloud", "read_aloud_verbosity",
    "theme",     "font",        "reduced_motion", kGroup,       "language"};
constexpr std::array<std::string_view, 2> kGroupKeys = {"players", "format"};
constexpr std::size_t kMaxPlayers = 12;
constexpr std::size_t kMaxNameBytes = 40;

// ---------------------------------------------------------------- reading

SourcePos at(const std::string& shown, const toml::source_region& r) {
    return {shown, int(r.begin.line), int(r.begin.column)};
}

std::string type_of(const toml::node& n) {
    switch (n.type()) {
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
        return "true or false";
    default:
        return "a date or time";
    }
}

template <std::size_t N>
void check_keys(const toml::table& t, const std::array<std::string_view, N>& known,
                const std::string& shown, const std::string& in, Diagnostics& diags) {
    for (auto&& [k, v] : t) {
        (void)v;
        if (std::find(known.begin(), known.end(), k.str()) == known.end())
            diags.warning(at(shown, k.source()), "unknown key '" + std::string(k.str()) + "' in " +
                                                     in + did_you_mean(k.str(), known) +
                                                     "; Hearth leaves it as it is");
    }
}

void read_bool(const toml::table& t, std::string_view key, bool& out, const std::string& shown,
               Diagnostics& diags) {
    const toml::node* n = t.get(key);
    if (!n)
        return;
    if (const auto* b = n->as_boolean())
        out = b->get();
    else
        diags.error(at(shown, n->source()),
                    std::string(key) + " must be true or false, not " + type_of(*n));
}

template <std::size_t N>
void read_word(const toml::table& t, std::string_view key, const std::string_view (&known)[N],
               std::string& out, const std::string& shown, Diagnostics& diags) {
    const toml::node* n = t.get(key);
    if (!n)
        return;
    // Appended piece by piece: GCC 12 warns (-Wrestrict) on "x" + std::string.
    std::string message(key);
    message.append(" must be ");
    for (std::size_t i = 0; i < N; ++i)
        message.append(i == 0       ? ""
                       : i + 1 == N ? " or "
                                    : ", ")
            .append("\"")
            .append(known[i])
            .append("\"");
    message.append(", not ");
    const auto* s = n->as_string();
    if (s && std::find(std::begin(known), std::end(known), s->get()) != std::end(known))
        out = s->get();
    else if (s)
        diags.error(at(shown, n->source()), message.append("\"").append(s->get()).append("\""));
    else
        diags.error(at(shown, n->source()), message.append(type_of(*n)));
}

void read_group(const toml::table& g, const std::string& shown, Preferences& p,
                Diagnostics& diags) {
    check_keys(g, kGroupKeys, shown, "[last_group]", diags);
    if (const toml::node* n = g.get("players")) {
        const toml::array* a = n->as_array();
        std::vector<std::string> names;
        bool ok = a != nullptr;
        if (!a)
            diags.error(at(shown, n->source()),
                        "players must be an array of names, not " + type_of(*n));
        else if (a->empty() || a->size() > kMaxPlayers) {
            diags.error(at(shown, n->source()),
                        "players must name 1 to 12 players, not " + std::to_string(a->size()));
            ok = false;
        } else
            for (const toml::node& e : *a) {
                const auto* s = e.as_string();
                if (!s || s->get().empty() || s->get().size() > kMaxNameBytes) {
                    diags.error(at(shown, e.source()),
                                s ? "a player's name must be 1 to 40 bytes long"
                                  : "a player's name must be a string, not " + type_of(e));
                    ok = false;
                    break;
                }
                names.push_back(s->get());
            }
        if (ok)
            p.players = std::move(names);
    }
    if (const toml::node* n = g.get("format")) {
        if (const auto* s = n->as_string())
            p.format = s->get();
        else
            diags.error(at(shown, n->source()),
                        "format must be a string (a format's id), not " + type_of(*n));
    }
}

// ---------------------------------------------------------------- editing in place

// The byte offset of 1-based `line` and code-point `column` in `text`.
std::size_t offset_of(std::string_view text, std::size_t line, std::size_t column) {
    std::size_t i = 0;
    for (std::size_t l = 1; l < line && i < text.size(); ++i)
        if (text[i] == '\n')
            ++l;
    for (std::size_t c = 1; c < column && i < text.size() && text[i] != '\n'; ++c) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            ++i;
    }
    return i;
}

// The offset just after the line holding `offset`.
std::size_t after_line(std::string_view text, std::size_t offset) {
    std::size_t nl = text.find('\n', offset);
    return nl == std::string_view::npos ? text.size() : nl + 1;
}

std::string toml_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string value_text(const Preferences& p, Setting s) {
    switch (s) {
    case Setting::TextSize:
        return std::to_string(p.text_size);
    case Setting::FullScreen:
        return p.full_screen ? "true" : "false";
    case Setting::Sound:
        return p.sound ? "true" : "false";
    case Setting::Players: {
        std::string out = "[";
        for (std::size_t i = 0; i < p.players.size(); ++i)
            out += (i ? ", " : "") + toml_string(p.players[i]);
        return out + "]";
    }
    case Setting::Format:
        return toml_string(p.format);
    case Setting::ReadAloud:
        return p.read_aloud ? "true" : "false";
    case Setting::ReadAloudVerbosity:
        return toml_string(p.read_aloud_verbosity);
    case Setting::Theme:
        return toml_string(p.theme);
    case Setting::Font:
        return toml_string(p.font);
    case Setting::ReducedMotion:
        return p.reduced_motion.value_or(false) ? "true" : "false";
    }
    return {};
}

std::string_view key_of(Setting s) {
    switch (s) {
    case Setting::TextSize:
        return "text_size";
    case Setting::FullScreen:
        return "full_screen";
    case Setting::Sound:
        return "sound";
    case Setting::Players:
        return "players";
    case Setting::Format:
        return "format";
    case Setting::ReadAloud:
        return "read_aloud";
    case Setting::ReadAloudVerbosity:
        return "read_aloud_verbosity";
    case Setting::Theme:
        return "theme";
    case Setting::Font:
        return "font";
    case Setting::ReducedMotion:
        return "reduced_motion";
    }
    return {};
}

bool in_group(Setting s) {
    return s == Setting::Players || s == Setting::Format;
}

// One setting written into `text` (which parses as `doc`).
std::string edit_one(std::string_view text, const toml::table& doc, const Preferences& p,
                     Setting s) {
    const std::string key(key_of(s));
    const std::string value = value_text(p, s);
    std::string out(text);
    const toml::table* group = nullptr;
    if (in_group(s)) {
        group = doc.get_as<toml::table>(kGroup);
        if (const toml::node* wrong = doc.get(kGroup); wrong && !group) {
            // last_group = 5: the wrong value gives way to a table with the setting.
            const toml::source_region& r = wrong->source();
            std::size_t b = offset_of(text, r.begin.line, r.begin.column);
            std::size_t e = offset_of(text, r.end.line, r.end.column);
            return out.replace(b, e - b, "{ " + key + " = " + value + " }");
        }
        if (!group) { // no [last_group] yet
            if (!out.empty() && out.back() != '\n')
                out += '\n';
            return out + "\n[last_group]\n" + key + " = " + value + "\n";
        }
    }
    const toml::table& where = group ? *group : doc;
    if (const toml::node* n = where.get(key)) { // replace the value, whatever it was
        const toml::source_region& r = n->source();
        std::size_t b = offset_of(text, r.begin.line, r.begin.column);
        std::size_t e = offset_of(text, r.end.line, r.end.column);
        return out.replace(b, e - b, value);
    }
    const std::string line = key + " = " + value + "\n";
    if (group) {
        if (group->is_inline()) { // last_group = { ... }: a key inside the braces
            const toml::source_region& r = group->source();
            std::size_t e = offset_of(text, r.end.line, r.end.column);
            std::size_t close = text.rfind('}', e);
            if (close == std::string_view::npos)
                return out;
            return out.insert(close, (group->empty() ? " " : ", ") + key + " = " + value + " ");
        }
        // After the line of the group's last value, or of its header.
        std::size_t pos = offset_of(text, group->source().begin.line, 1);
        pos = after_line(text, pos);
        for (auto&& [k, v] : *group) {
            (void)k;
            const toml::source_region& r = v.source();
            pos = std::max(pos, after_line(text, offset_of(text, r.end.line, r.end.column)));
        }
        if (pos == out.size() && !out.empty() && out.back() != '\n')
            out += '\n', ++pos;
        return out.insert(pos, line);
    }
    // A top-level key goes before the first [table] header, else at the end.
    std::size_t first_table = std::string_view::npos;
    for (auto&& [k, v] : doc) {
        (void)k;
        if (const toml::table* t = v.as_table(); t && !t->is_inline())
            first_table = std::min(first_table, offset_of(text, t->source().begin.line, 1));
    }
    if (first_table != std::string_view::npos)
        return out.insert(first_table, line);
    if (!out.empty() && out.back() != '\n')
        out += '\n';
    return out + line;
}

std::optional<toml::table> parse(std::string_view text, const std::string& shown,
                                 Diagnostics& diags) {
    return detail::parse_toml(text, shown, "the preferences file", diags);
}

} // namespace

PreferencesRead read_preferences(std::string_view text, const std::string& shown) {
    PreferencesRead out;
    Diagnostics diags;
    std::optional<toml::table> doc = parse(text, shown, diags);
    if (!doc) {
        out.parsed = false;
        out.problems = diags.all();
        return out;
    }
    Preferences& p = out.values;
    check_keys(*doc, kTopKeys, shown, "the preferences", diags);
    if (const toml::node* n = doc->get("text_size")) {
        const auto* i = n->as_integer();
        if (i && i->get() >= kTextSizeMin && i->get() <= kTextSizeMax)
            p.text_size = int(i->get());
        else
            diags.error(at(shown, n->source()),
                        "text_size must be a whole number from 70 to 160 (percent), not " +
                            (i ? std::to_string(i->get()) : type_of(*n)));
    }
    read_bool(*doc, "full_screen", p.full_screen, shown, diags);
    read_bool(*doc, "sound", p.sound, shown, diags);
    read_bool(*doc, "read_aloud", p.read_aloud, shown, diags);
    read_word(*doc, "read_aloud_verbosity", kVerbosities, p.read_aloud_verbosity, shown, diags);
    read_word(*doc, "theme", kThemes, p.theme, shown, diags);
    read_word(*doc, "font", kFonts, p.font, shown, diags);
    if (doc->get("reduced_motion")) {
        bool reduced = false;
        std::size_t before = diags.all().size();
        read_bool(*doc, "reduced_motion", reduced, shown, diags);
        if (diags.all().size() == before)
            p.reduced_motion = reduced;
    }
    if (const toml::node* n = doc->get("language")) {
        if (const auto* s = n->as_string())
            p.language = s->get();
        else
            diags.error(at(shown, n->source()),
                        "language must be a string (\"de\", \"fr\", \"es\", \"en\"), not " +
                            type_of(*n));
    }
    if (const toml::node* n = doc->get(kGroup)) {
        if (const toml::table* g = n->as_table())
            read_group(*g, shown, p, diags);
        else
            diags.error(at(shown, n->source()),
                        "last_group must be a table ([last_group]), not " + type_of(*n));
    }
    diags.sort();
    out.problems = diags.all();
    return out;
}

std::optional<std::string> edit_preferences(std::string_view text, const Preferences& p,
                                            const std::vector<Setting>& settings) {
    std::string out(text);
    for (Setting s : settings) {
        Diagnostics ignored;
        std::optional<toml::table> doc = parse(out, "preferences", ignored);
        if (!doc)
            return std::nullopt;
        out = edit_one(out, *doc, p, s);
    }
    return out;
}

} // namespace hearth

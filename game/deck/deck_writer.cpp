#include "game/deck/deck_writer.hpp"

#include "game/deck/deck_keys.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace hearth {
namespace {

void escape_into(std::string& out, std::string_view s, bool multiline) {
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += multiline ? "\n" : "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + toml_quote(items[i]);
    return out + "]";
}

// Writes `key = value` when the value is not empty.
void put(std::ostringstream& out, std::string_view key, const std::string& value) {
    if (!value.empty())
        out << key << " = " << toml_quote(value) << "\n";
}

// `draw`: the type names, then the filters as inline tables.
std::string draw_list(const Format& f) {
    std::string out = list(f.draw);
    out.pop_back();
    for (const DrawFilter& d : f.filters) {
        std::string parts;
        auto strings = [&](std::string_view key, const std::vector<std::string>& v) {
            if (!v.empty())
                parts += (parts.empty() ? "" : ", ") + std::string(key) + " = " + list(v);
        };
        auto number = [&](std::string_view key, int v) {
            if (v > 0)
                parts += (parts.empty() ? "" : ", ") + std::string(key) + " = " + std::to_string(v);
        };
        strings("types", d.types);
        strings("any_tags", d.any_tags);
        strings("all_tags", d.all_tags);
        strings("no_tags", d.no_tags);
        strings("scales", d.scales);
        number("min_minutes", d.min_minutes);
        number("max_minutes", d.max_minutes);
        number("count", d.count);
        out += (out.size() > 1 ? ", { " : "{ ") + parts + " }";
    }
    return out + "]";
}

std::string table_key(const std::string& id) {
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return toml_quote(id);
    return id;
}

} // namespace

std::string toml_quote(std::string_view s) {
    std::string out;
    bool multiline = s.find('\n') != std::string_view::npos;
    out += multiline ? "\"\"\"\n" : "\"";
    escape_into(out, s, multiline);
    out += multiline ? "\"\"\"" : "\"";
    return out;
}

// `layout = { ... }` with the keys set, or nothing when none is.
void put_layout(std::ostringstream& out, const FaceLayout& l) {
    std::ostringstream keys;
    const char* sep = "";
    if (l.art) {
        keys << sep << "art = " << toml_quote(std::string(to_string(*l.art)));
        sep = ", ";
    }
    if (l.align) {
        keys << sep << "text_align = " << toml_quote(std::string(to_string(*l.align)));
        sep = ", ";
    }
    if (l.text_pt_max > 0) {
        keys << sep << "text_size = ";
        if (l.text_pt_min == l.text_pt_max)
            keys << l.text_pt_max;
        else
            keys << "[" << l.text_pt_min << ", " << l.text_pt_max << "]";
    }
    if (!keys.str().empty())
        out << "layout = { " << keys.str() << " }\n";
}

std::string card_toml(const Card& c, std::optional<int> expected_number) {
    std::ostringstream out;
    out << "\n[[cards]]\n";
    put(out, "id", c.id);
    put(out, "type", c.type);
    put(out, "title", c.title);
    if (!c.subtitle_made)
        put(out, "subtitle", c.subtitle);
    put(out, "text", c.text);
    put(out, "art", c.art);
    if (!c.see.empty())
        out << "see = " << list(c.see) << "\n";
    if (!c.tags.empty())
        out << "tags = " << list(c.tags) << "\n";
    if (expected_number && c.number != *expected_number)
        out << "number = " << c.number << "\n";
    put(out, "scale", c.scale);
    if (c.minutes > 0)
        out << "minutes = " << c.minutes << "\n";
    put_layout(out, c.layout);
    put(out, "back", c.back);
    put(out, "back_title", c.back_title);
    put(out, "back_text", c.back_text);
    return out.str();
}

std::string write_deck(const Deck& deck) {
    std::ostringstream out;
    const DeckInfo& i = deck.info;
    out << "[deck]\n";
    put(out, "id", i.id);
    put(out, "name", i.name);
    put(out, "version", i.version);
    put(out, "language", i.language);
    put(out, "license", i.license);
    put(out, "credits", i.credits);
    put(out, "description", i.description);
    put(out, "back", i.back);
    if (i.fonts.any() || !i.fonts.license.empty()) {
        out << "fonts = { ";
        const char* sep = "";
        for (std::size_t k = 0; k < i.fonts.names.size(); ++k)
            if (!i.fonts.names[k].empty()) {
                out << sep << deck_keys::kFontFaces[k] << " = " << toml_quote(i.fonts.names[k]);
                sep = ", ";
            }
        if (!i.fonts.license.empty())
            out << sep << "license = " << toml_quote(i.fonts.license);
        out << " }\n";
    }

    const CardType defaults;
    for (const CardType& t : deck.types) {
        out << "\n[types." << table_key(t.id) << "]\n";
        put(out, "name", t.name);
        out << "color = " << toml_quote(format_color(t.color)) << "\n";
        if (t.ink != defaults.ink)
            out << "ink = " << toml_quote(format_color(t.ink)) << "\n";
        put(out, "art", t.art);
        put(out, "back", t.back);
        put(out, "description", t.description);
        if (t.reflective)
            out << "reflective = true\n";
        if (t.blank)
            out << "blank = true\n";
        put_layout(out, t.layout);
    }

    int expected = 1;
    for (const Card& c : deck.cards) {
        out << card_toml(c, expected);
        expected = c.number + 1;
    }

    const Format fdefault;
    for (const Format& f : deck.formats) {
        out << "\n[formats." << table_key(f.id) << "]\n";
        put(out, "name", f.name);
        put(out, "description", f.description);
        out << "players = [" << f.min_players << ", " << f.max_players << "]\n";
        out << "draw = " << draw_list(f) << "\n";
        std::vector<std::string> turn;
        for (TurnKind k : f.turn)
            turn.emplace_back(to_string(k));
        out << "turn = " << list(turn) << "\n";
        out << "speaking = " << toml_quote(to_string(f.speaking)) << "\n";
        if (f.mission != MissionRule::None)
            out << "mission = " << toml_quote(to_string(f.mission)) << "\n";
        put(out, "mission_type", f.mission_type);
        if (f.timers != Timers{}) {
            std::string parts;
            auto add = [&](std::string_view k, int v) {
                if (v > 0)
                    parts +=
                        (parts.empty() ? "" : ", ") + std::string(k) + " = " + std::to_string(v);
            };
            add("prompt", f.timers.prompt);
            add("speaker", f.timers.speaker);
            add("discussion", f.timers.discussion);
            out << "timers = { " << parts << " }\n";
        }
        if (!f.ends.empty()) {
            out << "end = { ";
            for (std::size_t k = 0; k < f.ends.size(); ++k)
                out << (k ? ", " : "") << to_string(f.ends[k].kind) << " = " << f.ends[k].value;
            out << " }\n";
        } else if (f.end.kind != EndKind::Host) {
            out << "end = { " << to_string(f.end.kind) << " = " << f.end.value << " }\n";
        }
        if (std::find(f.turn.begin(), f.turn.end(), TurnKind::Choose) != f.turn.end())
            out << "choose = { cards = " << f.choose.cards
                << ", others = " << toml_quote(to_string(f.choose.others)) << " }\n";
        if (!f.opening.card.empty())
            out << "opening = { card = " << toml_quote(f.opening.card) << " }\n";
        else if (!f.opening.type.empty())
            out << "opening = { draw = " << toml_quote(f.opening.type) << " }\n";
        if (f.closing.round) {
            out << "closing = { round = true";
            if (f.closing.speaker > 0)
                out << ", speaker = " << f.closing.speaker;
            out << " }\n";
        }
        if (f.advance != fdefault.advance)
            out << "advance = " << toml_quote(to_string(f.advance)) << "\n";
        if (f.when_empty != fdefault.when_empty)
            out << "when_empty = " << toml_quote(to_string(f.when_empty)) << "\n";
    }
    return out.str();
}

} // namespace hearth

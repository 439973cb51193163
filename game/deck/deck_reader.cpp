// First pass of the loader: every table and key of deck.toml, checked for
// shape, type and value, turned into the Deck model.
//
//   read_info     [deck]
//   read_types    [types.ID]
//   read_cards    [[cards]]
//   read_formats  [formats.ID] (format_reader.cpp)
//   read_deck     the document
// Typed access to keys, with a diagnostic for each misuse, is the Reader
// (detail/toml_reader.hpp).
#include "game/deck/detail/deck_reader.hpp"

#include "game/deck/deck_keys.hpp"
#include "game/deck/detail/format_reader.hpp"
#include "game/deck/detail/layout_reader.hpp"
#include "game/deck/detail/toml_reader.hpp"

#include <algorithm>

namespace hearth::detail {
namespace {

using namespace deck_keys;

// `fonts = { body = "fonts/Body.ttf", title = "fonts/Title.otf", license = "OFL-1.1" }`:
// the deck's own faces; a licence is named whenever one is given.
void read_fonts(Reader& r, const toml::table& t, DeckFonts& fonts, DeckSources& src) {
    const toml::node* n = r.get(t, "fonts", toml::node_type::table, "[deck]", false);
    if (!n)
        return;
    const toml::table& ft = *n->as_table();
    const std::string in = "'fonts' of [deck]";
    r.check_keys(ft, kFontKeys, in);
    for (std::size_t i = 0; i < kFontFaces.size(); ++i)
        fonts.names[i] = r.text(ft, kFontFaces[i], in, false, &src.fonts[i]).value_or("");
    fonts.license = r.text(ft, "license", in, false).value_or("");
    if (fonts.any() && fonts.license.empty())
        r.error(r.at(*n), "the deck's fonts need a 'license' naming their licence (such as "
                          "\"OFL-1.1\"), so the deck can be shared and printed with them");
}

void read_info(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::node* n = doc.get("deck");
    if (!n) {
        r.error(r.top(), "missing [deck] table with the deck's id and name");
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
        check_identifier(r, id_at, "deck", *id);
        deck.info.id = *id;
    }
    deck.info.name = r.text(t, "name", in, true).value_or("");
    deck.info.version = r.string(t, "version", in).value_or("");
    deck.info.language = r.string(t, "language", in).value_or("");
    deck.info.license = r.string(t, "license", in).value_or("");
    deck.info.credits = r.string(t, "credits", in).value_or("");
    deck.info.description = r.string(t, "description", in).value_or("");
    deck.info.back = r.text(t, "back", in, false, &src.back).value_or("");
    read_fonts(r, t, deck.info.fonts, src);
}

void read_types(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::table* types = named_tables(r, doc, "types");
    if (!types || types->empty()) {
        r.error(r.top(), "the deck defines no card types; add a [types.ID] table");
        return;
    }
    for_each_named(
        r, *types, "types", "type",
        [&](std::string id, const toml::table& t, const std::string& in) {
            r.check_keys(t, kTypeKeys, in);
            CardType type;
            TypeSources ts;
            type.id = std::move(id);
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
            type.layout = read_layout(r, t, in);
            if (t.get("color"))
                ts.color = r.at(*t.get("color"));
            if (t.get("color") && contrast_ratio(type.color, type.ink) < 4.5)
                r.warning(r.at(*t.get("color")),
                          "text on type '" + type.id +
                              "' is hard to read: its ink and colour have contrast " +
                              std::to_string(contrast_ratio(type.color, type.ink)).substr(0, 4) +
                              ":1, aim for at least 4.5:1");
            deck.types.push_back(std::move(type));
            src.types.push_back(std::move(ts));
        });
}

// `scale` (one of kScales, any case, kept lower-case) and `minutes`; with
// both and no subtitle, the card shows one made from them.
void read_scale_and_minutes(Reader& r, const toml::table& t, Card& card, const std::string& in) {
    SourcePos scale_at;
    if (auto scale = r.text(t, "scale", in, false, &scale_at)) {
        std::string lower;
        for (char ch : *scale)
            lower += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        if (std::find(kScales.begin(), kScales.end(), lower) != kScales.end()) {
            card.scale = lower;
        } else {
            std::string names;
            for (std::size_t i = 0; i < kScales.size(); ++i)
                names += (i == 0                    ? "\""
                          : i + 1 == kScales.size() ? "\" or \""
                                                    : "\", \"") +
                         std::string(kScales[i]);
            r.error(scale_at,
                    "unknown scale '" + *scale + "' of " + in + "; expected " + names + "\"");
        }
    }
    if (auto minutes = r.integer(t, "minutes", in, 1, 24 * 60))
        card.minutes = static_cast<int>(*minutes);
    if (card.subtitle.empty() && !card.scale.empty() && card.minutes > 0 && !t.get("subtitle")) {
        card.subtitle = made_subtitle(card.scale, card.minutes);
        card.subtitle_made = true;
    }
}

void read_cards(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src) {
    const toml::node* n = doc.get("cards");
    if (!n) {
        r.error(r.top(), "the deck has no cards; add them as [[cards]] tables");
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
            check_identifier(r, cs.id, "card", card.id);
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
        read_scale_and_minutes(r, t, card, in);
        card.layout = read_layout(r, t, in);
        card.back = r.text(t, "back", in, false, &cs.back).value_or("");
        card.back_title = r.text(t, "back_title", in, false).value_or("");
        card.back_text = r.string(t, "back_text", in).value_or("");
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

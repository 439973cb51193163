// Second pass of the loader: what can only be checked once everything is
// read. Duplicate ids and numbers, references between cards, types and
// formats, card-text markup, the art files the deck names, and type colours
// that look alike with a colour-vision deficiency. What it
// learns is kept in the deck: each art path resolved, each text parsed.
#include "game/deck/detail/deck_reader.hpp"

#include "game/base/suggest.hpp"
#include "game/deck/art_hints.hpp"
#include "game/deck/art_probe.hpp"
#include "game/deck/card_text.hpp"
#include "game/deck/colour_vision.hpp"
#include "game/deck/deck_keys.hpp"
#include "game/deck/deck_paths.hpp"
#include "game/deck/detail/string_position.hpp"
#include "game/deck/font_files.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <system_error>
#include <unordered_map>

namespace hearth::detail {
namespace {

namespace fs = std::filesystem;

// CIELAB distance under which two types' colours look alike (about 2.3 is
// just noticeable; cards read across a room need more).
constexpr double kAlike = 6.0;

std::string line_of(const SourcePos& p) {
    return "line " + std::to_string(p.line);
}

class Checker {
public:
    Checker(Deck& deck, const DeckSources& src, const LoadOptions& options, Diagnostics& diags)
        : deck_(deck), src_(src), options_(options), diags_(diags) {
        for (const auto& t : deck.types)
            type_ids_.push_back(t.id);
        for (const auto& c : deck.cards) {
            card_ids_.push_back(c.id);
            card_index_.emplace(c.id, card_ids_.size() - 1);
            ++type_count_[c.type];
        }
    }

    void run() {
        deck_.info.back_file = check_art(deck_.info.back, src_.back, "the deck's back");
        check_fonts();
        for (std::size_t i = 0; i < deck_.types.size(); ++i) {
            CardType& t = deck_.types[i];
            t.art_file = check_art(t.art, src_.types[i].art, "art of type '" + t.id + "'");
            t.back_file = check_art(t.back, src_.types[i].back, "back of type '" + t.id + "'");
            t.description_text = parse_card_text(t.description);
        }
        check_cards();
        check_formats();
        check_type_colours();
    }

private:
    // Two types whose colours look alike to people with a common
    // colour-vision deficiency: the card's name and ornament still tell
    // them apart, but the colour, seen across the room, does not.
    void check_type_colours() {
        struct Seen {
            Deficiency d;
            const char* name;
        };
        constexpr Seen kSeen[] = {{Deficiency::Protan, "protanopia (red-green)"},
                                  {Deficiency::Deutan, "deuteranopia (red-green)"},
                                  {Deficiency::Tritan, "tritanopia (blue-yellow)"}};
        const auto& types = deck_.types;
        for (std::size_t j = 1; j < types.size(); ++j)
            for (std::size_t i = 0; i < j; ++i) {
                if (src_.types[j].color.line == 0 || src_.types[i].color.line == 0)
                    continue;
                if (lab_distance(types[i].color, types[j].color) < kAlike)
                    continue; // alike for everyone: not a colour-vision question
                for (const Seen& s : kSeen) {
                    double d =
                        lab_distance(simulate(types[i].color, s.d), simulate(types[j].color, s.d));
                    if (d >= kAlike)
                        continue;
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "%.1f", d);
                    diags_.warning(src_.types[j].color,
                                   "the colours of types '" + types[i].id + "' and '" +
                                       types[j].id + "' look alike with " + s.name + ": distance " +
                                       buf + ", aim for at least 6");
                    break;
                }
            }
    }

    void check_cards() {
        std::unordered_map<std::string, std::size_t> first_id;
        std::map<int, std::size_t> first_number;
        for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
            Card& c = deck_.cards[i];
            const CardSources& cs = src_.cards[i];
            if (!c.id.empty()) {
                auto [it, fresh] = first_id.emplace(c.id, i);
                if (!fresh)
                    diags_.error(cs.id, "duplicate card id '" + c.id + "' (first used at " +
                                            line_of(src_.cards[it->second].id) + ")");
            }
            auto [nt, fresh_number] = first_number.emplace(c.number, i);
            if (!fresh_number) {
                const Card& other = deck_.cards[nt->second];
                SourcePos where = c.number_given ? cs.number : c.where;
                diags_.error(
                    where, "card number " + std::to_string(c.number) +
                               " is already used by card '" + other.id + "' at " +
                               line_of(other.where) +
                               (c.number_given ? "" : " (numbers count on from the card before)"));
            }
            if (!c.type.empty() && !deck_.find_type(c.type))
                diags_.error(cs.type, "unknown card type '" + c.type + "'" +
                                          did_you_mean(c.type, type_ids_));
            for (std::size_t k = 0; k < c.see.size() && k < cs.see.size(); ++k) {
                const std::string& ref = c.see[k];
                if (ref == c.id)
                    diags_.warning(cs.see[k], "card '" + c.id + "' refers to itself in 'see'");
                else if (!card_index_.contains(ref))
                    diags_.error(cs.see[k], "'see' names unknown card '" + ref + "'" +
                                                did_you_mean(ref, card_ids_));
            }
            std::vector<MarkupNote> notes;
            c.parsed_text = parse_card_text(c.text, notes);
            for (const auto& n : notes)
                diags_.warning(n.offset == std::string_view::npos || src_.text.empty()
                                   ? cs.text
                                   : position_in_string(src_.text, cs.text, n.offset),
                               n.message);
            c.art_file = check_art(c.art, cs.art, "art of card '" + c.id + "'");
            c.back_file = check_art(c.back, cs.back, "back of card '" + c.id + "'");
            check_layout_art(c);
        }
    }

    // Each of the deck's fonts: inside the deck folder, a font file.
    void check_fonts() {
        DeckFonts& fonts = deck_.info.fonts;
        for (std::size_t i = 0; i < fonts.names.size(); ++i) {
            const std::string& name = fonts.names[i];
            if (name.empty())
                continue;
            const std::string what =
                "the deck's " + std::string(deck_keys::kFontFaces[i]) + " font";
            auto resolved = resolve_in_folder(deck_.folder, name);
            if (auto* why = std::get_if<std::string>(&resolved)) {
                diags_.error(src_.fonts[i], what + ": " + *why);
                continue;
            }
            const fs::path& file = std::get<fs::path>(resolved);
            std::optional<std::string> problem = font_problem(file, options_.max_art_bytes);
            if (!problem && options_.check_font)
                if (auto why = options_.check_font(file))
                    problem = "cannot be opened as a font: " + *why;
            if (problem) {
                diags_.error(src_.fonts[i], what + ": '" + name + "' " + *problem);
                continue;
            }
            fonts.files[i] = file;
        }
    }

    // A face laid out around its art needs art to lay out.
    void check_layout_art(const Card& c) {
        const FaceLayout layout = deck_.layout_of(c);
        if (!layout.art || *layout.art == ArtPlace::Corner || *layout.art == ArtPlace::None)
            return;
        const CardType* type = deck_.find_type(c.type);
        if (c.art.empty() && (!type || type->art.empty()))
            diags_.warning(c.where, "card '" + c.id + "' is laid out with art = \"" +
                                        std::string(to_string(*layout.art)) +
                                        "\" but has no art, its own or its type's");
    }

    void check_formats() {
        if (deck_.cards.empty())
            return; // already reported; every draw pile would be empty
        for (std::size_t i = 0; i < deck_.formats.size(); ++i) {
            const Format& f = deck_.formats[i];
            const FormatSources& fs = src_.formats[i];
            std::size_t drawable = 0;
            for (std::size_t k = 0; k < f.draw.size() && k < fs.draw.size(); ++k) {
                const std::string& t = f.draw[k];
                if (!deck_.find_type(t)) {
                    diags_.error(fs.draw[k], "format '" + f.id + "' draws unknown card type '" + t +
                                                 "'" + did_you_mean(t, type_ids_));
                    continue;
                }
                std::size_t n = count_of(t);
                if (n == 0)
                    diags_.warning(fs.draw[k], "format '" + f.id + "' draws type '" + t +
                                                   "', but the deck has no cards of that type");
                drawable += n;
            }
            drawable += check_filters(f, fs);
            check_do_step(f, fs);
            check_opening(f, fs);
            if (drawable == 0 && (!f.draw.empty() || !f.filters.empty()) &&
                (!fs.draw.empty() || !fs.filters.empty()))
                diags_.error(f.where, "format '" + f.id +
                                          "' has nothing to draw: its draw pile would be empty");
            if (!f.mission_type.empty()) {
                if (!deck_.find_type(f.mission_type))
                    diags_.error(fs.mission_type, "format '" + f.id +
                                                      "' takes missions from unknown card type '" +
                                                      f.mission_type + "'" +
                                                      did_you_mean(f.mission_type, type_ids_));
                else if (count_of(f.mission_type) == 0 && f.mission != MissionRule::None)
                    diags_.error(fs.mission_type,
                                 "format '" + f.id + "' takes missions from type '" +
                                     f.mission_type + "', but the deck has no cards of that type");
            }
        }
    }

    // A do step times the practice by the card's minutes: every card the
    // format draws must have them.
    void check_do_step(const Format& f, const FormatSources& fs) {
        if (std::find(f.turn.begin(), f.turn.end(), TurnKind::Do) == f.turn.end())
            return;
        std::size_t without = 0;
        const Card* first = nullptr;
        for (const Card& c : deck_.cards)
            if (draws(deck_, f, c) && c.minutes == 0) {
                ++without;
                first = first ? first : &c;
            }
        if (first)
            diags_.error(fs.do_step,
                         "format '" + f.id + "' has a \"do\" step, but " + std::to_string(without) +
                             (without == 1 ? " card it draws has" : " cards it draws have") +
                             " no 'minutes' (such as '" + first->id +
                             "'); draw only cards with minutes, such as "
                             "{ types = [\"activity\"], min_minutes = 1 }");
    }

    // The opening's card is read once, before the turns: a card of the deck
    // that the format neither draws nor takes as a mission, and not blank
    // (an info card, say); or drawn from a type with such cards.
    void check_opening(const Format& f, const FormatSources& fs) {
        const OpeningRule& o = f.opening;
        const std::string opens = "format '" + f.id + "' opens with ";
        auto used = [&](const Card& c) {
            return draws(deck_, f, c) ||
                   (f.mission != MissionRule::None && c.type == f.mission_type);
        };
        const std::string instead = "; the opening is read once, before the turns: open with a "
                                    "card the format does not draw, such as an info card";
        if (!o.card.empty()) {
            const Card* c = deck_.find_card(o.card);
            const CardType* type = c ? deck_.find_type(c->type) : nullptr;
            if (!c)
                diags_.error(fs.opening, opens + "card '" + o.card +
                                             "', which the deck does not have" +
                                             did_you_mean(o.card, card_ids_));
            else if (type && type->blank)
                diags_.error(fs.opening, opens + "card '" + o.card + "', a blank card" + instead);
            else if (used(*c))
                diags_.error(fs.opening,
                             opens + "card '" + o.card + "', which it also draws" + instead);
        }
        if (o.type.empty())
            return;
        const CardType* type = deck_.find_type(o.type);
        const std::string from = opens + "a card drawn from ";
        if (!type)
            diags_.error(fs.opening, from + "unknown card type '" + o.type + "'" +
                                         did_you_mean(o.type, type_ids_));
        else if (type->blank)
            diags_.error(fs.opening,
                         from + "type '" + o.type + "', whose cards are blank" + instead);
        else if (count_of(o.type) == 0)
            diags_.error(fs.opening,
                         from + "type '" + o.type + "', but the deck has no cards of that type");
        else if (std::any_of(deck_.cards.begin(), deck_.cards.end(),
                             [&](const Card& c) { return c.type == o.type && used(c); }))
            diags_.error(fs.opening,
                         from + "type '" + o.type + "', whose cards it also draws" + instead);
    }

    // Each filter's types exist and it matches some card; returns how many
    // cards the filters add.
    std::size_t check_filters(const Format& f, const FormatSources& fs) {
        std::size_t added = 0;
        for (std::size_t k = 0; k < f.filters.size() && k < fs.filters.size(); ++k) {
            const DrawFilter& filter = f.filters[k];
            bool known = true;
            for (std::size_t j = 0; j < filter.types.size() && j < fs.filters[k].types.size(); ++j)
                if (!deck_.find_type(filter.types[j])) {
                    diags_.error(fs.filters[k].types[j],
                                 "format '" + f.id + "' draws unknown card type '" +
                                     filter.types[j] + "'" +
                                     did_you_mean(filter.types[j], type_ids_));
                    known = false;
                }
            if (!known || (filter.min_minutes > 0 && filter.max_minutes > 0 &&
                           filter.min_minutes > filter.max_minutes))
                continue; // reported already
            std::size_t n = 0;
            for (const Card& c : deck_.cards)
                if (matches(deck_, filter, c) &&
                    std::find(f.draw.begin(), f.draw.end(), c.type) == f.draw.end())
                    ++n;
            std::size_t any = 0;
            for (const Card& c : deck_.cards)
                any += matches(deck_, filter, c) ? 1 : 0;
            if (any == 0)
                diags_.error(filter.where, "format '" + f.id + "' draw filter " + describe(filter) +
                                               " matches no card of the deck");
            else if (filter.count > 0 && static_cast<std::size_t>(filter.count) > any)
                diags_.error(filter.where, "format '" + f.id + "' draw filter " + describe(filter) +
                                               " asks for " + std::to_string(filter.count) +
                                               " cards, but only " + std::to_string(any) +
                                               " match");
            added += n;
        }
        return added;
    }

    std::size_t count_of(const std::string& type) const {
        auto it = type_count_.find(type);
        return it == type_count_.end() ? 0 : it->second;
    }

    // Checks one art path named at `where` and returns the file it names
    // (empty when none, or when it may not be used); each distinct file is
    // looked at once.
    fs::path check_art(const std::string& relative, const SourcePos& where,
                       const std::string& what) {
        if (relative.empty())
            return {};
        auto resolved = resolve_in_folder(deck_.folder, relative);
        if (auto* why = std::get_if<std::string>(&resolved)) {
            diags_.error(where, what + ": " + *why);
            return {};
        }
        const fs::path& file = std::get<fs::path>(resolved);
        auto cached = art_seen_.find(file.string());
        if (cached == art_seen_.end()) {
            ArtSeen seen;
            seen.problem = art_problem(file);
            if (seen.problem && *seen.problem == "does not exist") {
                const std::string near = art_near_miss(deck_.folder, relative);
                if (!near.empty())
                    *seen.problem += "; did you mean '" + near + "'?";
            }
            if (!seen.problem)
                seen.warnings = art_warnings(file);
            cached = art_seen_.emplace(file.string(), std::move(seen)).first;
        }
        if (cached->second.problem)
            diags_.error(where, what + ": '" + relative + "' " + *cached->second.problem);
        for (const auto& w : cached->second.warnings)
            diags_.warning(where, what + ": '" + relative + "' " + w);
        return file;
    }

    // Warnings about an art file that can be shown (an SVG's, see art_hints.hpp).
    std::vector<std::string> art_warnings(const fs::path& file) const {
        std::ifstream in(file, std::ios::binary);
        const int first = in.peek();
        if (first == 0x89 || first == 0xFF)
            return {}; // a PNG or a JPEG
        // As many bytes as the file holds (art_problem has bounded its size):
        // a buffer of the limit's size costs tens of milliseconds per file.
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(file, ec);
        std::string bytes(
            static_cast<std::size_t>(std::min<std::uintmax_t>(
                {ec ? options_.max_art_bytes : size, options_.max_art_bytes, 64u << 20})),
            '\0');
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        if (bytes.find("<svg") == std::string::npos)
            return {};
        return svg_warnings(bytes);
    }

    std::optional<std::string> art_problem(const fs::path& file) const {
        std::error_code ec;
        auto status = fs::status(file, ec);
        if (ec || !fs::exists(status))
            return std::string("does not exist");
        if (!fs::is_regular_file(status))
            return std::string("is not a file");
        auto size = fs::file_size(file, ec);
        if (ec)
            return "cannot be read: " + ec.message();
        if (size > options_.max_art_bytes)
            return "is " + std::to_string(size >> 20) + " MiB; art is limited to " +
                   std::to_string(options_.max_art_bytes >> 20) + " MiB";
        if (auto why = sniff_art(file))
            return why;
        if (options_.check_art)
            if (auto why = options_.check_art(file))
                return "cannot be decoded: " + *why;
        return std::nullopt;
    }

    Deck& deck_;
    const DeckSources& src_;
    const LoadOptions& options_;
    Diagnostics& diags_;
    std::vector<std::string> type_ids_, card_ids_;
    std::unordered_map<std::string, std::size_t> card_index_, type_count_;
    struct ArtSeen {
        std::optional<std::string> problem;
        std::vector<std::string> warnings;
    };
    std::unordered_map<std::string, ArtSeen> art_seen_;
};

} // namespace

void check_deck(Deck& deck, const DeckSources& sources, const LoadOptions& options,
                Diagnostics& diags) {
    Checker(deck, sources, options, diags).run();
}

} // namespace hearth::detail

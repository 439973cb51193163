// The deck model: what a deck file says, after loading and checking.
// Everything here is plain data; the loader (deck_loader.hpp) builds it and
// the writer (deck_writer.hpp) turns it back into TOML. What the loader
// learns while checking (each art path resolved inside the deck folder, each
// card's text parsed) is kept here, so the card view neither re-joins paths
// nor re-parses text.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/card_text.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

struct Deck;

// An sRGB colour, written "#rrggbb" (or "#rrggbbaa") in deck files.
struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
};

// Parses "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt when malformed.
std::optional<Color> parse_color(std::string_view text);
// "#rrggbb", or "#rrggbbaa" when not opaque.
std::string format_color(Color c);
// WCAG contrast ratio between two colours, 1..21.
double contrast_ratio(Color a, Color b);

// The deck's own fonts (`fonts` in [deck]): files in the deck folder for
// the card text's faces and the titles, with their licence named. A face
// not given keeps Hearth's own; a reader's own font choice wins over them.
struct DeckFonts {
    // regular, bold, italic, bold italic, title: as the deck file names them
    std::array<std::string, 5> names;
    // ... and resolved inside the deck folder by the loader (empty: not given)
    std::array<std::filesystem::path, 5> files;
    std::string license;
    bool any() const {
        for (const std::string& n : names)
            if (!n.empty())
                return true;
        return false;
    }
};

// What the deck is and who made it: the [deck] table.
struct DeckInfo {
    std::string id;
    std::string name;
    std::string version;
    std::string language;
    std::string license;
    std::string credits;
    std::string description;
    std::string back;                // default card back art, relative to the deck folder
    std::filesystem::path back_file; // `back` resolved by the loader; empty when none
    DeckFonts fonts;
};

// Where a card's art goes on its face: the ornament in the top corner (as
// printed), a picture across the card under its header, the whole face with
// the title and text on a panel over its lower part, the whole face and
// nothing else, or no art at all.
enum class ArtPlace { Corner, Top, Full, Only, None };
// How the body text is ranged: as the text asks (a short question centred,
// longer text left), or always left, centred or right.
enum class BodyAlign { Auto, Left, Center, Right };

// How a card's face is laid out: a type's `layout`, which a card's own
// `layout` overrides key by key. Unset keys keep the view's own rule.
struct FaceLayout {
    std::optional<ArtPlace> art;
    std::optional<BodyAlign> align;
    // The body text's size in points at the printed poker card (88 mm
    // tall), fixed (min == max) or a range the fit picks from; 0: fitted.
    int text_pt_min = 0, text_pt_max = 0;
    bool operator==(const FaceLayout&) const = default;
    // This layout with every key `over` sets taken from it.
    FaceLayout merged(const FaceLayout& over) const;
};

// A kind of card: the [types.ID] tables.
struct CardType {
    std::string id;
    std::string name;
    Color color;
    Color ink{0x2a, 0x1a, 0x12, 255};
    std::string art;  // ornament shown on cards of this type
    std::string back; // back art; empty means the deck's back
    std::string description;
    // Filled by the loader: `art` and `back` resolved inside the deck folder
    // (empty when none), and `description` parsed (a blank card shows it).
    std::filesystem::path art_file, back_file;
    CardText description_text;
    bool reflective = false; // may be the card of the day / a solo reflection card
    bool blank = false;      // cards of this type can be written at the table
    FaceLayout layout;
    SourcePos where;
};

// One card: the [[cards]] entries.
struct Card {
    std::string id;
    std::string type;
    std::string title;
    std::string subtitle;
    std::string text; // Markdown subset, see card_text.hpp
    std::string art;
    std::vector<std::string> see;
    std::vector<std::string> tags;
    int number = 0;
    bool number_given = false; // written in the file, not derived from order
    // What an activity asks for: its scale ("self", "pair", "crew",
    // "congregation", "network"; lower-case, empty when not given) and how
    // long it takes (0 when not given). A card with both and no subtitle
    // shows one made from them ("Crew · 10 min"); `subtitle_made` says the
    // subtitle was made so, not written.
    std::string scale;
    int minutes = 0;
    bool subtitle_made = false;
    FaceLayout layout; // overrides its type's, key by key
    std::string back;  // the card's own back art; empty: its type's
    // A two-sided card's other side: its title and text (card text markup).
    // With either, the back is a face of its own, laid out as the front is,
    // with `back` as its art.
    std::string back_title, back_text;
    bool two_sided() const { return !back_title.empty() || !back_text.empty(); }
    SourcePos where;
    // Filled by the loader: `art` resolved inside the deck folder (empty when
    // none), and `text` parsed. A card made elsewhere (written at the table,
    // read from a save) has no parsed text; the card view parses it then.
    std::filesystem::path art_file;
    std::filesystem::path back_file; // `back` resolved; empty when none
    std::optional<CardText> parsed_text;
};

// A two-sided card's other side as a card of its own, to lay out and draw as
// a front: the back's title (else the card's) and text, the card's `back` as
// its art, its number, type and layout. Its id is the card's with "#back".
Card back_face(const Card& card);

// The subtitle a card with `scale` and `minutes` shows when none is written:
// "Crew · 10 min" (the scale with a capital letter).
std::string made_subtitle(std::string_view scale, int minutes);

// The kinds of step a turn is made of: draw one card, or choose one of
// several laid face up; answer it (prompt), talk it over (discussion), or
// do the practice with its own minutes (do).
enum class TurnKind { Draw, Prompt, Discussion, Choose, Do };
// Who talks during a discussion.
enum class Speaking { Round, Popcorn, Open };
// How the group's mission is set at the start.
enum class MissionRule { None, Choose, Draw };
// What happens when the draw pile runs out.
enum class WhenEmpty { Reshuffle, End };
// When a session ends by itself.
enum class EndKind { Host, Rounds, Cards, Minutes };

struct Timers {
    int prompt = 0;     // seconds to answer a prompt; 0 = no timer
    int speaker = 0;    // seconds each speaker holds the talking piece
    int discussion = 0; // seconds of open discussion
    bool operator==(const Timers&) const = default;
};

struct EndRule {
    EndKind kind = EndKind::Host;
    int value = 0;
    bool operator==(const EndRule&) const = default;
};

// One entry of a format's `draw` written as a table: the cards it adds to the
// draw pile. A card matches when every condition given holds.
struct DrawFilter {
    std::vector<std::string> types;    // of one of these types; empty: any type not blank
    std::vector<std::string> any_tags; // has at least one of these tags
    std::vector<std::string> all_tags; // has every one of these tags
    std::vector<std::string> no_tags;  // has none of these tags
    std::vector<std::string> scales;   // its scale is one of these (lower-case)
    int min_minutes = 0;               // takes at least this long; 0: no bound
    int max_minutes = 0;               // takes at most this long; 0: no bound
    int count = 0;                     // a fixed mix: this many of them; 0: all of them
    SourcePos where;
    bool operator==(const DrawFilter& o) const {
        return types == o.types && any_tags == o.any_tags && all_tags == o.all_tags &&
               no_tags == o.no_tags && scales == o.scales && min_minutes == o.min_minutes &&
               max_minutes == o.max_minutes && count == o.count;
    }
};

// Where the cards a choose step laid out and the group did not pick go.
enum class ChooseOthers { Under, Discard };

// The choose step: how many cards lie face up side by side, and where the
// ones not picked go (back under the draw pile, or the discard).
struct ChooseRule {
    int cards = 3; // 2 to 4
    ChooseOthers others = ChooseOthers::Under;
    bool operator==(const ChooseRule&) const = default;
};

// What a step does when its timer runs out.
enum class Advance { Host, Timer };

// How a session opens (a format's `opening`): before the first turn, a card
// the host reads aloud: the one named, or one drawn at random from a type.
struct OpeningRule {
    std::string card; // the card's id; empty when drawn
    std::string type; // the type it is drawn from; empty when named
    bool given() const { return !card.empty() || !type.empty(); }
    bool operator==(const OpeningRule&) const = default;
};

// How a session closes (a format's `closing`): a round before the summary,
// each seat in turn from the first, with a timer for each speaker.
struct ClosingRule {
    bool round = false; // a closing round is played
    int speaker = 0;    // seconds for each speaker; 0: no timer
    bool operator==(const ClosingRule&) const = default;
};

// A way to play: the [formats.ID] tables.
struct Format {
    std::string id;
    std::string name;
    std::string description;
    int min_players = 1;
    int max_players = 12;
    std::vector<std::string> draw;   // card type ids that make the draw pile
    std::vector<DrawFilter> filters; // the entries of `draw` written as tables
    std::vector<TurnKind> turn{TurnKind::Draw, TurnKind::Prompt, TurnKind::Discussion};
    Speaking speaking = Speaking::Round;
    MissionRule mission = MissionRule::None;
    std::string mission_type;
    Timers timers;
    EndRule end;               // the first end condition written (the one progress shows)
    std::vector<EndRule> ends; // every end condition written; the first reached ends it
    Advance advance = Advance::Host;
    ChooseRule choose; // the choose step's, when the turn has one
    OpeningRule opening;
    ClosingRule closing;
    WhenEmpty when_empty = WhenEmpty::Reshuffle;
    SourcePos where;

    // The limit of end condition `kind`, or 0 when the format has none.
    int end_limit(EndKind kind) const;
};

// Whether `card` matches `filter` (its type is known to the deck).
bool matches(const Deck& deck, const DrawFilter& filter, const Card& card);
// Whether `card` goes into the draw pile of `format`: its type is in `draw`,
// or it matches one of the filters.
bool draws(const Deck& deck, const Format& format, const Card& card);
// The filter as written, for messages: { types = ["activity"], max_minutes = 15 }.
std::string describe(const DrawFilter& filter);

std::string_view to_string(TurnKind k);
std::string_view to_string(Speaking s);
std::string_view to_string(MissionRule m);
std::string_view to_string(WhenEmpty w);
std::string_view to_string(EndKind e);
std::string_view to_string(Advance a);
std::string_view to_string(ChooseOthers o);
std::string_view to_string(ArtPlace a);
std::string_view to_string(BodyAlign a);

// A whole deck. Types and formats keep the order of the file.
struct Deck {
    DeckInfo info;
    std::filesystem::path folder; // the deck folder; art paths are relative to it
    std::filesystem::path file;   // the deck.toml it was read from
    std::vector<CardType> types;
    std::vector<Card> cards;
    std::vector<Format> formats;

    const Card* find_card(std::string_view id) const;
    const Card* find_card_by_number(int number) const;
    const CardType* find_type(std::string_view id) const;
    const Format* find_format(std::string_view id) const;
    // The type of `card`; every loaded card has one.
    const CardType& type_of(const Card& card) const;
    // The back art of cards of `type`, falling back to the deck's back.
    std::string back_of(const CardType& type) const;
    // The same, resolved by the loader; empty when there is none.
    const std::filesystem::path& back_file_of(const CardType& type) const;
    // The back `card` shows: its own, else its type's, else the deck's.
    const std::filesystem::path& back_file_of(const Card& card) const;
    // How `card`'s face is laid out: its type's layout with its own over it.
    FaceLayout layout_of(const Card& card) const;
    // The art shown on `card`'s front, resolved by the loader: the card's
    // own, else its type's; empty when there is none.
    const std::filesystem::path& art_file_of(const Card& card) const;
};

} // namespace hearth

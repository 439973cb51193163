// Every key and named value the deck loader accepts, in one place, so the
// loader, the JSON Schema test (docs/deck.schema.json) and the docs agree.
#pragma once

#include "game/deck/deck.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace hearth::deck_keys {

inline constexpr std::array<std::string_view, 4> kTopKeys{"deck", "types", "cards", "formats"};
inline constexpr std::array<std::string_view, 9> kDeckKeys{
    "id", "name", "version", "language", "license", "credits", "description", "back", "fonts"};
// The keys of [deck]'s `fonts`: the faces, in DeckFonts order, and their licence.
inline constexpr std::array<std::string_view, 5> kFontFaces{"body", "bold", "italic", "bold_italic",
                                                            "title"};
inline constexpr std::array<std::string_view, 6> kFontKeys{"body",        "bold",  "italic",
                                                           "bold_italic", "title", "license"};
inline constexpr std::array<std::string_view, 9> kTypeKeys{
    "name", "color", "ink", "art", "back", "description", "reflective", "blank", "layout"};
inline constexpr std::array<std::string_view, 15> kCardKeys{
    "id",     "type",  "title",   "subtitle", "text", "art",        "see",      "tags",
    "number", "scale", "minutes", "layout",   "back", "back_title", "back_text"};
// The keys of a type's or card's `layout` table (how its face is laid out).
inline constexpr std::array<std::string_view, 3> kLayoutKeys{"art", "text_align", "text_size"};
inline constexpr std::array<std::pair<std::string_view, ArtPlace>, 5> kArtPlaces{
    {{"corner", ArtPlace::Corner},
     {"top", ArtPlace::Top},
     {"full", ArtPlace::Full},
     {"only", ArtPlace::Only},
     {"none", ArtPlace::None}}};
inline constexpr std::array<std::pair<std::string_view, BodyAlign>, 4> kBodyAligns{
    {{"auto", BodyAlign::Auto},
     {"left", BodyAlign::Left},
     {"center", BodyAlign::Center},
     {"right", BodyAlign::Right}}};
// A layout's `text_size`, in points at the printed poker card.
inline constexpr int kTextPtLeast = 5, kTextPtMost = 40;
inline constexpr std::array<std::string_view, 15> kFormatKeys{
    "name",       "description", "players",      "draw",    "turn",
    "speaking",   "mission",     "mission_type", "timers",  "end",
    "when_empty", "advance",     "choose",       "opening", "closing"};
// The keys of a format's `opening` (a card read aloud before the first turn)
// and `closing` (a round before the summary).
inline constexpr std::array<std::string_view, 2> kOpeningKeys{"card", "draw"};
inline constexpr std::array<std::string_view, 2> kClosingKeys{"round", "speaker"};
// The seconds a closing round's speaker may have.
inline constexpr int kMinClosingSpeaker = 10;
inline constexpr int kMaxClosingSpeaker = 900;
// The keys of a format's `choose` table (its choose step).
inline constexpr std::array<std::string_view, 2> kChooseKeys{"cards", "others"};
inline constexpr std::array<std::pair<std::string_view, ChooseOthers>, 2> kChooseOthers{
    {{"under", ChooseOthers::Under}, {"discard", ChooseOthers::Discard}}};
// The keys of a `draw` entry written as a table (a draw filter).
inline constexpr std::array<std::string_view, 8> kFilterKeys{
    "types", "any_tags", "all_tags", "no_tags", "scales", "min_minutes", "max_minutes", "count"};
// The scales an activity card can name in `scale` (compared without case).
inline constexpr std::array<std::string_view, 5> kScales{"self", "pair", "crew", "congregation",
                                                         "network"};
inline constexpr std::array<std::pair<std::string_view, Advance>, 2> kAdvance{
    {{"host", Advance::Host}, {"timer", Advance::Timer}}};
inline constexpr std::array<std::string_view, 3> kTimerKeys{"prompt", "speaker", "discussion"};
inline constexpr std::array<std::string_view, 3> kEndKeys{"rounds", "cards", "minutes"};

inline constexpr std::array<std::pair<std::string_view, TurnKind>, 5> kTurnKinds{
    {{"draw", TurnKind::Draw},
     {"prompt", TurnKind::Prompt},
     {"discussion", TurnKind::Discussion},
     {"choose", TurnKind::Choose},
     {"do", TurnKind::Do}}};
inline constexpr std::array<std::pair<std::string_view, Speaking>, 3> kSpeaking{
    {{"round", Speaking::Round}, {"popcorn", Speaking::Popcorn}, {"open", Speaking::Open}}};
inline constexpr std::array<std::pair<std::string_view, MissionRule>, 3> kMission{
    {{"none", MissionRule::None}, {"choose", MissionRule::Choose}, {"draw", MissionRule::Draw}}};
inline constexpr std::array<std::pair<std::string_view, WhenEmpty>, 2> kWhenEmpty{
    {{"reshuffle", WhenEmpty::Reshuffle}, {"end", WhenEmpty::End}}};

} // namespace hearth::deck_keys

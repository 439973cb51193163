// The words of the table's and set-up's screens that no game message names:
// the clicker's choices, where the summary went, set-up's names. One place,
// translated through the catalogues (engine/words/translation.hpp); the
// English words are the catalogue's ids, extracted by tools/update-po.
#pragma once

#include "engine/words/translation.hpp"

#include <string>
#include <string_view>

namespace hearth::words {

// The clicker's choices at the table.
inline constexpr const char* kMoreChoices = tr_later("more choices");
inline constexpr const char* kNextChoice = tr_later("next choice");
inline constexpr const char* kCloseChoices = tr_later("close");
inline constexpr const char* kSummaryChoices = tr_later("choices");
inline constexpr const char* kBackToTable = tr_later("back to the table");
inline constexpr const char* kEndSession = tr_later("end the session");
inline constexpr const char* kQuit = tr_later("quit Hearth");
inline constexpr const char* kWhereIsSummary = tr_later("where is the summary?");
inline std::string passes(const std::string& name) {
    return fill(tr("{player} passes"), {{"player", name}});
}
inline std::string takes_piece(const std::string& name) {
    return fill(tr("{player} takes the talking piece"), {{"player", name}});
}
inline std::string keeps(const std::string& name, const std::string& card) {
    return fill(tr("{player} keeps \u201c{card}\u201d"), {{"player", name}, {"card", card}});
}
inline std::string skips(const std::string& card) {
    return fill(tr("skip \u201c{card}\u201d"), {{"card", card}});
}

// The mission, chosen at the table.
inline constexpr const char* kChooseMission = tr_later("Choose the group's mission");
inline constexpr const char* kAnotherMission = tr_later("another");
inline constexpr const char* kThisMission = tr_later("this mission");
inline constexpr const char* kMissionAtRandom = tr_later("draw one at random");

// The choose step and the do step (issue 13).
inline constexpr const char* kChooseOne = tr_later("Choose one card");
inline constexpr const char* kThisCard = tr_later("this card");
inline constexpr const char* kAnotherCard = tr_later("another");
inline constexpr const char* kChooseByNumber = tr_later("its number: that card");
inline constexpr const char* kOthersUnder = tr_later("the others go back under the pile");
inline constexpr const char* kOthersDiscard = tr_later("the others go to the discard");
inline constexpr const char* kDoTimer = tr_later("practice");
inline constexpr const char* kDoesThis = tr_later(" does this practice");
inline constexpr const char* kDoneHint = tr_later("done");
inline std::string chooses_for(const std::string& name, int n) {
    return fill(tr_n("{player}\u2019s turn: the group picks one of these {n}",
                     "{player}\u2019s turn: the group picks one of these {n}", n),
                {{"player", name}, {"n", std::to_string(n)}});
}

// The opening and the closing (issue 13).
inline constexpr const char* kOpening = tr_later("Opening: read aloud by the host");
inline constexpr const char* kClosing = tr_later("Check-out round");
inline constexpr const char* kClosingAbout =
    tr_later("Each person in turn says how they leave; then the summary");
inline constexpr const char* kFirstTurn = tr_later("first turn");

// The summary.
inline std::string summary_saved_to(const std::string& path) {
    return fill(tr("Saved to {path}"), {{"path", path}});
}
inline std::string summary_is_in(const std::string& path) {
    return fill(tr("The summary is already saved: {path}"), {{"path", path}});
}
inline std::string summary_not_saved(const std::string& path, const std::string& why) {
    return fill(tr("Could not save {path}: {why}"), {{"path", path}, {"why", why}});
}

// Set-up's names.
inline std::string seated_by_number(int n) {
    return fill(tr_n("Seated {n} player: Player 1 (R renames a seat at the table)",
                     "Seated {n} players: Player 1 to Player {n} (R renames a seat at the table)",
                     n),
                {{"n", std::to_string(n)}});
}
inline std::string table_holds_at_most(int n) {
    return fill(tr("The table holds at most {n} players"), {{"n", std::to_string(n)}});
}
inline std::string already_seated(const std::string& name) {
    return fill(tr("{player} is already at the table"), {{"player", name}});
}
inline std::string seat_by_number_or_name(int lo, int hi) {
    return fill(tr("Type a name, or press {lo}\u2013{hi}"),
                {{"lo", std::to_string(lo)}, {"hi", std::to_string(hi)}});
}
inline std::string start_with_count(const std::string& key, int n) {
    return fill(
        tr_n("{key} with nobody named: {n} player", "{key} with nobody named: {n} players", n),
        {{"key", key}, {"n", std::to_string(n)}});
}

// Set-up's estimate of a format's length (game/session/estimate.hpp).
inline std::string about_minutes(int minutes, int people, bool open_ended) {
    std::string who =
        fill(tr_n("{n} person", "{n} people", people), {{"n", std::to_string(people)}});
    std::string length =
        minutes >= 90 && minutes % 30 == 0
            ? minutes % 60 ? fill(tr("{n}.5 hours"), {{"n", std::to_string(minutes / 60)}})
                           : fill(tr_n("{n} hour", "{n} hours", minutes / 60),
                                  {{"n", std::to_string(minutes / 60)}})
            : fill(tr_n("{n} minute", "{n} minutes", minutes), {{"n", std::to_string(minutes)}});
    return open_ended ? fill(tr("About {length} a round for {who}; the host ends it"),
                             {{"length", length}, {"who", who}})
                      : fill(tr("About {length} for {who}"), {{"length", length}, {"who", who}});
}
// The same as a range, in minutes: a do step whose cards' minutes spread
// (Estimate::low and high).
inline std::string about_minutes_range(int low, int high, int people, bool open_ended) {
    std::string who =
        fill(tr_n("{n} person", "{n} people", people), {{"n", std::to_string(people)}});
    const std::vector<std::pair<std::string_view, std::string>> args = {
        {"low", std::to_string(low)}, {"n", std::to_string(high)}, {"who", who}};
    return open_ended
               ? fill(tr_n("About {low} to {n} minute a round for {who}; the host ends it",
                           "About {low} to {n} minutes a round for {who}; the host ends it", high),
                      args)
               : fill(tr_n("About {low} to {n} minute for {who}",
                           "About {low} to {n} minutes for {who}", high),
                      args);
}

} // namespace hearth::words

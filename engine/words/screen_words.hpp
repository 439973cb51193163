// The words of the table's and set-up's screens that no game message names:
// the clicker's choices, where the summary went, set-up's names. One place,
// so a later language replaces them beside english.cpp.
#pragma once

#include <string>
#include <string_view>

namespace hearth::words {

// The clicker's choices at the table.
inline constexpr const char* kMoreChoices = "more choices";
inline constexpr const char* kNextChoice = "next choice";
inline constexpr const char* kCloseChoices = "close";
inline constexpr const char* kSummaryChoices = "choices";
inline constexpr const char* kBackToTable = "back to the table";
inline constexpr const char* kEndSession = "end the session";
inline constexpr const char* kQuit = "quit Hearth";
inline constexpr const char* kWhereIsSummary = "where is the summary?";
inline std::string passes(const std::string& name) {
    return name + " passes";
}
inline std::string takes_piece(const std::string& name) {
    return name + " takes the talking piece";
}
inline std::string keeps(const std::string& name, const std::string& card) {
    return name + " keeps \u201c" + card + "\u201d";
}
inline std::string skips(const std::string& card) {
    return "skip \u201c" + card + "\u201d";
}

// The mission, chosen at the table.
inline constexpr const char* kChooseMission = "Choose the group's mission";
inline constexpr const char* kAnotherMission = "another";
inline constexpr const char* kThisMission = "this mission";
inline constexpr const char* kMissionAtRandom = "draw one at random";

// The choose step and the do step (issue 13).
inline constexpr const char* kChooseOne = "Choose one card";
inline constexpr const char* kThisCard = "this card";
inline constexpr const char* kAnotherCard = "another";
inline constexpr const char* kChooseByNumber = "its number: that card";
inline constexpr const char* kOthersUnder = "the others go back under the pile";
inline constexpr const char* kOthersDiscard = "the others go to the discard";
inline constexpr const char* kDoTimer = "practice";
inline constexpr const char* kDoesThis = " does this practice";
inline constexpr const char* kDoneHint = "done";
inline std::string chooses_for(const std::string& name, int n) {
    return name + "\u2019s turn: the group picks one of these " + std::to_string(n);
}

// The summary.
inline std::string summary_saved_to(const std::string& path) {
    return "Saved to " + path;
}
inline std::string summary_is_in(const std::string& path) {
    return "The summary is already saved: " + path;
}
inline std::string summary_not_saved(const std::string& path, const std::string& why) {
    return "Could not save " + path + ": " + why;
}

// Set-up's names.
inline std::string seated_by_number(int n) {
    return "Seated " + std::to_string(n) + " players: Player 1 to Player " + std::to_string(n) +
           " (R renames a seat at the table)";
}
inline std::string table_holds_at_most(int n) {
    return "The table holds at most " + std::to_string(n) + " players";
}
inline std::string already_seated(const std::string& name) {
    return name + " is already at the table";
}
inline std::string seat_by_number_or_name(int lo, int hi) {
    return "Type a name, or press " + std::to_string(lo) + "\u2013" + std::to_string(hi);
}
inline std::string start_with_count(const std::string& key, int n) {
    return key + " with nobody named: " + std::to_string(n) + " players";
}

// Set-up's estimate of a format's length (game/session/estimate.hpp).
inline std::string about_minutes(int minutes, int people, bool open_ended) {
    std::string who = people == 1 ? "1 person" : std::to_string(people) + " people";
    std::string length = minutes >= 90 && minutes % 30 == 0
                             ? std::to_string(minutes / 60) + (minutes % 60 ? ".5" : "") + " hours"
                             : std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
    return open_ended ? "About " + length + " a round for " + who + "; the host ends it"
                      : "About " + length + " for " + who;
}

} // namespace hearth::words

// The names of actions, refusals, events, phases and timers, as logs and
// code write them; a refusal's message for the screen.
#include "game/session/detail/session_detail.hpp"
#include "game/session/session.hpp"

#include <iterator>

namespace hearth {

bool operator==(const Card& a, const Card& b) {
    return a.id == b.id && a.type == b.type && a.title == b.title && a.subtitle == b.subtitle &&
           a.text == b.text && a.art == b.art && a.see == b.see && a.tags == b.tags &&
           a.number == b.number && a.number_given == b.number_given && a.scale == b.scale &&
           a.minutes == b.minutes;
}

// ---------------------------------------------------------------- names

std::string_view action_name(const Action& a) {
    static constexpr std::string_view names[] = {
        "next",          "back",           "redo",       "skip",   "keep",       "pass",
        "take",          "pause",          "resume",     "extend", "add-player", "rename-player",
        "remove-player", "choose-mission", "write-card", "end",    "tick",       "choose"};
    static_assert(std::size(names) == std::variant_size_v<Action>);
    return names[a.index()];
}

namespace {
constexpr std::string_view kRefusals[] = {
    "unknown-format",
    "session-ended",
    "paused",
    "not-paused",
    "already-paused",
    "nothing-to-undo",
    "nothing-to-redo",
    "choose-mission-first",
    "not-playing",
    "no-card",
    "no-other-card",
    "nothing-to-pass",
    "not-popcorn",
    "already-held",
    "no-such-seat",
    "table-full",
    "last-player",
    "empty-name",
    "name-too-long",
    "duplicate-name",
    "no-mission-rule",
    "mission-already-set",
    "not-in-setup",
    "not-a-mission",
    "no-blank-type",
    "not-a-blank-type",
    "empty-title",
    "card-too-long",
    "no-timer",
    "bad-duration",
    "not-choosing",
    "no-such-choice",
    "choose-card-first",
};
static_assert(std::size(kRefusals) == static_cast<std::size_t>(Refusal::ChooseCardFirst) + 1);
static_assert(static_cast<int>(MessageId::RefusalChooseCardFirst) -
                  static_cast<int>(MessageId::RefusalUnknownFormat) ==
              static_cast<int>(Refusal::ChooseCardFirst));

constexpr std::string_view kEvents[] = {
    "started",      "draw",           "reshuffle",     "skipped",        "kept",    "discarded",
    "mission",      "step",           "turn",          "round",          "speaker", "spoke",
    "passed",       "timer-started",  "timer-expired", "timer-extended", "time-up", "ended",
    "player-added", "player-renamed", "player-left",   "written",        "undone",  "redone",
    "paused",       "resumed",        "advanced",      "offered",        "chosen",  "returned",
    "opening",      "closing"};
static_assert(std::size(kEvents) == static_cast<std::size_t>(EventKind::Closing) + 1);
} // namespace

std::string_view to_string(Refusal r) {
    return kRefusals[static_cast<int>(r)];
}
Message message_of(Refusal r) {
    return {static_cast<MessageId>(static_cast<int>(MessageId::RefusalUnknownFormat) +
                                   static_cast<int>(r)),
            {}};
}
std::string_view to_string(EventKind k) {
    return kEvents[static_cast<int>(k)];
}

std::optional<EventKind> event_kind_from(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kEvents); ++i)
        if (kEvents[i] == name)
            return static_cast<EventKind>(i);
    return std::nullopt;
}

std::string_view to_string(EndReason r) {
    static constexpr std::string_view names[] = {"none",  "host",    "rounds",
                                                 "cards", "minutes", "empty"};
    return names[static_cast<int>(r)];
}

std::string_view to_string(TimerKind k) {
    static constexpr std::string_view names[] = {"none", "prompt", "speaker", "discussion", "do"};
    return names[static_cast<int>(k)];
}

std::string_view to_string(Phase p) {
    static constexpr std::string_view names[] = {"setup", "playing", "ended", "opening", "closing"};
    return names[static_cast<int>(p)];
}

} // namespace hearth

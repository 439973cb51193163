// The message ids' names and the arguments each carries.
#include "game/base/message.hpp"

#include <iterator>

namespace hearth {
namespace {

struct MessageInfo {
    std::string_view name;
    std::span<const std::string_view> args;
};

constexpr std::string_view kNone[] = {""};
constexpr std::string_view kDeckFormat[] = {"deck", "format"};
constexpr std::string_view kWantedDeck[] = {"wanted", "deck"};
constexpr std::string_view kPlayerCount[] = {"format", "min", "max", "count"};
constexpr std::string_view kNameLimit[] = {"name", "limit"};
constexpr std::string_view kName[] = {"name"};
constexpr std::string_view kCard[] = {"card"};
constexpr std::string_view kCardDeckType[] = {"card", "deck", "type"};
constexpr std::string_view kActionReason[] = {"action", "reason"};
constexpr std::string_view kFormatDeck[] = {"format", "deck"};
constexpr std::string_view kCounts[] = {"rounds", "cards", "minutes"};
constexpr std::string_view kPlayed[] = {"number", "card", "player", "round"};
constexpr std::string_view kPlayedKept[] = {"number", "card", "player", "round", "keeper"};
constexpr std::string_view kKept[] = {"player", "cards"};
constexpr std::string_view kPlayer[] = {"player"};
constexpr std::string_view kPlayerCard[] = {"player", "card"};
constexpr std::string_view kMovePlayerCard[] = {"move", "player", "card"};
constexpr std::string_view kRound[] = {"round"};
constexpr std::string_view kRoundOf[] = {"round", "rounds"};
constexpr std::string_view kTurn[] = {"turn"};
constexpr std::string_view kTime[] = {"time"};
constexpr std::string_view kCards[] = {"cards"};
constexpr std::string_view kKey[] = {"key"};
constexpr std::string_view kKeyNumber[] = {"key", "number"};
constexpr std::string_view kPercent[] = {"percent"};
constexpr std::string_view kVerbosity[] = {"verbosity"};
constexpr std::string_view kReason[] = {"reason"};
constexpr std::string_view kTitleText[] = {"title", "text"};

constexpr std::span<const std::string_view> none() {
    return std::span<const std::string_view>(kNone, 0);
}

constexpr MessageInfo kMessages[] = {
    {"refusal.unknown-format", none()},
    {"refusal.session-ended", none()},
    {"refusal.paused", none()},
    {"refusal.not-paused", none()},
    {"refusal.already-paused", none()},
    {"refusal.nothing-to-undo", none()},
    {"refusal.nothing-to-redo", none()},
    {"refusal.choose-mission-first", none()},
    {"refusal.not-playing", none()},
    {"refusal.no-card", none()},
    {"refusal.no-other-card", none()},
    {"refusal.nothing-to-pass", none()},
    {"refusal.not-popcorn", none()},
    {"refusal.already-held", none()},
    {"refusal.no-such-seat", none()},
    {"refusal.table-full", none()},
    {"refusal.last-player", none()},
    {"refusal.empty-name", none()},
    {"refusal.name-too-long", none()},
    {"refusal.duplicate-name", none()},
    {"refusal.no-mission-rule", none()},
    {"refusal.mission-already-set", none()},
    {"refusal.not-in-setup", none()},
    {"refusal.not-a-mission", none()},
    {"refusal.no-blank-type", none()},
    {"refusal.not-a-blank-type", none()},
    {"refusal.empty-title", none()},
    {"refusal.card-too-long", none()},
    {"refusal.no-timer", none()},
    {"refusal.bad-duration", none()},
    {"refusal.not-choosing", none()},
    {"refusal.no-such-choice", none()},
    {"refusal.choose-card-first", none()},

    {"start.no-format", kDeckFormat},
    {"start.other-deck", kWantedDeck},
    {"start.player-count", kPlayerCount},
    {"start.player-count-exact", kPlayerCount},
    {"start.name-too-long", kNameLimit},
    {"start.duplicate-name", kName},
    {"start.own-card-id", kCard},
    {"start.own-card-type", kCardDeckType},

    {"replay.refused", kActionReason},

    {"summary.title", kFormatDeck},
    {"summary.players", none()},
    {"summary.player", kName},
    {"summary.player-left", kName},
    {"summary.counts", kCounts},
    {"summary.mission", none()},
    {"summary.mission-card", kCard},
    {"summary.opening", none()},
    {"summary.opening-card", kCard},
    {"summary.played-heading", none()},
    {"summary.none-played", none()},
    {"summary.played", kPlayed},
    {"summary.played-kept", kPlayedKept},
    {"summary.kept-heading", none()},
    {"summary.kept", kKept},
    {"summary.written-heading", none()},
    {"summary.written-card", kCard},
    {"summary.written-by", kPlayer},

    {"did.keep", kPlayerCard},
    {"did.pass", kPlayer},
    {"did.skip", kPlayerCard},
    {"did.undo", kMovePlayerCard},
    {"did.redo", kMovePlayerCard},
    {"move.keep", kPlayerCard},
    {"move.pass", kPlayer},
    {"move.skip", kPlayerCard},
    {"move.draw", kPlayerCard},
    {"move.spoke", kPlayer},
    {"move.take", kPlayer},
    {"move.start", none()},
    {"move.step", none()},
    {"move.seat", kPlayer},
    {"move.write", kPlayerCard},
    {"move.mission", kCard},
    {"move.end", none()},
    {"move.choose", kCard},

    {"table.round", kRound},
    {"table.round-of", kRoundOf},
    {"table.last-round", kRoundOf},
    {"table.turn", kTurn},
    {"table.time-left", kTime},
    {"table.time-up", none()},
    {"table.cards-left", kCards},
    {"table.one-card-left", none()},
    {"table.session-clock", kTime},
    {"table.kept-status", kPlayer},
    {"table.look-mission", kKey},
    {"table.look-see", kKeyNumber},
    {"table.no-see", none()},
    {"table.no-mission", none()},
    {"table.text-size", kPercent},

    {"read.on", kVerbosity},
    {"read.off", none()},
    {"read.unavailable", kReason},
    {"read.card", kTitleText},
    {"read.turn", kPlayer},
    {"read.speaker", kPlayer},
    {"read.minute-left", none()},
    {"read.time-up", none()},
    {"read.no-card", none()},
    {"read.empty-entry", none()},
    {"read.level-cards", none()},
    {"read.level-turns", none()},
    {"read.level-everything", none()},
    {"read.help-toggle", none()},
    {"read.help-again", none()},
    {"read.help-entry", none()},
};
static_assert(std::size(kMessages) == static_cast<std::size_t>(kMessageCount));

const MessageInfo& info(MessageId id) {
    return kMessages[static_cast<std::size_t>(id)];
}

} // namespace

const MessageArg* Message::arg(std::string_view name) const {
    for (const MessageArg& a : args)
        if (a.name == name)
            return &a;
    return nullptr;
}

std::string_view to_string(MessageId id) {
    return info(id).name;
}

std::span<const std::string_view> message_args(MessageId id) {
    return info(id).args;
}

std::string to_string(const Message& m) {
    std::string out(to_string(m.id));
    out += '(';
    for (std::size_t i = 0; i < m.args.size(); ++i) {
        const MessageArg& a = m.args[i];
        out += (i ? ", " : "") + a.name + '=';
        if (const auto* s = std::get_if<std::string>(&a.value))
            out += '\'' + *s + '\'';
        else if (const auto* n = std::get_if<std::int64_t>(&a.value))
            out += std::to_string(*n);
        else if (const auto* id = std::get_if<MessageId>(&a.value))
            out += to_string(*id);
        else
            for (std::size_t k = 0;
                 const std::string& item : std::get<std::vector<std::string>>(a.value))
                out += (k++ ? "|'" : "'") + item + '\'';
    }
    return out + ')';
}

} // namespace hearth

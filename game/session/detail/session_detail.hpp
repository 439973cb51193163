// Shared by the session's own files; not part of its public API.
#pragma once

#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

inline constexpr std::size_t kMaxNameBytes = 60;
inline constexpr std::size_t kMaxTitleBytes = 200;
inline constexpr std::size_t kMaxTextBytes = 4000;
inline constexpr std::int64_t kMaxDurationMs = 24LL * 3600 * 1000;
// A card id or type name in a save: the deck's own error limit for ids.
inline constexpr std::size_t kMaxCardIdBytes = 1024;
// The cards one table can hold written: one per blank card drawn, and a
// deck holds far fewer than this.
inline constexpr std::size_t kMaxWrittenCards = 100000;

// `raw` with invalid UTF-8 sequences replaced by U+FFFD.
std::string valid_utf8(std::string_view raw);
// A name with control characters made spaces and outer spaces trimmed.
std::string clean_name(std::string_view raw);
// Whether `c` is the opening card of `f`, or one it may be drawn from.
bool opens_with(const Format& f, const Card& c);
// The ids of the deck's cards a session of `f` plays with: the draw types,
// the mission candidates and the opening's cards, in deck order (written
// cards come on top of these).
std::vector<std::string> session_card_ids(const Deck& deck, const Format& f);
// The event kind named `name` in the log, if any.
std::optional<EventKind> event_kind_from(std::string_view name);

} // namespace hearth

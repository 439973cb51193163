// How long a session of a format takes for a number of players, from the
// format alone: its turn, its timers and its end. For the set-up screen
// ("about 45 minutes for 6 people"). Pure arithmetic, no clock.
#pragma once

#include "game/deck/deck.hpp"

#include <vector>

namespace hearth {

struct Estimate {
    int minutes = 0;         // rounded: to 1 minute under 10, else to 5
    int turns = 0;           // the turns it plays
    bool open_ended = false; // ends only when the host ends it: `minutes` is one round
    bool by_time = false;    // the format's minutes end it before its rounds or cards
    // With a do step whose cards' minutes spread: the whole (rounded as
    // `minutes`) with the shortest and with the longest of them; both 0
    // when they would change it by less than kRangeMinutes.
    int low = 0, high = 0;
    bool ranged() const { return high > low; }
};

// The least difference, in minutes, between the whole with the shortest and
// with the longest card of a do step that makes the estimate a range.
inline constexpr int kRangeMinutes = 10;

// Seconds a step without a timer is reckoned to take (reading a card, an
// answer or a discussion the format does not time).
inline constexpr int kUntimedStepSeconds = 60;
// Seconds reckoned for drawing and reading out a card.
inline constexpr int kDrawSeconds = 15;

// Seconds reckoned for the host to read an opening card aloud.
inline constexpr int kOpeningSeconds = 60;

// The `minutes` of the cards `f` draws from `deck`, in seconds: the shortest,
// the median and the longest (each a step without a timer's, when none has
// minutes).
struct DoSpread {
    int shortest = kUntimedStepSeconds;
    int median = kUntimedStepSeconds;
    int longest = kUntimedStepSeconds;
};
DoSpread do_spread(const Deck& deck, const Format& f);
// Seconds reckoned for a do step: the median of do_spread.
int do_seconds(const Deck& deck, const Format& f);
// The expected length of one turn of `f` with `players` at the table, in
// seconds; a do step reckoned `do_step` seconds.
int turn_seconds(const Format& f, int players, int do_step = kUntimedStepSeconds);
// The expected length of the opening and the closing round of `f`, in seconds.
int bookend_seconds(const Format& f, int players);
// The expected length of a session of `f` with `players` (at least 1): its
// opening, its turns and its closing round; a do step reckoned `do_step`.
Estimate estimate(const Format& f, int players, int do_step = kUntimedStepSeconds);
// The same, with the do step reckoned from the cards the format draws (their
// median), and `low` and `high` from the shortest and the longest of them.
Estimate estimate(const Deck& deck, const Format& f, int players);

} // namespace hearth

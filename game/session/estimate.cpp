// The set-up screen's estimate of a session's length (estimate.hpp).
#include "game/session/estimate.hpp"

#include <algorithm>
#include <cstdint>

namespace hearth {

namespace {

int discussion_seconds(const Format& f, int players) {
    const Timers& t = f.timers;
    const bool piece = f.speaking != Speaking::Open;
    if (piece && t.speaker > 0) {
        // Everyone speaks once (a round); popcorn reckons the same. A total
        // discussion time ends it sooner.
        const int all = t.speaker * players;
        return t.discussion > 0 ? std::min(all, t.discussion) : all;
    }
    return t.discussion > 0 ? t.discussion : kUntimedStepSeconds;
}

} // namespace

DoSpread do_spread(const Deck& deck, const Format& f) {
    std::vector<int> minutes;
    for (const Card& c : deck.cards)
        if (c.minutes > 0 && draws(deck, f, c))
            minutes.push_back(c.minutes);
    DoSpread d;
    if (minutes.empty())
        return d;
    auto mid = minutes.begin() + static_cast<std::ptrdiff_t>(minutes.size() / 2);
    std::nth_element(minutes.begin(), mid, minutes.end());
    d.median = *mid * 60;
    d.shortest = *std::min_element(minutes.begin(), minutes.end()) * 60;
    d.longest = *std::max_element(minutes.begin(), minutes.end()) * 60;
    return d;
}

int do_seconds(const Deck& deck, const Format& f) {
    return do_spread(deck, f).median;
}

int bookend_seconds(const Format& f, int players) {
    int s = f.opening.given() ? kOpeningSeconds : 0;
    if (f.closing.round)
        s += std::max(players, 1) *
             (f.closing.speaker > 0 ? f.closing.speaker : kUntimedStepSeconds);
    return s;
}

int turn_seconds(const Format& f, int players, int do_step) {
    int s = 0;
    for (TurnKind k : f.turn) {
        switch (k) {
        case TurnKind::Draw:
            s += kDrawSeconds;
            break;
        case TurnKind::Prompt:
            s += f.timers.prompt > 0 ? f.timers.prompt : kUntimedStepSeconds;
            break;
        case TurnKind::Discussion:
            s += discussion_seconds(f, players);
            break;
        case TurnKind::Choose: // reading each card laid out, then picking
            s += kDrawSeconds * (f.choose.cards + 1);
            break;
        case TurnKind::Do: // the card's own minutes (do_seconds reckons them from the deck)
            s += do_step;
            break;
        }
    }
    return s;
}

Estimate estimate(const Deck& deck, const Format& f, int players) {
    const DoSpread d = do_spread(deck, f);
    Estimate e = estimate(f, players, d.median);
    // Without a do step the three are the same; with one, the cards the
    // group picks may make the evening much shorter or longer than the median.
    const int low = estimate(f, players, d.shortest).minutes;
    const int high = estimate(f, players, d.longest).minutes;
    if (high - low >= kRangeMinutes) {
        e.low = low;
        e.high = high;
    }
    return e;
}

Estimate estimate(const Format& f, int players, int do_step) {
    players = std::max(players, 1);
    Estimate e;
    const int per_turn = turn_seconds(f, players, do_step);
    const int rounds = f.end_limit(EndKind::Rounds);
    const int cards = f.end_limit(EndKind::Cards);
    const int minutes = f.end_limit(EndKind::Minutes);
    // Each condition's turns; the first reached ends the session after its turn.
    long long turns = -1;
    if (rounds > 0)
        turns = static_cast<long long>(rounds) * players;
    if (cards > 0)
        turns = turns < 0 ? cards : std::min<long long>(turns, cards);
    long long seconds = 0;
    if (turns < 0 && minutes == 0) {
        e.open_ended = true;
        turns = players;
    }
    if (turns >= 0)
        seconds = turns * per_turn;
    if (minutes > 0) {
        // Time up ends the session after the turn in progress: about half a turn more.
        const long long by_time = std::int64_t{minutes} * 60 + per_turn / 2;
        if (turns < 0 || by_time < seconds) {
            e.by_time = true;
            seconds = by_time;
            turns = (std::int64_t{minutes} * 60 + per_turn - 1) / std::max(per_turn, 1);
        }
    }
    e.turns = static_cast<int>(turns);
    // The opening counts on the session's clock (so within a format's
    // minutes); the closing round comes after the turns, whatever ended them.
    seconds += bookend_seconds(f, players) - (e.by_time && f.opening.given() ? kOpeningSeconds : 0);
    const long long m = (seconds + 30) / 60;
    e.minutes = static_cast<int>(m < 10 ? std::max<long long>(m, 1) : (m + 2) / 5 * 5);
    return e;
}

} // namespace hearth

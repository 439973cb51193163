// Solo reflection is a session with one seat. Here: how a solo session starts
// (the card of the day on top of its pile) and what the solo scene's moves
// are in the table's own actions. Each move applies `next`, `back`, `pause`
// or `resume` through apply on a copy and returns it, so a solo session is
// drawn from the session's pile, timed by the session's timer, and logged,
// saved and replayed like any other.
#pragma once

#include "game/session/session.hpp"

#include <cstdint>
#include <string_view>

namespace hearth {

// The deck's solo format: the first that seats one player and no more, else
// the first that seats one; null when no format seats one player.
const Format* solo_format(const Deck& deck);

// How a solo session on the date starts: one unnamed seat, `format` (empty:
// solo_format), the pile shuffled from `seed` with the card of the day on
// top (or, in a deck without reflective cards, the first card of the pile
// in deck order).
SessionStart solo_start(const Deck& deck, std::uint64_t seed, int year, int month, int day,
                        std::string_view format = {});

// The card a solo session began with (the card of the day), or empty.
const std::string& first_card(const Session& s);

// Every move below first resumes a paused session: moving on starts one
// person's clock again. A move that is refused leaves nothing applied.

// Another card: `next` until the table shows a card other than the one on
// show (from a draw step this passes through the prompt step), or the
// session ends.
Applied solo_draw(const Deck& deck, const Session& s);

// One of the table's actions (`skip`, `keep`, ...). `back` goes back to where
// the card before was drawn (steps in between, such as a prompt, are undone
// with it), never to before the first card: NothingToUndo there.
Applied solo_apply(const Deck& deck, const Session& s, const Action& action);

// Back to the last time `card` was drawn, by `back` steps; NothingToUndo when
// the undo history no longer reaches it. Unchanged when it is on show at its
// draw step already.
Applied solo_back_to(const Deck& deck, const Session& s, std::string_view card);

// The reflection timer. At a draw step followed by a prompt with a timer:
// `next`, which starts the format's prompt timer. While a timer shows:
// `pause`, and `resume` when paused. NoTimer when the format has no timer
// to start there.
Applied solo_timer(const Deck& deck, const Session& s);

} // namespace hearth

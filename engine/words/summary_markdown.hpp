// The end-of-session summary as a Markdown document, in words from the
// catalogue; the game gives its structure (game/session/summary.hpp).
#pragma once

#include "game/deck/deck.hpp"
#include "game/session/session.hpp"
#include "game/session/summary.hpp"

#include <string>

namespace hearth {

// The summary as Markdown. Names and titles are escaped; cards' own text is
// Markdown already and is written as it is.
std::string summary_markdown(const Summary& summary);
// The summary of `s` as Markdown.
std::string summary_markdown(const Deck& deck, const Session& s);

} // namespace hearth

// The end-of-session summary as Markdown: the mission, the cards played,
// who kept what and the cards written at the table. The engine saves it.
#pragma once

#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <string>

namespace hearth {

// The summary of `s` as a Markdown document.
std::string summary_markdown(const Deck& deck, const Session& s);

} // namespace hearth

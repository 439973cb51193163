// What the App draws over any scene: the help card, the pause screen, the
// list of errors (a broken deck file, a damaged save) and short messages.
#pragma once

#include "engine/scene.hpp"

#include <string>
#include <utility>
#include <vector>

namespace hearth {

// Keys and what they do, on a light panel over a dimmed screen.
void draw_help(Gfx& g, const KeyHelp& keys);
// The pause screen: blank, with one quiet line at the bottom naming `keys`.
void draw_pause(Gfx& g, const std::string& keys);
// Errors as `file:line:col: error: message`, with a title and what to do.
void draw_errors(Gfx& g, const std::string& title, const std::vector<std::string>& lines,
                 const std::string& hint);
// A short message in a pill near the bottom.
void draw_toast(Gfx& g, const std::string& message);

} // namespace hearth

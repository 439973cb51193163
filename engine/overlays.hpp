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
// A short message in a pill, centred in `band` (Scene::toast_band); a band
// narrower than the screen is covered from end to end.
void draw_toast(Gfx& g, const std::string& message, SDL_Rect band);
// Where draw_toast puts the pill for `message` in `band` (its text size in *px).
SDL_Rect toast_rect(Gfx& g, const std::string& message, SDL_Rect band, int* px = nullptr);
// The band a toast takes while the help covers the screen: under its panel.
SDL_Rect help_toast_band(const Gfx& g);
// The pause screen's hint colour (readable on its black: tests check the contrast).
extern const Color kPauseHint;

} // namespace hearth

// What changed on the window since the last present, so the software window
// sends only that to the display (SDL_UpdateWindowSurfaceRects) and not the
// whole window each frame. The frame is drawn into a canvas of Hearth's own
// (software_window.cpp); the window's surface still holds the frame shown
// last, so the two are compared row by row, the changes copied across, and
// bands of at most kBandRows rows returned, each as wide as its changes.
#pragma once

#include <SDL.h>

#include <vector>

namespace hearth {

constexpr int kChangedBandRows = 32;

// Copies what differs between `frame` and `shown` into `shown`, and returns
// the parts copied. All of it when `everything` (the display lost the
// window's pixels: an expose, a resize), and when the two differ in size or
// pixel format (then converted as SDL blits it).
std::vector<SDL_Rect> copy_changed_rows(SDL_Surface& frame, SDL_Surface& shown, bool everything);

} // namespace hearth

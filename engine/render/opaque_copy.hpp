// Copies that blend only where a picture lets the table show through. SDL's
// software renderer blends a copy pixel by pixel even where the picture is
// opaque, three to ten times the cost of a plain copy (a 664x928 card scaled:
// 1.7-2.5 ms blended, 0.35-0.7 ms plain). An opaque pixel blended over
// anything is itself, so copying the opaque parts plainly changes no pixel.
#pragma once

#include <SDL.h>

namespace hearth {

// True when every pixel of `surface` is opaque (a format without alpha, or
// a 32-bit one whose alpha is all 255). Other formats: false.
bool fully_opaque(SDL_Surface* surface);

// The side of the smallest square at each corner of `surface` outside which
// every pixel is opaque: 0 for an opaque picture, about the radius for a
// rounded card. -1 when a pixel that is not opaque lies elsewhere (or the
// format is not 32-bit), so the whole picture must be blended.
int clear_corner(SDL_Surface* surface);

// True when `src`, a part of a w x h picture whose clear_corner is
// `corner`, holds only opaque pixels (it meets none of the corner squares).
bool clear_of_corners(const SDL_Rect& src, int w, int h, int corner);

// clear_corner of what the renderer's current target (w x h) shows, read
// back from it (a render target has no surface to look at).
int clear_corner_of_target(SDL_Renderer* renderer, int w, int h);

// Copies `texture` (w x h, blend mode BLEND) to `dst`, scaled as
// SDL_RenderCopy would: with `corner` >= 0 from clear_corner, the cross
// between the corners is copied plainly and only the four corners blended.
// `corner` < 0 blends the whole copy, as SDL_RenderCopy does.
void copy_with_clear_corners(SDL_Renderer* renderer, SDL_Texture* texture, int w, int h, int corner,
                             const SDL_Rect& dst);

} // namespace hearth

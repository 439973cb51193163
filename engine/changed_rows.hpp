// What changed on the window since the last present, so the software
// renderer copies only that to the display (SDL_UpdateWindowSurfaceRects)
// and not the whole window each frame. A copy of the last frame presented
// is kept; each present compares the new frame with it row by row and
// returns bands of at most kBandRows rows, each as wide as its changes.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <vector>

namespace hearth {

class ChangedRows {
public:
    static constexpr int kBandRows = 32;

    // The parts of `frame` (32-bit pixels) that differ from the last frame
    // given, which it then remembers. All of it when `everything` (the
    // display lost the window's pixels: an expose, a resize) or when its size
    // or layout differs from the last one's.
    std::vector<SDL_Rect> changes(const SDL_Surface& frame, bool everything);
    // The frame presented was not given: the next one is all changed.
    void forget() { w_ = h_ = 0; }
    // Makes room for the copy of a frame like `frame` (its pages touched),
    // so that the first changes() does not allocate it.
    void reserve(const SDL_Surface& frame) {
        if (frame.w > 0 && frame.h > 0)
            last_.resize(std::size_t(frame.w) * std::size_t(frame.h));
    }

private:
    std::vector<std::uint32_t> last_;
    int w_ = 0, h_ = 0;
};

} // namespace hearth

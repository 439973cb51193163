// Where things go at the foot of the summary (the table's last screen), as a
// pure function of the screen size: the drawing code, the toast's band and
// the tests share it. From the bottom up: the clicker's choices band over
// the key hints, the line saying where the summary was saved, the band a
// toast takes, then the rows (the cards played, kept, written) above it, so
// that a toast never covers the saved line nor the rows.
#pragma once

#include <SDL_rect.h>

namespace hearth {

struct SummaryLayout {
    int rows_bottom = 0; // the rows end above this
    SDL_Rect toast{};    // the band a toast is centred in
    int saved_y = 0;     // the top of the "Saved to ..." line
    int hints_y = 0;     // the top of the key hints (the clicker's line under them)
    SDL_Rect choices{};  // the clicker's choices band, over the hints
};

SummaryLayout summary_layout(int w, int h);

} // namespace hearth

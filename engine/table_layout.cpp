#include "engine/table_layout.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {

namespace {

// A screen taller than wide: the card on top, as wide as the height allows,
// the status line under it, then the seats (left) beside the mission, the
// timer and the piles (right), so the height is used rather than letterboxed.
TableLayout portrait_layout(int w, int h, int seats, double aspect) {
    TableLayout L;
    L.unit = std::min(w / 1920.0, h / 1080.0);
    auto u = [&](double v) { return int(std::lround(v * L.unit)); };
    int band = std::max(u(76), h / 25);
    int ch = std::min(int(h * 0.58), int(w * 0.92 / aspect));
    int cw = int(ch * aspect);
    L.header = SDL_Rect{u(40), 0, w - u(80), band};
    L.card = SDL_Rect{(w - cw) / 2, band, cw, ch};
    L.status = SDL_Rect{u(40), band + ch, w - u(80), band};
    int top = band + ch + band;
    int bottom = h - std::max(u(24), h / 80);
    int region = std::max(0, bottom - top);
    int gap = std::max(u(24), w / 40);
    int left_w = (w - 3 * gap) * 55 / 100;
    int n = std::max(1, seats);
    int row = std::min(region / n, std::max(u(104), h / 18));
    int pill_h = row * 80 / 100;
    int first = top + (region - row * n) / 2;
    for (int i = 0; i < seats; ++i)
        L.seats.push_back(SDL_Rect{gap, first + i * row + (row - pill_h) / 2, left_w, pill_h});
    int rx = gap + left_w + gap;
    int rw = w - rx - gap;
    L.mission = SDL_Rect{rx, top, rw, region * 28 / 100};
    int pile_h = std::min(region * 36 / 100, int(rw * 0.45 / aspect));
    int pile_w = int(pile_h * aspect);
    int pile_y = bottom - pile_h;
    int pile_gap = std::max(0, (rw - 2 * pile_w) / 3);
    L.draw_pile = SDL_Rect{rx + pile_gap, pile_y, pile_w, pile_h};
    L.discard = SDL_Rect{rx + 2 * pile_gap + pile_w, pile_y, pile_w, pile_h};
    int timer_top = L.mission.y + L.mission.h + u(20);
    int timer_bottom = pile_y - u(50);
    int d = std::max(0, std::min(rw, timer_bottom - timer_top) * 85 / 100);
    L.timer = SDL_Rect{rx + (rw - d) / 2, timer_top + (timer_bottom - timer_top - d) / 2, d, d};
    return L;
}

} // namespace

TableLayout table_layout(int w, int h, int seats, double aspect) {
    if (h > w)
        return portrait_layout(w, h, seats, aspect);
    TableLayout L;
    L.unit = std::min(w / 1920.0, h / 1080.0);
    auto u = [&](double v) { return int(std::lround(v * L.unit)); };
    int ch = std::min(int(h * 0.86), int(w * 0.40 / aspect));
    int cw = int(ch * aspect);
    L.card = SDL_Rect{(w - cw) / 2, (h - ch) / 2, cw, ch};
    int top = L.card.y;
    L.header = SDL_Rect{u(40), 0, w - u(80), top};
    L.status = SDL_Rect{u(40), L.card.y + ch, w - u(80), h - (L.card.y + ch)};

    // Seats: the left column, a gentle arc round the card's side, in seat order.
    int gap = std::max(u(24), w / 60);
    int left_w = L.card.x - 2 * gap;
    int n = std::max(1, seats);
    int row = std::min(u(104), ch / n);
    int pill_h = row * 80 / 100;
    int pill_w = left_w * 90 / 100;
    int first = L.card.y + (ch - row * n) / 2;
    double mid = (n - 1) / 2.0;
    for (int i = 0; i < seats; ++i) {
        double t = mid > 0 ? (i - mid) / mid : 0; // -1 at the top, 1 at the bottom
        // Seats further from the card's middle come closer to it, as
        // chairs round a table do.
        int bulge = int((left_w - pill_w) * (1 - t * t) * 0.6);
        L.seats.push_back(SDL_Rect{gap + (left_w - pill_w) - bulge,
                                   first + i * row + (row - pill_h) / 2, pill_w, pill_h});
    }

    // Right column: mission at the top, timer in the middle, piles below.
    int rx = L.card.x + cw + gap;
    int rw = w - rx - gap;
    L.mission = SDL_Rect{rx, L.card.y, rw, ch * 24 / 100};
    int pile_h = ch * 30 / 100;
    int pile_w = int(pile_h * aspect);
    int pile_y = L.card.y + ch - pile_h;
    int pile_gap = std::max(0, (rw - 2 * pile_w) / 3);
    L.draw_pile = SDL_Rect{rx + pile_gap, pile_y, pile_w, pile_h};
    L.discard = SDL_Rect{rx + 2 * pile_gap + pile_w, pile_y, pile_w, pile_h};
    int timer_top = L.mission.y + L.mission.h + u(20);
    int timer_bottom = pile_y - u(60);
    int d = std::max(0, std::min(rw, timer_bottom - timer_top) * 85 / 100);
    L.timer = SDL_Rect{rx + (rw - d) / 2, timer_top + (timer_bottom - timer_top - d) / 2, d, d};
    return L;
}

} // namespace hearth

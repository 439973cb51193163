// A drawn card's flight over the still table: when the flight starts, the
// table without the centre card is drawn once into a texture; each frame of
// the flight copies it and draws the flying card, so a frame costs one
// full-screen copy and the card rather than the whole table.
//
// The copy is exact (no blending), and it is used only while nothing else on
// the table moves but the seats: no running timer (its ring turns every
// frame), no form, look or confirmation band, and a flight path that stays
// clear of the status line (the one thing drawn after the card). When the
// turn's mark or the talking piece moves between seats as the card flies
// (each draw passes the turn), the still table is made without the seats
// and they are drawn over it each frame, if they lie clear of everything
// the table draws after them. Anything else a frame shows changes only with
// an action, which is part of the texture's key.
#include "engine/scenes/card_texture.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"

#include <initializer_list>

namespace hearth {

bool TableScene::draw_over_still(Gfx& g, SceneHost& host) {
    const std::int64_t now = host.now_ms();
    const Session& s = session_;
    const TimerView tv = timer_view(s);
    const bool timer_moves = tv.kind != TimerKind::None &&
                             (tv.state == TimerState::Running || tv.state == TimerState::Expired);
    if (!use_still_ || !flip_.active(now) || timer_moves || confirm_end_ || confirm_remove_ >= 0 ||
        panel_.is_open() || !look_card_.empty() || s.table.phase != Phase::Playing) {
        // The texture is kept for the next flight: made afresh, its 8 MB at
        // 1080p cost each press 3-4 ms of page faults.
        still_.card.clear();
        return false;
    }
    TableLayout L = table_layout(g.w, g.h, int(seat_names(s).size()), kPrintCardAspect);
    SDL_Rect path{};
    SDL_UnionRect(&L.draw_pile, &L.card, &path);
    if (SDL_HasIntersection(&path, &L.status))
        return false;
    // Seats that move (the turn's mark, the talking piece) are left out of
    // the still table and drawn over it each frame; they must then be clear
    // of what the table draws after them.
    const bool seats_move = seat_move_.active(now);
    if (seats_move) {
        if (L.seats.empty())
            return false;
        SDL_Rect seats = L.seats.front();
        for (const SDL_Rect& r : L.seats)
            SDL_UnionRect(&seats, &r, &seats);
        // The lit seat's pill stands out past its seat (table_seats.cpp).
        const int out = L.seats.front().h / 5 + 4;
        seats = SDL_Rect{seats.x - out, seats.y - out, seats.w + 2 * out, seats.h + 2 * out};
        for (const SDL_Rect& after : {L.status, path, L.mission, L.timer, L.discard, L.header})
            if (SDL_HasIntersection(&seats, &after))
                return false;
    }

    std::string key = "still " + s.table.in_play;
    key += ' ';
    key += std::to_string(flip_.start);
    key += ' ';
    key += std::to_string(s.log.size());
    key += s.time_up ? " up " : " ";
    key += std::to_string(g.text_scale);
    key = picture_key(key, g.w, g.h, host.deck_generation());
    SDL_Texture* still = cached_card(
        g.renderer, still_, key, g.w, g.h,
        [&](SDL_Rect) {
            set_draw_color(g.renderer, theme::kCloth);
            SDL_RenderClear(g.renderer);
            skip_centre_ = true;
            skip_seats_ = still_without_seats_ = seats_move;
            draw_table(g, host);
            skip_centre_ = skip_seats_ = false;
        },
        Cover::Whole); // copied plainly, whole
    if (!still)
        return false;
    SDL_SetTextureBlendMode(still, SDL_BLENDMODE_NONE);
    SDL_RenderCopy(g.renderer, still, nullptr, nullptr);
    last_layout_ = L;
    if (still_without_seats_)
        draw_seats(g, host, L, now);
    draw_center_card(g, host, L, now);
    return true;
}

} // namespace hearth

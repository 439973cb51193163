#include "engine/phones/join_view.hpp"

#include "engine/phones/qr_code.hpp"
#include "engine/theme.hpp"
#include "engine/words/phone_words.hpp"

#include <algorithm>

namespace hearth {

SDL_Rect join_qr_rect(const Gfx& g, SDL_Rect rect) {
    const int pad = g.px(30);
    int side = std::min(rect.w - 2 * pad, rect.h * 45 / 100);
    return SDL_Rect{rect.x + (rect.w - side) / 2, rect.y + pad + g.px(60), side, side};
}

void draw_join(Gfx& g, SDL_Rect rect, const JoinView& v) {
    g.shapes().rounded_rect(rect, g.px(28), theme::kCream, theme::kInk, std::max(2, g.px(3)));
    const int pad = g.px(30);
    const int x = rect.x + pad;
    int y = rect.y + pad;
    const int tp = g.font(40);
    g.text().draw_line(phones_join_title(), Face::Title, tp, theme::kInk, x, y);
    SDL_Rect q = join_qr_rect(g, rect);
    if (std::optional<QrCode> code = make_qr(v.url)) {
        // White with a quiet zone of four modules, dark modules in black:
        // what a phone's camera reads best.
        const int n = code->size + 8;
        const int m = std::max(1, q.w / n);
        const int side = m * n;
        SDL_Rect box{q.x + (q.w - side) / 2, q.y + (q.h - side) / 2, side, side};
        SDL_SetRenderDrawColor(g.renderer, 255, 255, 255, 255);
        SDL_RenderFillRect(g.renderer, &box);
        SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 255);
        for (int row = 0; row < code->size; ++row)
            for (int col = 0; col < code->size; ++col)
                if (code->at(col, row)) {
                    SDL_Rect d{box.x + (col + 4) * m, box.y + (row + 4) * m, m, m};
                    SDL_RenderFillRect(g.renderer, &d);
                }
    }
    y = q.y + q.h + g.px(20);
    const int lp = g.font(26);
    // The address, shrunk to fit the panel's width when it is long.
    int up = lp;
    while (up > g.font(14) && g.text().measure(v.url, Face::Body, up) > rect.w - 2 * pad)
        --up;
    g.text().draw_line(v.url, Face::Body, up, theme::kInk, x, y);
    y += up * 3 / 2;
    g.text().draw_line(phones_room_said(v.room), Face::BodyBold, g.font(36), theme::kInk, x, y);
    y += g.font(36) * 3 / 2;
    if (!v.others.empty()) {
        std::string list;
        for (const auto& a : v.others)
            list += (list.empty() ? "" : ", ") + a;
        g.text().draw_line(phones_other_addresses(list), Face::Body, g.font(20), theme::kInk, x, y);
        y += g.font(20) * 3 / 2;
    }
    g.text().draw_line(phones_locked_said(v.locked), Face::BodyItalic, lp, theme::kInk, x, y);
    y += lp * 3 / 2;
    const int bottom = rect.y + rect.h - pad - (v.hint.empty() ? 0 : lp * 2);
    if (v.phones.empty())
        g.text().draw_line(phones_none_joined(), Face::Body, lp, theme::kInk, x, y);
    for (std::size_t i = 0; i < v.phones.size() && y + lp < bottom; ++i) {
        if (int(i) == v.lit) {
            SDL_Rect lit{x - g.px(10), y - g.px(4), rect.w - 2 * pad + g.px(20), lp * 4 / 3};
            g.shapes().rounded_rect(lit, g.px(8), theme::kOrange);
        }
        int pp = lp; // a long name shrinks its line to the panel's width
        while (pp > g.font(16) && g.text().measure(v.phones[i], Face::Body, pp) > rect.w - 2 * pad)
            --pp;
        g.text().draw_line(v.phones[i], Face::Body, pp, theme::kInk, x, y);
        y += lp * 3 / 2;
    }
    if (!v.hint.empty())
        g.text().draw_line(v.hint, Face::BodyItalic, g.font(22), theme::kInk, x,
                           rect.y + rect.h - pad - g.font(22) * 3 / 2);
}

} // namespace hearth

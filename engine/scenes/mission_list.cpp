#include "engine/scenes/mission_list.hpp"

#include "engine/theme.hpp"

namespace hearth {

std::vector<const Card*> mission_cards(const Deck& deck, const Format& f) {
    std::vector<const Card*> out;
    for (const Card& c : deck.cards)
        if (c.type == f.mission_type)
            out.push_back(&c);
    return out;
}

std::vector<SDL_Rect> draw_mission_list(Gfx& g, const Deck& deck,
                                        const std::vector<const Card*>& missions, int lit,
                                        int top) {
    TextPainter& text = g.text();
    std::vector<SDL_Rect> rows;
    int m = g.px(100);
    int col = g.w / 2 - m;
    int y = top;
    // Rows shrink so that every mission fits above the hint line.
    int lp = g.font(38);
    int n = int(missions.size());
    int room = g.h - g.px(130) - top;
    while (lp > 10 && n * (lp * 2 + g.px(8)) > room)
        --lp;
    for (int i = 0; i < n; ++i) {
        bool sel = i == lit;
        SDL_Rect r{m, y, col, lp * 2};
        rows.push_back(r);
        if (sel)
            g.shapes().rounded_rect(r, r.h / 2, theme::kOrange);
        Color ink = sel ? theme::kInk : theme::kCream;
        Face face = sel ? Face::BodyBold : Face::Body;
        int ty = r.y + (r.h - lp * 6 / 5) / 2;
        const Card& c = *missions[std::size_t(i)];
        std::string num = std::to_string(c.number);
        int num_right = r.x + lp / 2 + text.measure("00", Face::BodyBold, lp);
        text.draw_line(num, face, lp, ink, num_right - text.measure(num, face, lp), ty);
        text.draw_line(c.title, face, lp, ink, num_right + lp * 2 / 3, ty);
        y += lp * 2 + g.px(8);
    }
    if (lit >= 0 && lit < n) {
        int ch = g.h - g.px(260);
        int cw = int(ch * kPrintCardAspect);
        SDL_Rect card{g.w - m - cw, g.px(150), cw, ch};
        g.cards.draw_front(deck, *missions[std::size_t(lit)], card);
    }
    return rows;
}

int row_at(const std::vector<SDL_Rect>& rows, int x, int y) {
    SDL_Point p{x, y};
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (SDL_PointInRect(&p, &rows[i]))
            return int(i);
    return -1;
}

} // namespace hearth

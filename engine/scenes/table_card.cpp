// The table's centre card: its face and back drawn once into textures kept
// between frames (keyed on the card, its size and the deck's generation),
// and the draw animation that flies it from the pile while it turns over.
#include "engine/scenes/table_scene.hpp"

#include "engine/scenes/card_texture.hpp"
#include "engine/scenes/table_motion.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
SDL_Texture* TableScene::centre_back(Gfx& g, const SceneHost& host, SDL_Rect rect) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    const Card* card = current_card(deck, s);
    const Card* top =
        s.table.draw_pile.empty() ? nullptr : find_session_card(deck, s, s.table.draw_pile.back());
    const Card* back_of = card ? card : top;
    if (!back_of)
        return nullptr;
    const std::string key = back_key(*back_of, rect, host.deck_generation());
    if (back_tex_.card != key && next_back_tex_.card == key) // prepared while the table was idle
        std::swap(back_tex_, next_back_tex_);
    if (back_tex_.card != key)
        ++centre_paints_;
    return cached_card(
        g.renderer, back_tex_, key, rect.w, rect.h,
        [&](SDL_Rect r) { g.cards.draw_back(deck, *back_of, r); }, Cover::Card,
        g.cards.back_clear_corner(deck, *back_of, rect.w));
}

std::string TableScene::back_key(const Card& card, SDL_Rect rect, std::uint64_t generation) {
    // A card with a back of its own shows it; the others share their type's.
    const std::string id =
        card.back_file.empty() && !card.two_sided() ? card.type : "card:" + card.id;
    return picture_key(id, rect.w, rect.h, generation);
}

void TableScene::draw_center_card(Gfx& g, const SceneHost& host, const TableLayout& L,
                                  std::int64_t now) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    // A kept card has left the middle: its place shows the pile's back.
    const Card* card = turn_card_kept() ? nullptr : current_card(deck, s);
    SDL_Rect rect = L.card;
    SDL_Texture* back = centre_back(g, host, rect);
    if (!card) {
        if (back) {
            // Faded into the cloth: the back copied as it is (plainly where
            // it is opaque), then the cloth over it at 55 of 255. The same
            // pixels as the back copied at 200 of 255, without blending
            // every pixel of a scaled, modulated copy (docs/performance.md).
            copy_with_clear_corners(g.renderer, back, rect.w, rect.h, back_tex_.corner, rect);
            Color veil = cloth(now);
            veil.a = 255 - 200;
            set_draw_color(g.renderer, veil);
            SDL_RenderFillRect(g.renderer, &rect);
        }
        return;
    }
    // A card too long to show whole shows a page at a time (T turns it).
    if (card_page_of_ != card->id) {
        card_page_of_ = card->id;
        card_page_ = 0;
    }
    card_pages_ = g.cards.page_count(deck, *card, rect.w, rect.h);
    card_page_ = std::min(card_page_, card_pages_ - 1);
    page_marker_ = SDL_Rect{};
    if (card_pages_ > 1) {
        const SDL_Rect m = g.cards.layout(deck, *card, rect.w, rect.h).page_marker;
        page_marker_ = SDL_Rect{rect.x + m.x, rect.y + m.y, m.w, m.h};
    }
    const int page = card_page_;
    const std::string key =
        picture_key(page > 0 ? card->id + "#page" + std::to_string(page) : card->id, rect.w, rect.h,
                    host.deck_generation());
    if (card_tex_.card != key && next_tex_.card == key) // prepared while the table was idle
        std::swap(card_tex_, next_tex_);
    if (card_tex_.card != key)
        ++centre_paints_;
    SDL_Texture* front = cached_card(g.renderer, card_tex_, key, rect.w, rect.h,
                                     [&](SDL_Rect r) { g.cards.draw_front(deck, *card, r, page); });
    if (!front)
        return;
    if (!flip_.active(now)) {
        copy_with_clear_corners(g.renderer, front, rect.w, rect.h, card_tex_.corner, rect);
        return;
    }
    // Drawn: it flies from the pile while it turns over.
    double t = flip_.t(now);
    SDL_Rect pos = lerp(L.draw_pile, rect, ease_out(std::min(1.0, t * 1.4)));
    double sx = std::max(0.02, std::fabs(std::cos(M_PI * t)));
    SDL_Rect dst{pos.x + int(pos.w * (1 - sx) / 2), pos.y, std::max(1, int(pos.w * sx)), pos.h};
    if (t < 0.5 && back)
        copy_with_clear_corners(g.renderer, back, rect.w, rect.h, back_tex_.corner, dst);
    else
        copy_with_clear_corners(g.renderer, front, rect.w, rect.h, card_tex_.corner, dst);
}

} // namespace hearth

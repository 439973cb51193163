// The table's centre card: its face and back drawn once into textures kept
// between frames (keyed on the card, its size and the deck's generation),
// and the draw animation that flies it from the pile while it turns over.
#include "engine/scenes/table_scene.hpp"

#include "engine/scenes/table_motion.hpp"

#include <cmath>

namespace hearth {
namespace {

// Renders into a cached target texture the size of `rect`.
template <typename Draw>
SDL_Texture* cached_card(SDL_Renderer* r, TexturePtr& tex, std::string& key_now,
                         const std::string& key, int w, int h, Draw draw) {
    if (tex && key_now == key)
        return tex.get();
    tex.reset(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h));
    if (!tex)
        return nullptr;
    SDL_SetTextureBlendMode(tex.get(), SDL_BLENDMODE_BLEND);
    SDL_Texture* old = SDL_GetRenderTarget(r);
    SDL_SetRenderTarget(r, tex.get());
    SDL_SetRenderDrawColor(r, 0, 0, 0, 0);
    SDL_RenderClear(r);
    draw(SDL_Rect{0, 0, w, h});
    SDL_SetRenderTarget(r, old);
    key_now = key;
    return tex.get();
}

} // namespace

void TableScene::draw_center_card(Gfx& g, const SceneHost& host, const TableLayout& L,
                                  std::int64_t now) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    const Card* card = current_card(deck, s);
    SDL_Rect rect = L.card;
    std::string size_key = '@' + std::to_string(rect.w) + 'x' + std::to_string(rect.h);
    // Keyed on the deck's generation, never its address: a reloaded deck can
    // sit where the old one did, and its cards must still be drawn afresh.
    std::string generation = '#' + std::to_string(host.deck_generation());

    // The back shown before a card is drawn, and while it turns over.
    const Card* top =
        s.table.draw_pile.empty() ? nullptr : find_session_card(deck, s, s.table.draw_pile.back());
    const Card* back_of = card ? card : top;
    SDL_Texture* back = nullptr;
    if (back_of) {
        const CardType& type = deck.type_of(*back_of);
        back = cached_card(g.renderer, back_tex_.texture, back_tex_.card,
                           type.id + size_key + generation, rect.w, rect.h,
                           [&](SDL_Rect r) { g.cards.draw_back(deck, type, r); });
    }
    if (!card) {
        if (back) {
            SDL_SetTextureAlphaMod(back, 200);
            SDL_RenderCopy(g.renderer, back, nullptr, &rect);
            SDL_SetTextureAlphaMod(back, 255);
        }
        return;
    }
    SDL_Texture* front =
        cached_card(g.renderer, card_tex_.texture, card_tex_.card, card->id + size_key + generation,
                    rect.w, rect.h, [&](SDL_Rect r) { g.cards.draw_front(deck, *card, r); });
    if (!front)
        return;
    if (!flip_.active(now)) {
        SDL_RenderCopy(g.renderer, front, nullptr, &rect);
        return;
    }
    // Drawn: it flies from the pile while it turns over.
    double t = flip_.t(now);
    SDL_Rect pos = lerp(L.draw_pile, rect, ease_out(std::min(1.0, t * 1.4)));
    double sx = std::max(0.02, std::fabs(std::cos(M_PI * t)));
    SDL_Rect dst{pos.x + int(pos.w * (1 - sx) / 2), pos.y, std::max(1, int(pos.w * sx)), pos.h};
    SDL_RenderCopy(g.renderer, t < 0.5 && back ? back : front, nullptr, &dst);
}

} // namespace hearth

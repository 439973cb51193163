// A picture rendered once into a target texture and reused while its key
// holds: the table's centre card, its back, the next card prepared while
// the table is idle, the still table under a flying card.
#pragma once

#include "engine/render/opaque_copy.hpp"
#include "engine/render/sdl_handles.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

namespace hearth {

// The key of a picture of `id` (a card, a type's back) at w x h. Keyed on
// the deck's generation, never its address: a reloaded deck can sit where
// the old one did, and its cards must still be drawn afresh.
inline std::string picture_key(const std::string& id, int w, int h, std::uint64_t generation) {
    std::string key = id;
    key += '@';
    key += std::to_string(w);
    key += 'x';
    key += std::to_string(h);
    key += '#';
    key += std::to_string(generation);
    return key;
}

// A picture rendered into a target texture: what it shows (its key) and,
// for a card, the side of the clear square at each of its corners
// (opaque_copy.hpp), so that copies of it blend only there.
struct CardTexture {
    TexturePtr texture;
    std::string card; // the key of what the texture shows
    int corner = -1;  // clear_corner of its pixels; -1: blend it all
};

// What a picture's drawing covers: a card, on a clear texture, its pixels
// read back once to find where it is opaque; or every pixel, opaquely (the
// still table), so it is neither cleared first nor read back.
enum class Cover { Card, Whole };

// Renders `draw(SDL_Rect{0, 0, w, h})` into `pic` unless it already shows
// `key`. Returns the texture, or null. A card whose clear corners are known
// beforehand (`known_corner` >= 0, a bound: CardPainter::back_clear_corner)
// is not read back.
template <typename Draw>
SDL_Texture* cached_card(SDL_Renderer* r, CardTexture& pic, const std::string& key, int w, int h,
                         Draw draw, Cover cover = Cover::Card, int known_corner = -1) {
    TexturePtr& tex = pic.texture;
    if (tex && pic.card == key)
        return tex.get();
    int tw = 0, th = 0;
    if (!tex || SDL_QueryTexture(tex.get(), nullptr, nullptr, &tw, &th) != 0 || tw != w || th != h)
        tex.reset(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h));
    pic.card.clear();
    pic.corner = -1;
    if (!tex)
        return nullptr;
    SDL_SetTextureBlendMode(tex.get(), SDL_BLENDMODE_BLEND);
    SDL_Texture* old = SDL_GetRenderTarget(r);
    SDL_SetRenderTarget(r, tex.get());
    if (cover == Cover::Card) {
        SDL_SetRenderDrawColor(r, 0, 0, 0, 0);
        SDL_RenderClear(r);
    }
    draw(SDL_Rect{0, 0, w, h});
    if (cover == Cover::Card)
        pic.corner = known_corner >= 0 && known_corner * 2 < std::min(w, h)
                         ? known_corner
                         : clear_corner_of_target(r, w, h);
    SDL_SetRenderTarget(r, old);
    pic.card = key;
    return tex.get();
}

} // namespace hearth

// A picture rendered once into a target texture and reused while its key
// holds: the table's centre card, its back, the next card prepared while
// the table is idle, the still table under a flying card.
#pragma once

#include "engine/render/sdl_handles.hpp"

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

// Renders `draw(SDL_Rect{0, 0, w, h})` into `tex` unless it already shows
// `key` (`key_now` says what it shows). Returns the texture, or null.
template <typename Draw>
SDL_Texture* cached_card(SDL_Renderer* r, TexturePtr& tex, std::string& key_now,
                         const std::string& key, int w, int h, Draw draw) {
    if (tex && key_now == key)
        return tex.get();
    int tw = 0, th = 0;
    if (!tex || SDL_QueryTexture(tex.get(), nullptr, nullptr, &tw, &th) != 0 || tw != w || th != h)
        tex.reset(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h));
    key_now.clear();
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

} // namespace hearth

#include "engine/render/texture_cache.hpp"
#include "engine/render/opaque_copy.hpp"

namespace hearth {

SizedTexture TextureCache::find(const std::string& key) {
    auto it = map_.find(key);
    if (it == map_.end())
        return {};
    lru_.splice(lru_.begin(), lru_, it->second.lru);
    return {it->second.texture.get(), it->second.w, it->second.h, it->second.corner};
}

SizedTexture TextureCache::put(const std::string& key, TexturePtr texture, int w, int h,
                               int corner) {
    if (auto it = map_.find(key); it != map_.end()) {
        lru_.erase(it->second.lru);
        map_.erase(it);
    }
    while (map_.size() >= limit_ && !lru_.empty()) {
        map_.erase(lru_.back());
        lru_.pop_back();
    }
    lru_.push_front(key);
    SDL_Texture* raw = texture.get();
    map_.emplace(key, Entry{std::move(texture), w, h, corner, lru_.begin()});
    return {raw, w, h, corner};
}

SizedTexture TextureCache::put_surface(SDL_Renderer* renderer, const std::string& key,
                                       SDL_Surface* surface) {
    if (!surface)
        return {};
    TexturePtr t(SDL_CreateTextureFromSurface(renderer, surface));
    if (!t)
        return {};
    const int corner = clear_corner(surface);
    // An opaque pixel blended is itself: such a picture is copied plainly,
    // several times faster in the software renderer.
    SDL_SetTextureBlendMode(t.get(), corner == 0 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    return put(key, std::move(t), surface->w, surface->h, corner);
}

void TextureCache::clear() {
    map_.clear();
    lru_.clear();
}

} // namespace hearth

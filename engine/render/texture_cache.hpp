// A bounded texture cache keyed by a string, and a texture with its size:
// what the card view, the art and the text painter keep between frames.
#pragma once

#include "engine/render/sdl_handles.hpp"

#include <list>
#include <string>
#include <unordered_map>

namespace hearth {

// A texture and its size.
struct SizedTexture {
    SDL_Texture* texture = nullptr;
    int w = 0;
    int h = 0;
    // The side of the clear square at each corner (opaque_copy.hpp): 0 for
    // an opaque picture, -1 when it has clear pixels elsewhere or is not
    // known. An opaque picture's texture is copied without blending.
    int corner = -1;
    explicit operator bool() const { return texture != nullptr; }
};

// Textures by key, least recently used dropped past a limit. Textures belong
// to one renderer, so each cache does too.
class TextureCache {
public:
    explicit TextureCache(std::size_t limit) : limit_(limit) {}
    SizedTexture find(const std::string& key);
    SizedTexture put(const std::string& key, TexturePtr texture, int w, int h, int corner = -1);
    // Turns `surface` into a texture on `renderer` and keeps it.
    SizedTexture put_surface(SDL_Renderer* renderer, const std::string& key, SDL_Surface* surface);
    void clear();
    std::size_t size() const { return map_.size(); }

private:
    struct Entry {
        TexturePtr texture;
        int w = 0, h = 0;
        int corner = -1;
        std::list<std::string>::iterator lru;
    };
    std::size_t limit_;
    std::unordered_map<std::string, Entry> map_;
    std::list<std::string> lru_;
};

} // namespace hearth

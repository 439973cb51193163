// RAII owners for SDL objects: unique_ptr with the matching SDL destroy
// function, so nothing SDL-made is freed by hand.
#pragma once

#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>

namespace hearth {

template <auto Destroy> struct SdlDeleter {
    template <typename T> void operator()(T* p) const {
        if (p)
            Destroy(p);
    }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter<SDL_DestroyWindow>>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter<SDL_DestroyRenderer>>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter<SDL_DestroyTexture>>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter<SDL_FreeSurface>>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter<TTF_CloseFont>>;
using ControllerPtr = std::unique_ptr<SDL_GameController, SdlDeleter<SDL_GameControllerClose>>;

} // namespace hearth

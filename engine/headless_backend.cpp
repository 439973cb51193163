// Headless: SDL_CreateSoftwareRenderer on an SDL_Surface, saved with
// IMG_SavePNG. Pixels are exactly what a software-rendered window shows.
#include "engine/backend.hpp"

#include <SDL_image.h>

namespace hearth {
namespace {

class HeadlessBackend final : public Backend {
public:
    HeadlessBackend(SurfacePtr s, RendererPtr r)
        : surface_(std::move(s)), renderer_(std::move(r)) {}
    SDL_Renderer* renderer() override { return renderer_.get(); }
    SDL_Point output_size() override { return {surface_->w, surface_->h}; }
    void present() override { SDL_RenderPresent(renderer_.get()); }
    std::optional<std::string> save_png(const std::filesystem::path& file) override {
        if (IMG_SavePNG(surface_.get(), file.c_str()) != 0)
            return file.string() + ": " + IMG_GetError();
        return std::nullopt;
    }
    std::string describe() override { return "headless, software renderer on an ARGB8888 surface"; }

private:
    SurfacePtr surface_;
    RendererPtr renderer_;
};

} // namespace

std::unique_ptr<Backend> open_headless(int w, int h, std::string& error) {
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) {
        error = SDL_GetError();
        return nullptr;
    }
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!renderer) {
        error = SDL_GetError();
        return nullptr;
    }
    return std::make_unique<HeadlessBackend>(std::move(surface), std::move(renderer));
}

} // namespace hearth

#include "engine/scene.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {

int Gfx::px(double at_1080) const {
    double unit = std::min(w / 1920.0, h / 1080.0);
    return std::max(1, int(std::lround(at_1080 * unit)));
}

int Gfx::font(double at_1080) const {
    double unit = std::min(w / 1920.0, h / 1080.0);
    return std::max(8, int(std::lround(at_1080 * unit * text_scale)));
}

} // namespace hearth

namespace hearth {

SDL_Rect Scene::toast_band(int w, int h) const {
    const double unit = std::min(w / 1920.0, h / 1080.0);
    return SDL_Rect{0, h - int(std::lround(190 * unit)), w,
                    std::max(24, int(std::lround(60 * unit)))};
}

} // namespace hearth

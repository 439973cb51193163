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

#include "engine/render/ttf_measurer.hpp"

namespace hearth {

int TtfMeasurer::width(std::string_view utf8, TextStyle style, int px) {
    Face face = faces_.pick(style);
    std::string key;
    key.reserve(utf8.size() + 8);
    key += char('0' + int(face));
    key += std::to_string(px);
    key += '|';
    key += utf8;
    if (auto it = widths_.find(key); it != widths_.end())
        return it->second;
    if (widths_.size() > 200000)
        widths_.clear();
    int w = fonts_.width(utf8, face, px);
    widths_.emplace(std::move(key), w);
    return w;
}

LineMetrics TtfMeasurer::metrics(int px) {
    TTF_Font* f = fonts_.get(faces_.regular, px);
    return {TTF_FontAscent(f), fonts_.line_pitch(faces_.regular, px).line_skip};
}

} // namespace hearth

#include "engine/render/text_painter.hpp"

namespace hearth {

SizedTexture TextPainter::line(std::string_view text, Face face, int px, Color color,
                               TextDirection dir) {
    if (text.empty())
        return {};
    std::string key = std::to_string(int(face)) + ':' + std::to_string(px) + ':' +
                      format_color(color) + ':' + std::to_string(int(dir)) + ':' +
                      std::string(text);
    if (SizedTexture t = cache_.find(key))
        return t;
    SurfacePtr surface = fonts_.render(text, face, px, to_sdl(color), dir);
    return cache_.put_surface(renderer_, key, surface.get());
}

int TextPainter::draw_line(std::string_view text, Face face, int px, Color color, int x, int y,
                           TextDirection dir) {
    // A tall face's letters where Lato's would be (FontLibrary::line_pitch).
    if (!text.empty())
        y -= fonts_.line_pitch(face, px).trim;
    if (sink_ && !text.empty()) {
        DrawnLine drawn{std::string(text), face, px, color, x, y, measure(text, face, px), {}, dir};
        if (SDL_RenderIsClipEnabled(renderer_)) {
            SDL_Rect clip{};
            SDL_RenderGetClipRect(renderer_, &clip);
            drawn.clip = clip;
        }
        if (sink_->take(drawn))
            return drawn.width;
    }
    SizedTexture t = line(text, face, px, color, dir);
    if (!t)
        return 0;
    SDL_Rect dst{x, y, t.w, t.h};
    int out_w = 0, out_h = 0;
    if (SDL_GetRendererOutputSize(renderer_, &out_w, &out_h) == 0 &&
        (x < 0 || y < 0 || x + t.w > out_w || y + t.h > out_h))
        clipped_.emplace_back(text);
    SDL_RenderCopy(renderer_, t.texture, nullptr, &dst);
    return t.w;
}

int TextPainter::draw_centered(std::string_view text, Face face, int px, Color color, int cx,
                               int y) {
    return draw_line(text, face, px, color, cx - measure(text, face, px) / 2, y);
}

int TextPainter::measure(std::string_view text, Face face, int px) {
    return fonts_.width(text, face, px);
}

void TextPainter::draw(const TextLayout& layout, FaceSet faces, Color color, int x, int y) {
    for (const PlacedRun& run : layout.runs)
        draw_line(run.text, faces.pick(run.style), layout.px, color, x + run.x, y + run.y,
                  run.rtl ? TextDirection::RightToLeft : TextDirection::LeftToRight);
}

} // namespace hearth

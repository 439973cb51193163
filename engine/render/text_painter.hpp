// Draws text with SDL_ttf: laid-out card text and single lines for the
// table's labels. Rendered runs are cached as textures.
#pragma once

#include "engine/render/fonts.hpp"
#include "engine/render/sdl_color.hpp"
#include "engine/render/texture_cache.hpp"
#include "game/text/text_layout.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hearth {

// One line as the painter was asked to draw it, in the target's pixels: what
// a text sink receives instead of the painter drawing it.
struct DrawnLine {
    std::string text;
    Face face = Face::Body;
    int px = 0;
    Color color{};
    int x = 0, y = 0;                        // the line's top-left
    int width = 0;                           // its advance, as the painter measures it
    std::optional<SDL_Rect> clip;            // the renderer's clip when it was drawn
    TextDirection dir = TextDirection::Auto; // its base direction (bidi)
};

// Takes lines to draw them some other way (the print sheet's vector text).
// A line it does not take (false) is drawn by the painter as usual.
class TextSink {
public:
    virtual ~TextSink() = default;
    virtual bool take(const DrawnLine& line) = 0;
};

class TextPainter {
public:
    TextPainter(SDL_Renderer* renderer, FontLibrary& fonts)
        : renderer_(renderer), fonts_(fonts), cache_(768) {}

    // The texture of `text` in `face` at `px`, in `color`, its runs in
    // visual order (bidi, its base direction `dir`).
    SizedTexture line(std::string_view text, Face face, int px, Color color,
                      TextDirection dir = TextDirection::Auto);
    // Draws one line with its top-left at x, y; returns its width.
    int draw_line(std::string_view text, Face face, int px, Color color, int x, int y,
                  TextDirection dir = TextDirection::Auto);
    // Draws one line centred on cx, with its top at y; returns its width.
    int draw_centered(std::string_view text, Face face, int px, Color color, int cx, int y);
    // Width of a line without drawing it.
    int measure(std::string_view text, Face face, int px);
    // Draws a layout with its box's top-left at x, y, each run shaped in its
    // direction.
    void draw(const TextLayout& layout, FaceSet faces, Color color, int x, int y);

    FontLibrary& fonts() { return fonts_; }
    // Lines go to `sink` (until it is set to nullptr) when it takes them.
    void set_sink(TextSink* sink) { sink_ = sink; }
    // The lines drawn since the last call that reached past an edge of the
    // target (a clipped text), and empties the list: the fit tests' probe.
    std::vector<std::string> take_clipped() { return std::exchange(clipped_, {}); }

private:
    SDL_Renderer* renderer_;
    FontLibrary& fonts_;
    TextureCache cache_;
    std::vector<std::string> clipped_;
    TextSink* sink_ = nullptr;
};

} // namespace hearth

// Vector text for the print sheet: the lines the card view lays out, taken
// from its text painter instead of being rasterised into the card image, and
// drawn into cairo as glyphs of the same font files (shaped by HarfBuzz,
// through cairo-ft), at the same sizes and positions, with the same line
// breaks. The PDF then carries the fonts (subsets, embedded) and its text
// prints sharp at any size. A line with a colour-emoji run (a bitmap font,
// not outlines) is left to the painter and stays part of the image.
#pragma once

#include "engine/render/text_painter.hpp"

#include <cairo.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hearth::tools {

class PdfText : public TextSink {
public:
    explicit PdfText(FontLibrary& fonts);
    ~PdfText() override;
    PdfText(const PdfText&) = delete;
    PdfText& operator=(const PdfText&) = delete;

    bool take(const DrawnLine& line) override;
    // The lines taken since the last call, in the order they were drawn.
    std::vector<DrawnLine> take_lines() { return std::exchange(lines_, {}); }
    // Draws `lines` on `cr`, whose unit is the card image's pixel.
    void draw(cairo_t* cr, const std::vector<DrawnLine>& lines);

private:
    struct Font;
    Font* font(const std::string& file, int index);
    void draw_line(cairo_t* cr, const DrawnLine& line);

    FontLibrary& fonts_;
    std::vector<DrawnLine> lines_;
    std::map<std::pair<std::string, int>, std::unique_ptr<Font>> open_;
};

} // namespace hearth::tools

// TextMeasurer backed by SDL_ttf: widths of shaped text (HarfBuzz), cached,
// since the size search measures the same words many times.
#pragma once

#include "engine/render/fonts.hpp"
#include "game/text/text_layout.hpp"

#include <string>
#include <unordered_map>

namespace hearth {

class TtfMeasurer final : public TextMeasurer {
public:
    TtfMeasurer(FontLibrary& fonts, FaceSet faces) : fonts_(fonts), faces_(faces) {}
    int width(std::string_view utf8, TextStyle style, int px) override;
    LineMetrics metrics(int px) override;

private:
    FontLibrary& fonts_;
    FaceSet faces_;
    std::unordered_map<std::string, int> widths_;
};

} // namespace hearth

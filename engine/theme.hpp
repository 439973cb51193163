// The table's look. The standard theme: a warm dark cloth under bright
// cards, the deck's orange, pink, sky blue and leaf green for marks, cream
// for light text. The high-contrast theme (--theme high-contrast, the
// `theme` preference): black cloth, white text, every text at least 7:1
// against what it is drawn on (WCAG AAA; tests/engine/test_theme.cpp checks
// every pair), and the marks of the active seat and the talking piece drawn
// twice as thick. The names below are the theme in use.
#pragma once

#include "game/deck/deck.hpp"

#include <string_view>
#include <utility>
#include <vector>

namespace hearth::theme {

struct Palette {
    Color cloth;       // the table's background
    Color cloth_light; // panels on the cloth
    Color cream;       // text on the cloth
    Color muted;       // quieter text on the cloth
    Color ink;         // text on light colours
    Color orange;      // the active player
    Color pink;        // time is up
    Color cloth_glow;  // the cloth as a timer ends
    Color sky;         // hints, the help overlay
    Color leaf;        // the talking piece, time left
    int marks = 1;     // how many times the standard thickness the seat marks are
};

inline constexpr Palette kStandard{{0x2a, 0x1e, 0x18, 0xff},
                                   {0x3a, 0x2a, 0x22, 0xff},
                                   {0xfc, 0xf1, 0xe0, 0xff},
                                   {0xc9, 0xb5, 0x9f, 0xff},
                                   {0x2a, 0x1a, 0x12, 0xff},
                                   {0xf7, 0xad, 0x5c, 0xff},
                                   {0xf0, 0x6e, 0xaa, 0xff},
                                   {0x6e, 0x26, 0x4a, 0xff},
                                   {0xa9, 0xdc, 0xf3, 0xff},
                                   {0x9c, 0xcb, 0x52, 0xff},
                                   1};

inline constexpr Palette kHighContrast{{0x00, 0x00, 0x00, 0xff},
                                       {0x1a, 0x1a, 0x1a, 0xff},
                                       {0xff, 0xff, 0xff, 0xff},
                                       {0xe6, 0xe6, 0xe6, 0xff},
                                       {0x00, 0x00, 0x00, 0xff},
                                       {0xff, 0xb3, 0x1a, 0xff},
                                       {0xff, 0x85, 0xc8, 0xff},
                                       {0x3a, 0x0a, 0x28, 0xff},
                                       {0xa6, 0xe8, 0xff, 0xff},
                                       {0xb4, 0xf0, 0x6e, 0xff},
                                       2};

// The theme in use (the standard one until use_theme).
inline Palette& active() {
    static Palette p = kStandard;
    return p;
}
// "standard" or "high-contrast"; false (and nothing changed) for another name.
inline bool use_theme(std::string_view name) {
    if (name == "standard")
        active() = kStandard;
    else if (name == "high-contrast")
        active() = kHighContrast;
    else
        return false;
    return true;
}
inline bool high_contrast() {
    return active().marks > 1;
}

// Which colour is drawn as text on which: (text, background), for the test.
inline std::vector<std::pair<Color, Color>> text_pairs(const Palette& p) {
    std::vector<std::pair<Color, Color>> out;
    for (Color bg : {p.cloth, p.cloth_light, p.cloth_glow})
        for (Color fg : {p.cream, p.muted, p.orange, p.pink, p.sky, p.leaf})
            out.emplace_back(fg, bg);
    for (Color bg : {p.orange, p.leaf, p.sky, p.cream, p.muted, p.pink})
        out.emplace_back(p.ink, bg);
    return out;
}

inline const Color& kCloth = active().cloth;
inline const Color& kClothLight = active().cloth_light;
inline const Color& kCream = active().cream;
inline const Color& kMuted = active().muted;
inline const Color& kInk = active().ink;
inline const Color& kOrange = active().orange;
inline const Color& kPink = active().pink;
inline const Color& kClothGlow = active().cloth_glow;
inline const Color& kSky = active().sky;
inline const Color& kLeaf = active().leaf;

} // namespace hearth::theme

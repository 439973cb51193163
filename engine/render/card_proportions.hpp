// The card face's proportions, shared by its layout (card_layout.cpp) and
// its drawing (card_view.cpp): all in fractions of the card's width, so a
// card scales as one picture.
#pragma once

#include "game/deck/deck.hpp"

#include <algorithm>
#include <cmath>

namespace hearth::card_proportions {

constexpr double kMargin = 0.055;
constexpr double kRadius = 0.055;
constexpr double kOutline = 0.009;
constexpr double kBadge = 0.13;
constexpr double kOrnament = 0.22;
constexpr double kTitleMax = 0.088;
constexpr double kTitleMin = 0.05;
constexpr double kSmall = 0.042; // type name, subtitle, see line
constexpr double kPanelPad = 0.038;
constexpr double kBodyMax = 0.085; // a one-line question is set this big
constexpr Color kPanel{0xff, 0xfa, 0xf2, 0xff};

inline int frac(double f, int w) {
    return std::max(1, int(std::lround(f * w)));
}

} // namespace hearth::card_proportions

// The table's look: a warm dark cloth under bright cards, the deck's orange,
// pink, sky blue and leaf green for marks, cream for light text.
#pragma once

#include "game/deck/deck.hpp"

namespace hearth::theme {

inline constexpr Color kCloth{0x2a, 0x1e, 0x18, 0xff};      // the table's background
inline constexpr Color kClothLight{0x3a, 0x2a, 0x22, 0xff}; // panels on the cloth
inline constexpr Color kCream{0xfc, 0xf1, 0xe0, 0xff};      // text on the cloth
inline constexpr Color kMuted{0xc9, 0xb5, 0x9f, 0xff};      // quieter text on the cloth
inline constexpr Color kInk{0x2a, 0x1a, 0x12, 0xff};        // text on light colours
inline constexpr Color kOrange{0xf7, 0xad, 0x5c, 0xff};     // the active player
inline constexpr Color kPink{0xf0, 0x6e, 0xaa, 0xff};       // time is up
inline constexpr Color kClothGlow{0x6e, 0x26, 0x4a, 0xff};  // the cloth as a timer ends
inline constexpr Color kSky{0xa9, 0xdc, 0xf3, 0xff};        // hints, the help overlay
inline constexpr Color kLeaf{0x9c, 0xcb, 0x52, 0xff};       // the talking piece, time left

} // namespace hearth::theme

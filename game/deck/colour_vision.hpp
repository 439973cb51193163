// Colour arithmetic for people's eyes (contrast_ratio is in deck.hpp): a
// colour lifted until text on it reaches a contrast (the high-contrast
// theme's cards), and how colours look under the common colour-vision
// deficiencies (the deck checks).
#pragma once

#include "game/deck/deck.hpp"

namespace hearth {

// `bg` mixed towards white or black (whichever `ink` contrasts with more)
// just enough that `ink` on it has at least `ratio`: the colour's hue stays.
Color lift_for_contrast(Color bg, Color ink, double ratio);

// The colour-vision deficiencies the linter simulates.
enum class Deficiency { Protan, Deutan, Tritan };
// `c` as seen with `d` (full dichromacy; Viénot, Brettel and Mollon 1999 for
// protan and deutan, Brettel 1997's projection for tritan).
Color simulate(Color c, Deficiency d);
// CIE76 distance between two colours in CIELAB (about 2.3: just noticeable).
double lab_distance(Color a, Color b);

} // namespace hearth

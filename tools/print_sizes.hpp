// Physical sizes for printing: card sizes, paper sizes, lengths such as
// "3mm", and millimetres to pixels at a resolution.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hearth::tools {

// A width and height in millimetres.
struct SizeMm {
    double w = 0, h = 0;
};

// "poker" (63x88), "bridge" (57x89), "tarot" (70x120), "mini" (44x63),
// "square" (70x70), "euro" (59x92), "poker-in" (2.5x3.5 in, the print
// services' poker), or "WxH" in millimetres such as "63x88" or "63x88mm",
// or in inches such as "2.5x3.5in".
std::optional<SizeMm> card_size(std::string_view name);
// The names card_size knows, for help and messages.
std::string card_size_names();

// "a4" (210x297), "a3" (297x420), "letter" (215.9x279.4) or "tabloid"
// (279.4x431.8), portrait.
std::optional<SizeMm> paper_size(std::string_view name);

// A length such as "3mm", "0.125in", "9pt" or "3" (millimetres), in millimetres.
std::optional<double> parse_length(std::string_view text);

// Millimetres to pixels at `dpi`, rounded.
int mm_to_px(double mm, int dpi);

// A print service's card: its size, its bleed and the resolution it asks for.
struct PrintPreset {
    std::string_view name;
    SizeMm card;
    double bleed = 0; // mm on each side
    int dpi = 300;
};
// "drivethrucards" (2.5x3.5 in, 1/8 in bleed: 825x1125 px at 300 dpi) or
// "makeplayingcards" (2.5x3.5 in, 0.12 in bleed: 822x1122 px).
std::optional<PrintPreset> print_preset(std::string_view name);
// The names print_preset knows.
std::string print_preset_names();

inline constexpr double kMmPerInch = 25.4;
inline constexpr double kPointsPerMm = 72.0 / kMmPerInch;

} // namespace hearth::tools

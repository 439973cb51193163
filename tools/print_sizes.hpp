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
// "square" (70x70), "euro" (59x92), or "WxH" in millimetres such as "63x88".
std::optional<SizeMm> card_size(std::string_view name);
// The names card_size knows, for help and messages.
std::string card_size_names();

// "a4" (210x297) or "letter" (215.9x279.4), portrait.
std::optional<SizeMm> paper_size(std::string_view name);

// A length such as "3mm", "0.125in", "9pt" or "3" (millimetres), in millimetres.
std::optional<double> parse_length(std::string_view text);

// Millimetres to pixels at `dpi`, rounded.
int mm_to_px(double mm, int dpi);

inline constexpr double kMmPerInch = 25.4;
inline constexpr double kPointsPerMm = 72.0 / kMmPerInch;

} // namespace hearth::tools

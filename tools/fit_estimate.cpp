#include "tools/fit_estimate.hpp"

#include "game/card_text.hpp"
#include "game/utf8.hpp"

#include <cmath>

namespace hearth::tools {
namespace {

// Crude: tuned so the bundled deck's fullest card comes to about 90%. The table's
// own layout should answer this once it can be asked.
constexpr double kBodyCharsPerLine = 34;
constexpr double kTitleCharsPerLine = 18;
constexpr double kBodyLinesPerFace = 20;
constexpr double kTitleLineHeight = 1.8; // in body lines
constexpr double kBlockGap = 0.4;        // space between paragraphs, in body lines
constexpr double kBulletIndent = 3;      // characters a bullet's marker takes

double lines(std::size_t chars, double per_line) {
    return chars == 0 ? 0 : std::ceil(static_cast<double>(chars) / per_line);
}

} // namespace

double estimate_fill(const Card& card) {
    double used = lines(utf8_length(card.title), kTitleCharsPerLine) * kTitleLineHeight;
    used += lines(utf8_length(card.subtitle), kBodyCharsPerLine);
    CardText text = parse_card_text(card.text);
    for (std::size_t i = 0; i < text.blocks.size(); ++i) {
        const TextBlock& b = text.blocks[i];
        double per_line =
            kBodyCharsPerLine - (b.kind == TextBlock::Kind::Paragraph ? 0 : kBulletIndent);
        // Hard line breaks start new lines inside a block.
        std::size_t run = 0;
        for (const TextRun& r : b.runs) {
            if (r.text == "\n") {
                used += lines(run, per_line);
                run = 0;
            } else {
                run += utf8_length(r.text);
            }
        }
        used += lines(run, per_line);
        if (i > 0)
            used += kBlockGap;
    }
    return used / kBodyLinesPerFace;
}

} // namespace hearth::tools

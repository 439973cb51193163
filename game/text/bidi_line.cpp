#include "game/text/bidi_line.hpp"

#include "game/base/utf8.hpp"

namespace hearth {

std::vector<VisualPiece> reorder_line(const std::vector<LogicalPiece>& line,
                                      const BidiParagraph& para) {
    // Split by level, merging neighbours of one style and level.
    std::vector<VisualPiece> logical;
    std::vector<unsigned char> levels;
    unsigned char level = para.rtl ? 1 : 0;
    for (const LogicalPiece& piece : line) {
        std::size_t i = 0;
        while (i < piece.text.size()) {
            const std::size_t start = i;
            utf8_next(piece.text, i);
            if (piece.at != std::string::npos)
                level = para.level(piece.at + start);
            if (logical.empty() || levels.back() != level ||
                !(logical.back().style == piece.style)) {
                logical.push_back(VisualPiece{{}, piece.style, level % 2 == 1});
                levels.push_back(level);
            }
            logical.back().text.append(piece.text, start, i - start);
        }
    }
    std::vector<VisualPiece> out;
    out.reserve(logical.size());
    for (std::size_t k : visual_order(levels))
        out.push_back(std::move(logical[k]));
    return out;
}

} // namespace hearth

// The bidirectional algorithm. Sections:
//   scripts    - which languages and characters read right to left
//   paragraph  - embedding levels, by FriBidi (rules P2 to I2, brackets too)
//   lines      - runs of a line in visual order (rules L1 and L2)
#include "game/text/bidi.hpp"

#include "game/base/utf8.hpp"

#include <fribidi.h>

#include <algorithm>

namespace hearth {

// ---------------------------------------------------------------- scripts

bool language_is_rtl(std::string_view language) {
    const std::string_view lang = language.substr(0, language.find_first_of("-_."));
    for (std::string_view rtl : {"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})
        if (lang == rtl)
            return true;
    return false;
}

namespace {

bool rtl_char(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x10800 && cp <= 0x10FFF) ||
           (cp >= 0x1E800 && cp <= 0x1EFFF) || cp == 0x200F || cp == 0x202B || cp == 0x202E ||
           cp == 0x2067;
}

// A text's code points and the byte each starts at (one more: the end).
struct Decoded {
    std::vector<FriBidiChar> chars;
    std::vector<std::size_t> at;
};

Decoded decode(std::string_view text) {
    Decoded d;
    std::size_t i = 0;
    while (i < text.size()) {
        d.at.push_back(i);
        d.chars.push_back(FriBidiChar(utf8_next(text, i)));
    }
    d.at.push_back(text.size());
    return d;
}

} // namespace

bool may_be_rtl(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        if (rtl_char(utf8_next(text, i)))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------- paragraph

BidiParagraph bidi_paragraph(std::string_view text, TextDirection base, bool fallback_rtl) {
    BidiParagraph p;
    const bool forced_rtl = base == TextDirection::RightToLeft;
    if (!may_be_rtl(text) && !forced_rtl && (base == TextDirection::LeftToRight || !fallback_rtl))
        return p; // plain left to right: no analysis
    const Decoded d = decode(text);
    const auto n = FriBidiStrIndex(d.chars.size());
    std::vector<FriBidiCharType> types(d.chars.size());
    std::vector<FriBidiBracketType> brackets(d.chars.size());
    std::vector<FriBidiLevel> levels(d.chars.size());
    fribidi_get_bidi_types(d.chars.data(), n, types.data());
    fribidi_get_bracket_types(d.chars.data(), n, types.data(), brackets.data());
    FriBidiParType dir = base == TextDirection::LeftToRight ? FRIBIDI_PAR_LTR
                         : forced_rtl                       ? FRIBIDI_PAR_RTL
                         : fallback_rtl                     ? FRIBIDI_PAR_WRTL
                                                            : FRIBIDI_PAR_WLTR;
    if (n > 0 && fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &dir,
                                                     levels.data()) == 0)
        return p; // out of memory: left to right it is
    p.rtl =
        n > 0 ? FRIBIDI_IS_RTL(dir) : forced_rtl || (base == TextDirection::Auto && fallback_rtl);
    if (!p.rtl && std::all_of(levels.begin(), levels.end(), [](FriBidiLevel l) { return l == 0; }))
        return p;
    p.levels.resize(text.size());
    for (std::size_t k = 0; k < d.chars.size(); ++k)
        std::fill(p.levels.begin() + std::ptrdiff_t(d.at[k]),
                  p.levels.begin() + std::ptrdiff_t(d.at[k + 1]),
                  static_cast<unsigned char>(levels[k]));
    return p;
}

// ---------------------------------------------------------------- lines

std::vector<std::size_t> visual_order(const std::vector<unsigned char>& levels) {
    std::vector<std::size_t> order(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    if (levels.empty())
        return order;
    const unsigned char highest = *std::max_element(levels.begin(), levels.end());
    unsigned char lowest_odd = *std::min_element(levels.begin(), levels.end());
    if (lowest_odd % 2 == 0)
        ++lowest_odd;
    // L2: from the highest level down to the lowest odd one, reverse every
    // stretch of runs at that level or higher.
    for (int level = highest; level >= lowest_odd; --level) {
        std::size_t k = 0;
        while (k < order.size()) {
            if (levels[order[k]] < level) {
                ++k;
                continue;
            }
            std::size_t end = k;
            while (end < order.size() && levels[order[end]] >= level)
                ++end;
            std::reverse(order.begin() + std::ptrdiff_t(k), order.begin() + std::ptrdiff_t(end));
            k = end;
        }
    }
    return order;
}

std::vector<BidiRun> bidi_runs(std::string_view line, TextDirection base) {
    if (line.empty())
        return {};
    BidiParagraph p = bidi_paragraph(line, base);
    if (p.levels.empty())
        return {BidiRun{0, line.size(), false}};
    // L1: white space at the end of the line, and before a tab, goes to the
    // paragraph's level.
    const Decoded d = decode(line);
    const auto base_level = static_cast<unsigned char>(p.rtl ? 1 : 0);
    bool trailing = true;
    for (std::size_t k = d.chars.size(); k-- > 0;) {
        const FriBidiCharType t = fribidi_get_bidi_type(d.chars[k]);
        const bool separator = t == FRIBIDI_TYPE_SS || t == FRIBIDI_TYPE_BS;
        if (separator)
            trailing = true;
        else if (!(FRIBIDI_IS_EXPLICIT_OR_BN_OR_WS(t) || FRIBIDI_IS_ISOLATE(t)))
            trailing = false;
        if (trailing)
            std::fill(p.levels.begin() + std::ptrdiff_t(d.at[k]),
                      p.levels.begin() + std::ptrdiff_t(d.at[k + 1]), base_level);
    }
    std::vector<BidiRun> logical;
    std::vector<unsigned char> levels;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (logical.empty() || p.levels[i] != levels.back()) {
            if (!logical.empty())
                logical.back().end = i;
            logical.push_back(BidiRun{i, line.size(), p.levels[i] % 2 == 1});
            levels.push_back(p.levels[i]);
        }
    std::vector<BidiRun> out;
    for (std::size_t k : visual_order(levels))
        out.push_back(logical[k]);
    return out;
}

std::u32string visual_text(std::string_view line, TextDirection base) {
    std::u32string out;
    for (const BidiRun& run : bidi_runs(line, base)) {
        const Decoded d = decode(line.substr(run.begin, run.end - run.begin));
        std::u32string piece;
        for (FriBidiChar c : d.chars) {
            FriBidiChar mirrored = c;
            if (run.rtl && fribidi_get_mirror_char(c, &mirrored))
                c = mirrored;
            piece += char32_t(c);
        }
        if (run.rtl)
            std::reverse(piece.begin(), piece.end());
        out += piece;
    }
    return out;
}

} // namespace hearth

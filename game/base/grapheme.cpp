#include "game/base/grapheme.hpp"

#include "game/base/utf8.hpp"

namespace hearth {
namespace {

bool in(char32_t cp, char32_t lo, char32_t hi) {
    return cp >= lo && cp <= hi;
}

bool is_regional_indicator(char32_t cp) {
    return in(cp, 0x1F1E6, 0x1F1FF);
}

// Dependent vowel signs and viramas of the main Indic scripts, Thai and Lao
// vowel marks: they sit on the consonant before them.
bool is_brahmic_mark(char32_t cp) {
    if (in(cp, 0x0900, 0x0DFF)) {
        char32_t k = (cp - 0x0900) % 0x80;
        return in(k, 0x00, 0x03) || in(k, 0x3A, 0x4F) || in(k, 0x51, 0x57) || in(k, 0x62, 0x63);
    }
    return cp == 0x0E31 || in(cp, 0x0E34, 0x0E3A) || in(cp, 0x0E47, 0x0E4E) || cp == 0x0EB1 ||
           in(cp, 0x0EB4, 0x0EBC) || in(cp, 0x0EC8, 0x0ECD);
}

} // namespace

bool is_grapheme_extender(char32_t cp) {
    return in(cp, 0x0300, 0x036F) ||       // combining diacritical marks
           in(cp, 0x0483, 0x0489) ||       // Cyrillic combining marks
           in(cp, 0x0591, 0x05BD) ||       // Hebrew points
           in(cp, 0x0610, 0x061A) ||       // Arabic marks
           in(cp, 0x064B, 0x065F) ||       // Arabic harakat
           cp == 0x0670 ||                 // Arabic superscript alef
           in(cp, 0x06D6, 0x06DC) ||       // Arabic Quranic marks
           in(cp, 0x06DF, 0x06E4) ||       // Arabic Quranic marks
           is_brahmic_mark(cp) ||          // Indic, Thai and Lao vowel signs
           in(cp, 0x1AB0, 0x1AFF) ||       // combining marks extended
           in(cp, 0x1DC0, 0x1DFF) ||       // combining marks supplement
           cp == 0x200C || cp == 0x200D || // ZWNJ, ZWJ
           in(cp, 0x20D0, 0x20FF) ||       // combining marks for symbols (keycaps)
           in(cp, 0x3099, 0x309A) ||       // kana voicing marks
           in(cp, 0xFE00, 0xFE0F) ||       // variation selectors (emoji presentation)
           in(cp, 0xFE20, 0xFE2F) ||       // combining half marks
           in(cp, 0x1F3FB, 0x1F3FF) ||     // emoji skin tones
           in(cp, 0xE0020, 0xE007F) ||     // emoji tag sequences (subdivision flags)
           in(cp, 0xE0100, 0xE01EF);       // variation selectors supplement
}

std::size_t next_grapheme(std::string_view text, std::size_t pos) {
    if (pos >= text.size())
        return text.size();
    std::size_t i = pos;
    char32_t first = utf8_next(text, i);
    if (first == U'\r' && i < text.size() && text[i] == '\n')
        return i + 1;
    if (first == U'\r' || first == U'\n')
        return i;
    char32_t prev = first;
    int regional = is_regional_indicator(first) ? 1 : 0;
    while (i < text.size()) {
        std::size_t j = i;
        char32_t cp = utf8_next(text, j);
        bool joins = is_grapheme_extender(cp) || (prev == 0x200D && cp != U'\n' && cp != U'\r') ||
                     (regional == 1 && is_regional_indicator(cp));
        if (!joins)
            break;
        if (is_regional_indicator(cp))
            ++regional;
        prev = cp;
        i = j;
    }
    return i;
}

std::size_t prev_grapheme(std::string_view text, std::size_t pos) {
    if (pos > text.size())
        pos = text.size();
    if (pos == 0)
        return 0;
    // Clusters never cross a line break, so scanning from the start of the
    // line is exact and stays cheap for text people type.
    std::size_t line = text.rfind('\n', pos - 1);
    std::size_t start = (line == std::string_view::npos) ? 0 : line + 1;
    if (start == pos) // `pos` is just after a line break: step over it (and a CR before it)
        return (pos >= 2 && text[pos - 2] == '\r') ? pos - 2 : pos - 1;
    std::size_t last = start;
    for (std::size_t b = start; b < pos;) {
        last = b;
        b = next_grapheme(text, b);
    }
    return last;
}

bool is_grapheme_boundary(std::string_view text, std::size_t pos) {
    if (pos == 0 || pos >= text.size())
        return pos <= text.size();
    return next_grapheme(text, prev_grapheme(text, pos)) == pos;
}

} // namespace hearth

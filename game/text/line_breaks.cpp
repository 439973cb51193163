#include "game/text/line_breaks.hpp"

#include <linebreak.h>
#include <mutex>
#include <string>

namespace hearth {

namespace {

// Whether text[i..i+4) is a regional indicator, U+1F1E6 to U+1F1FF
// (F0 9F 87 A6 to F0 9F 87 BF).
bool regional_indicator_at(std::string_view text, std::size_t i) {
    return i + 4 <= text.size() && static_cast<unsigned char>(text[i]) == 0xF0 &&
           static_cast<unsigned char>(text[i + 1]) == 0x9F &&
           static_cast<unsigned char>(text[i + 2]) == 0x87 &&
           static_cast<unsigned char>(text[i + 3]) >= 0xA6 &&
           static_cast<unsigned char>(text[i + 3]) <= 0xBF;
}

} // namespace

std::vector<char> line_breaks(std::string_view text, const char* language) {
    static std::once_flag once;
    std::call_once(once, [] { init_linebreak(); });
    std::vector<char> brks(text.size());
    if (text.empty())
        return brks;
    std::string safe;
    std::vector<std::size_t> indicators; // where each regional indicator starts
    for (std::size_t i = 0; i < text.size(); ++i)
        if (regional_indicator_at(text, i)) {
            if (safe.empty())
                safe.assign(text);
            safe.replace(i, 4, "\xF0\x9F\x98\x80"); // U+1F600, an emoji of class ID
            indicators.push_back(i);
            i += 3;
        }
    const std::string_view given = safe.empty() ? text : std::string_view(safe);
    set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(given.data()), given.size(), language,
                        brks.data());
    // Pairs of adjacent indicators are flags: no break between the halves.
    for (std::size_t k = 0; k + 1 < indicators.size(); ++k)
        if (indicators[k + 1] == indicators[k] + 4) {
            brks[indicators[k] + 3] = LINEBREAK_NOBREAK;
            ++k;
        }
    return brks;
}

} // namespace hearth

// The pseudo-language: every letter of English accented, so a word that
// escaped the catalogue shows as plain ASCII, and 40% more characters, so a
// screen that fits it fits German and French. Placeholders ({name}) and
// Markdown marks stay as they are.
#include "engine/words/translation.hpp"

#include "game/base/utf8.hpp"

namespace hearth {
namespace {

// The accented form of an ASCII letter, or null.
const char* accented(char c) {
    static const char* const kLower[26] = {"á", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "í",
                                           "ĵ", "ķ", "ĺ", "ɱ", "ñ", "ö", "þ", "ǫ", "ŕ",
                                           "š", "ţ", "ü", "ṽ", "ŵ", "ẋ", "ý", "ž"};
    static const char* const kUpper[26] = {"Å", "Ɓ", "Ç", "Đ", "É", "Ƒ", "Ĝ", "Ĥ", "Î",
                                           "Ĵ", "Ķ", "Ĺ", "Ṁ", "Ñ", "Ö", "Þ", "Ǫ", "Ŕ",
                                           "Š", "Ţ", "Û", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};
    if (c >= 'a' && c <= 'z')
        return kLower[c - 'a'];
    if (c >= 'A' && c <= 'Z')
        return kUpper[c - 'A'];
    return nullptr;
}

} // namespace

std::string pseudo(std::string_view english) {
    std::string out;
    std::size_t letters = 0, chars = 0;
    int depth = 0; // inside {placeholder}
    for (char c : english) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++chars;
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        const char* a = depth == 0 ? accented(c) : nullptr;
        if (a) {
            out += a;
            ++letters;
        } else {
            out += c;
        }
    }
    if (letters == 0)
        return out; // "·", "%": nothing to read
    // 40% more, in words a line may break between; counted in characters.
    static constexpr std::string_view kPad[] = {"ŀöŕéɱ", "íþšüɱ", "ðöĺöŕ", "šíţ", "áɱéţ"};
    std::size_t want = (chars * 2 + 4) / 5, added = 0;
    for (std::size_t i = 0; added < want; ++i) {
        std::string_view w = kPad[i % std::size(kPad)];
        out += ' ';
        out += w;
        added += 1 + utf8_length(w);
    }
    return out;
}

} // namespace hearth

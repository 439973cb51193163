#include "game/deck/ascii_fold.hpp"

#include "game/base/utf8.hpp"

#include <cstdio>

namespace hearth {
namespace {

// Latin-1 Supplement letters U+00C0..U+00FF, folded; "" for the two signs
// in that range that are not letters (× and ÷), which are kept.
constexpr const char* kLatin1[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",
    "D", "N", "O", "O", "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A U+0100..U+017F, folded.
constexpr const char* kExtendedA[128] = {
    "A", "a", "A",  "a",  "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    "D", "d", "E",  "e",  "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    "G", "g", "G",  "g",  "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    "l", "L", "l",  "N",  "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    "S", "s", "T",  "t",  "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    "U", "u", "U",  "u",  "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s"};

} // namespace

std::string fold_to_ascii(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        char32_t c = utf8_next(s, i);
        const char* folded = nullptr;
        if (c >= 0xC0 && c <= 0xFF)
            folded = kLatin1[c - 0xC0];
        else if (c >= 0x100 && c <= 0x17F)
            folded = kExtendedA[c - 0x100];
        if (folded && *folded)
            out += folded;
        else
            out.append(s.substr(start, i - start));
    }
    return out;
}

std::string_view quote_name(char32_t c) {
    switch (c) {
    case U'\u201C':
        return "left double quotation mark";
    case U'\u201D':
        return "right double quotation mark";
    case U'\u201E':
        return "double low quotation mark";
    case U'\u2018':
        return "left single quotation mark";
    case U'\u2019':
        return "right single quotation mark";
    case U'\u201A':
        return "single low quotation mark";
    case U'\u00AB':
        return "left guillemet";
    case U'\u00BB':
        return "right guillemet";
    case U'\u2033':
        return "double prime";
    case U'\u2032':
        return "prime";
    default:
        return {};
    }
}

std::string code_point_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

} // namespace hearth

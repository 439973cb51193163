#include "game/base/utf8.hpp"

namespace hearth {
namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid
// (overlong forms, surrogates and values past U+10FFFF are invalid).
std::size_t valid_sequence(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    if (b(i + 1) < lo || b(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF)
            return 0;
    return len;
}

} // namespace

std::optional<TextProblem> find_text_problem(std::string_view text) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0')
            return TextProblem{line, column, TextProblem::NulByte};
        std::size_t len = valid_sequence(text, i);
        if (len == 0)
            return TextProblem{line, column, TextProblem::InvalidUtf8};
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    return std::nullopt;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

char32_t utf8_next(std::string_view text, std::size_t& i) {
    std::size_t len = valid_sequence(text, i);
    if (len == 0) {
        ++i;
        return U'\uFFFD';
    }
    auto b = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(text[i + k]));
    };
    char32_t cp = 0;
    switch (len) {
    case 1:
        cp = b(0);
        break;
    case 2:
        cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        break;
    case 3:
        cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        break;
    default:
        cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        break;
    }
    i += len;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string escaped_text(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    auto hex = [&](unsigned char b) {
        out += "\\x";
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const std::size_t len = valid_sequence(text, i);
        if (len == 0 || ((b < 0x20 || b == 0x7F) && b != '\t' && b != '\n')) {
            hex(b);
            ++i;
        } else {
            out.append(text, i, len);
            i += len;
        }
    }
    return out;
}

} // namespace hearth

#include "game/deck/detail/string_position.hpp"

#include "game/base/utf8.hpp"

namespace hearth::detail {
namespace {

// The byte index of 1-based `line`:`column` (columns in code points), or npos.
std::size_t index_of(std::string_view text, int line, int column) {
    int l = 1, c = 1;
    for (std::size_t i = 0; i < text.size();) {
        if (l == line && c == column)
            return i;
        char32_t cp = utf8_next(text, i);
        if (cp == U'\n')
            ++l, c = 1;
        else
            ++c;
    }
    return std::string_view::npos;
}

// How many bytes of the value an escape \X... of a basic string stands for,
// and how many raw bytes it takes.
std::pair<std::size_t, std::size_t> escape_size(std::string_view raw) {
    if (raw.size() < 2)
        return {0, raw.size()};
    const char e = raw[1];
    const std::size_t digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits == 0)
        return {1, 2};
    unsigned long cp = 0;
    for (std::size_t k = 0; k < digits && 2 + k < raw.size(); ++k) {
        const char h = raw[2 + k];
        cp = cp * 16 + static_cast<unsigned long>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    const std::size_t bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    return {bytes, 2 + digits};
}

} // namespace

SourcePos position_in_string(std::string_view text, const SourcePos& start, std::size_t offset) {
    std::size_t i = index_of(text, start.line, start.column);
    if (i == std::string_view::npos || (text[i] != '"' && text[i] != '\''))
        return start;
    const char quote = text[i];
    const bool multi = text.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
    i += multi ? 3 : 1;
    SourcePos at = start;
    at.column += multi ? 3 : 1;
    if (multi && text.substr(i, 1) == "\n")
        ++i, ++at.line, at.column = 1;
    else if (multi && text.substr(i, 2) == "\r\n")
        i += 2, ++at.line, at.column = 1;
    std::size_t value = 0; // bytes of the value read so far
    while (i < text.size() && value < offset) {
        if (quote == '"' && text[i] == '\\') {
            // A line-ending backslash drops the line break and the blanks after it.
            std::size_t k = i + 1;
            while (k < text.size() && (text[k] == ' ' || text[k] == '\t'))
                ++k;
            if (multi && k < text.size() && (text[k] == '\n' || text[k] == '\r')) {
                i = k;
                while (i < text.size() &&
                       (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
                    if (text[i] == '\n')
                        ++at.line, at.column = 1;
                    else
                        ++at.column;
                    ++i;
                }
                continue;
            }
            auto [bytes, raw] = escape_size(text.substr(i, 10));
            value += bytes;
            i += raw;
            at.column += static_cast<int>(raw);
            continue;
        }
        const std::size_t before = i;
        char32_t cp = utf8_next(text, i);
        value += i - before;
        if (cp == U'\n')
            ++at.line, at.column = 1;
        else
            ++at.column;
    }
    return at;
}

} // namespace hearth::detail

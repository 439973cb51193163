// A one-pass scan of a TOML text for its nesting depth: brackets and braces
// outside strings and comments, plus the dots of the key being written.
#include "game/deck/detail/toml_nesting.hpp"

#include <vector>

namespace hearth::detail {

std::optional<NestingPlace> too_deep_nesting(std::string_view text) {
    std::vector<char> open; // the brackets and braces not yet closed
    bool in_key = true;     // at a key (a line's start, a header, after '{' or ',' in '{')
    int dots = 0;           // dots in the key being read
    int line = 1;
    std::size_t line_start = 0;
    auto place = [&](std::size_t i) {
        return NestingPlace{line, static_cast<int>(i - line_start) + 1};
    };
    auto newline = [&](std::size_t i) {
        ++line;
        line_start = i + 1;
    };
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            // A string, possibly multi-line; it holds no nesting.
            const bool multi = text.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "'''");
            const std::string_view close = multi ? text.substr(i, 3) : text.substr(i, 1);
            std::size_t j = i + close.size();
            while (j < n && text.substr(j, close.size()) != close) {
                if (text[j] == '\\' && c == '"')
                    ++j;
                else if (text[j] == '\n') {
                    if (!multi)
                        break;
                    newline(j);
                }
                ++j;
            }
            i = j < n && text[j] != '\n' ? j + close.size() - 1 : j - 1;
            continue;
        }
        if (c == '#') {
            while (i + 1 < n && text[i + 1] != '\n')
                ++i;
            continue;
        }
        if (c == '\n') {
            newline(i);
            dots = 0;
            in_key = open.empty(); // a new key, unless inside a multi-line array
            continue;
        }
        if (c == '.' && in_key)
            ++dots;
        else if (c == '=')
            in_key = false, dots = 0;
        else if (c == ',' && !open.empty() && open.back() == '{')
            in_key = true, dots = 0;
        else if (c == '[' || c == '{') {
            open.push_back(c);
            in_key = c == '{' || (open.size() <= 2 && in_key && dots == 0);
        } else if (c == ']' || c == '}') {
            if (!open.empty())
                open.pop_back();
        }
        if (static_cast<int>(open.size()) + dots > kMaxTomlNesting)
            return place(i);
    }
    return std::nullopt;
}

} // namespace hearth::detail

// The common mistakes behind a TOML syntax error, named: a typographic
// quote, a multi-line string closed with "" instead of """, a quote inside
// a string, a timer written as 5:00.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hearth::detail {

// Where a syntax error should be reported and what it should say, when the
// text around `line`:`column` (1-based, columns in code points) shows a
// mistake Hearth can name; nullopt to keep toml++'s own words.
struct SyntaxHint {
    int line = 0, column = 0;
    std::string message;
};
std::optional<SyntaxHint> syntax_hint(std::string_view text, int line, int column);

} // namespace hearth::detail

// UTF-8 checks and helpers shared by the loader and the text layout.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// Where a byte problem sits in a text, counted as editors count: line from 1,
// column from 1 in code points.
struct TextProblem {
    int line = 0;
    int column = 0;
    enum Kind { InvalidUtf8, NulByte } kind = InvalidUtf8;
};

// The first invalid UTF-8 sequence or NUL byte in `text`, if any.
std::optional<TextProblem> find_text_problem(std::string_view text);

// Number of code points in valid UTF-8 `text`.
std::size_t utf8_length(std::string_view text);

// Decodes the code point at `i` and advances `i`; invalid bytes yield U+FFFD.
char32_t utf8_next(std::string_view text, std::size_t& i);

// `text` safe to print: NUL and other control bytes (but tab and newline) and
// each byte of an invalid UTF-8 sequence written as \xHH; the rest as it is.
std::string escaped_text(std::string_view text);

// Appends `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

} // namespace hearth

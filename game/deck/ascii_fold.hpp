// Spellings designers type that TOML or Hearth read otherwise: letters with
// accents folded to ASCII for ids, and the typographic quotes a word
// processor puts in place of straight ones.
#pragma once

#include <string>
#include <string_view>

namespace hearth {

// `s` with each Latin letter carrying an accent (á, ñ, ç, ø, ß ...) written
// as its plain ASCII letters; other characters are kept.
std::string fold_to_ascii(std::string_view s);

// The name of a typographic quote or similar look-alike ("left double
// quotation mark"), or empty when `c` is none.
std::string_view quote_name(char32_t c);

// "U+201C": the code point as Unicode writes it.
std::string code_point_name(char32_t c);

} // namespace hearth

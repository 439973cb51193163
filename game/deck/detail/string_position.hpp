// Where a byte of a TOML string's value lies in the file it was read from,
// so that a diagnostic about a card's text points inside the text.
#pragma once

#include "game/base/diagnostic.hpp"

#include <string_view>

namespace hearth::detail {

// The position in `file_text` of byte `offset` of the value of the string
// that starts (its opening quote) at `start`; `start` itself when the
// string cannot be followed there.
SourcePos position_in_string(std::string_view file_text, const SourcePos& start,
                             std::size_t offset);

} // namespace hearth::detail

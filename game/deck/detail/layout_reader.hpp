// Internal to the loader: a type's or card's `layout` table.
#pragma once

#include "game/deck/deck.hpp"
#include "game/deck/detail/toml_reader.hpp"

namespace hearth::detail {

// `layout = { art = "top", text_align = "left", text_size = 11 }` in `t`
// (a type's or a card's table), checked key by key; unset keys stay unset.
FaceLayout read_layout(Reader& r, const toml::table& t, const std::string& in);

} // namespace hearth::detail

// Where each [[cards]] table and each of its keys is written in a deck's
// text, as byte offsets, so tools can edit a deck file in place and keep
// everything they do not touch (comments, blank lines, the other tables)
// byte for byte. It only locates; load_deck is what judges a deck.
#pragma once

#include "game/base/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// One `key = value` of a card table.
struct KeySpan {
    std::string key;
    std::size_t line_begin = 0;  // start of the line the key is on
    std::size_t value_begin = 0; // first byte of the value
    std::size_t value_end = 0;   // one past the last byte of the value
    std::size_t line_end = 0;    // one past the newline ending the value's last line
};

// One card's table, in the order of the `cards` array.
struct CardBlock {
    bool is_inline = false;    // written as { ... } rather than under [[cards]]
    std::size_t begin = 0;     // start of the [[cards]] line
    std::size_t body = 0;      // one past the [[cards]] line's newline
    std::size_t end = 0;       // one past the newline of the block's last key line
    std::vector<KeySpan> keys; // in the order they are written
    SourcePos where;

    const KeySpan* find(std::string_view key) const;
};

// The card tables of deck text, or nullopt when it is not TOML or has no
// `cards` array of tables.
std::optional<std::vector<CardBlock>> find_card_blocks(std::string_view text);

} // namespace hearth

// The keys every text field in Hearth shares: the journal entry and the
// table's forms. Caret moves (by word with Ctrl), deletes, select all, the
// clipboard, undo and redo. Keys a field gives its own meaning (Return,
// Home/End, up/down, Escape) stay with the field.
#pragma once

#include "game/text_editor.hpp"

#include <SDL.h>

namespace hearth {

// Applies `key` to `ed` if it is one of the shared editing keys and returns
// true; returns false for any other key. `single_line` turns pasted line
// breaks into spaces.
bool apply_text_field_key(TextEditor& ed, const SDL_Keysym& key, bool single_line = false);

} // namespace hearth

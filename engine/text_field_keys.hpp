// The editing commands every text field in Hearth shares: the journal entry
// and the table's forms. Caret moves (by word), deletes, select all, the
// clipboard, undo and redo. Commands a field gives its own meaning (new line,
// Home/End, up/down, leave) stay with the field. Which keys they are is the
// binding table's (Layer::Editing).
#pragma once

#include "engine/scene.hpp"
#include "game/journal/text_editor.hpp"

namespace hearth {

// Applies `in` to `ed` if it is one of the shared editing commands and
// returns true; returns false for any other command. `single_line` turns
// pasted line breaks into spaces.
bool apply_text_field_command(TextEditor& ed, const Input& in, SceneHost& host,
                              bool single_line = false);

} // namespace hearth

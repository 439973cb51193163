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

// The arrow's command the other way round (Left and Right, by letter or
// word): in a right-to-left paragraph Left goes on to the next letter.
Command mirrored_arrow(Command c);

// Whether the paragraph of `text` holding byte `pos` reads right to left
// (its first strong letter's direction).
bool rtl_paragraph_at(std::string_view text, std::size_t pos);

} // namespace hearth

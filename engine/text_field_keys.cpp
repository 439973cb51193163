#include "engine/text_field_keys.hpp"

#include "game/text/bidi.hpp"

#include <algorithm>
#include <string>

namespace hearth {

bool apply_text_field_command(TextEditor& ed, const Input& in, SceneHost& host, bool single_line) {
    const bool shift = in.extend;
    switch (in.command) {
    case Command::CaretLeft:
        ed.move_left(shift);
        return true;
    case Command::CaretRight:
        ed.move_right(shift);
        return true;
    case Command::WordLeft:
        ed.move_word_left(shift);
        return true;
    case Command::WordRight:
        ed.move_word_right(shift);
        return true;
    case Command::DeleteBack:
        ed.backspace();
        return true;
    case Command::DeleteWordBack:
        ed.delete_word_back();
        return true;
    case Command::DeleteForward:
        ed.delete_forward();
        return true;
    case Command::DeleteWordForward:
        ed.delete_word_forward();
        return true;
    case Command::SelectAll:
        ed.select_all();
        return true;
    case Command::Copy:
        if (ed.has_selection())
            host.set_clipboard_text(ed.copy());
        return true;
    case Command::Cut:
        if (ed.has_selection())
            host.set_clipboard_text(ed.cut());
        return true;
    case Command::Paste: {
        std::string pasted = host.clipboard_text();
        if (pasted.empty())
            return true;
        if (single_line)
            std::replace(pasted.begin(), pasted.end(), '\n', ' ');
        ed.paste(pasted);
        return true;
    }
    case Command::Undo:
        ed.undo();
        return true;
    case Command::Redo:
        ed.redo();
        return true;
    default:
        return false;
    }
}

Command mirrored_arrow(Command c) {
    switch (c) {
    case Command::CaretLeft:
        return Command::CaretRight;
    case Command::CaretRight:
        return Command::CaretLeft;
    case Command::WordLeft:
        return Command::WordRight;
    case Command::WordRight:
        return Command::WordLeft;
    default:
        return c;
    }
}

bool rtl_paragraph_at(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    const std::size_t begin = pos == 0 ? 0 : text.rfind('\n', pos - 1);
    const std::size_t from = begin == std::string_view::npos || pos == 0 ? 0 : begin + 1;
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    return bidi_paragraph(text.substr(from, end - from)).rtl;
}

} // namespace hearth

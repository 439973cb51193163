#include "engine/text_field_keys.hpp"

#include <algorithm>
#include <string>

namespace hearth {

bool apply_text_field_key(TextEditor& ed, const SDL_Keysym& key, bool single_line) {
    const bool ctrl = key.mod & (KMOD_CTRL | KMOD_GUI);
    const bool shift = key.mod & KMOD_SHIFT;
    switch (key.sym) {
    case SDLK_LEFT:
        ctrl ? ed.move_word_left(shift) : ed.move_left(shift);
        return true;
    case SDLK_RIGHT:
        ctrl ? ed.move_word_right(shift) : ed.move_right(shift);
        return true;
    case SDLK_BACKSPACE:
        ctrl ? ed.delete_word_back() : ed.backspace();
        return true;
    case SDLK_DELETE:
        ctrl ? ed.delete_word_forward() : ed.delete_forward();
        return true;
    default:
        break;
    }
    if (!ctrl)
        return false;
    switch (key.sym) {
    case SDLK_a:
        ed.select_all();
        return true;
    case SDLK_c:
        if (ed.has_selection())
            SDL_SetClipboardText(ed.copy().c_str());
        return true;
    case SDLK_x:
        if (ed.has_selection())
            SDL_SetClipboardText(ed.cut().c_str());
        return true;
    case SDLK_v:
        if (SDL_HasClipboardText()) {
            char* text = SDL_GetClipboardText();
            std::string pasted = text ? text : "";
            SDL_free(text);
            if (single_line)
                std::replace(pasted.begin(), pasted.end(), '\n', ' ');
            ed.paste(pasted);
        }
        return true;
    case SDLK_z:
        shift ? ed.redo() : ed.undo();
        return true;
    case SDLK_y:
        ed.redo();
        return true;
    default:
        return false;
    }
}

} // namespace hearth

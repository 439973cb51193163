// A small form over the table: writing a blank card (a title and a text) or
// typing a player's name. It owns the typing (game/text_editor.hpp) and the
// drawing; the table scene turns what it returns into session actions.
#pragma once

#include "engine/scene.hpp"
#include "game/text_editor.hpp"

#include <array>
#include <string>

namespace hearth {

class TablePanel {
public:
    enum class Kind { None, Write, AddPlayer, Rename };
    // What an event did to the form.
    enum class Result {
        Ignored,  // not the form's: help, full screen
        Used,     // typed, moved, switched fields
        Submit,   // Ctrl+Return (Return on a name): apply what is typed
        Cancel,   // Escape: close without applying
        PrevSeat, // Up on a name being changed: the seat before
        NextSeat, // Down: the seat after
    };

    // A blank card of a type called `type_name`, drawn in its colours.
    void open_write(std::string type_name, Color paper, Color ink);
    // A name: `heading` says what for ("Who sits down?"), `name` is the start.
    void open_name(Kind kind, std::string heading, std::string name);
    void close() { kind_ = Kind::None; }
    bool is_open() const { return kind_ != Kind::None; }
    Kind kind() const { return kind_; }

    Result on_event(const SDL_Event& e);

    const std::string& title() const { return fields_[0].text(); } // also the name
    const std::string& text() const { return fields_[1].text(); }
    int field() const { return field_; }

    void draw(Gfx& g) const;

private:
    Result key(const SDL_KeyboardEvent& k);
    int field_count() const { return kind_ == Kind::Write ? 2 : 1; }

    Kind kind_ = Kind::None;
    std::string heading_;
    std::string note_; // a quieter line under the heading
    Color paper_{}, ink_{};
    std::array<TextEditor, 2> fields_; // title (or name), text
    int field_ = 0;
};

} // namespace hearth

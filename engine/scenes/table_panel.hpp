// A small form over the table: writing a blank card (a title and a text) or
// typing a player's name. It owns the typing (game/text_editor.hpp) and the
// drawing; the table scene turns what it returns into session actions.
#pragma once

#include "engine/scene.hpp"
#include "game/journal/text_editor.hpp"

#include <array>
#include <string>

namespace hearth {

class TablePanel {
public:
    enum class Kind { None, Write, AddPlayer, Rename };
    // What an input did to the form.
    enum class Result {
        Used,     // typed, moved, switched fields (or nothing: the table under it stays)
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

    // A command in Layer::Form (the form has every key while open).
    Result on_input(const Input& in, SceneHost& host);
    // Text typed, or an input method's composition.
    void on_text(const TextInput& in);
    // True while an input method composes (it owns the keys then).
    bool composing() const { return !fields_[std::size_t(field_)].composition().empty(); }

    const std::string& title() const { return fields_[0].text(); } // also the name
    const std::string& text() const { return fields_[1].text(); }
    int field() const { return field_; }

    void draw(Gfx& g, const Bindings& keys) const;
    // The hint line under the fields, in the words of `keys`.
    std::string hints(const Bindings& keys) const;

private:
    int field_count() const { return kind_ == Kind::Write ? 2 : 1; }

    Kind kind_ = Kind::None;
    std::string heading_;
    std::string note_; // a quieter line under the heading
    Color paper_{}, ink_{};
    std::array<TextEditor, 2> fields_; // title (or name), text
    int field_ = 0;
};

} // namespace hearth

// The binding table: which chord, pad button or gesture means which command,
// in which layer, and the words the help overlay and the hints show for it.
// It is data (bindings.cpp); the input path, the help overlay and every
// scene's hint line read it, so a binding changes in one place.
#pragma once

#include "engine/input.hpp"

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hearth {

// Where the keys are: what a key means depends on what has them.
enum class Layer : std::uint8_t {
    Always,    // in every layer, first: help and full screen
    Commands,  // the table, set-up and the overlays: the table's keys
    Editing,   // the keys every text field shares (part of Journal and Form)
    Journal,   // the solo journal entry; pads and pointers are Commands
    Form,      // the table's forms (a card, a name): everything is the form's
    Names,     // set-up's names; other keys but letters are Commands
    List,      // looking back at the journal; pads and pointers are Commands
    Aside,     // the solo card with the journal put aside; then Commands
    Composing, // an input method composes: keys are its own
};

// What a binding is triggered by.
using Trigger = std::variant<Chord, PadButton, Gesture>;

// One row of the table.
struct Binding {
    Layer layer = Layer::Commands;
    Trigger trigger;
    Command command = Command::Next;
    std::string label;  // the key as help and hints name it ("PageDown", "Ctrl+S")
    int seat = -1;      // for Take: the seat the key stands for
    bool listed = true; // named in help and hints (a keypad twin or a pad is not)
};

// Up to four commands named together ("↑ ↓: choose").
class CommandList {
public:
    CommandList() = default;
    CommandList(std::initializer_list<Command> list) {
        for (Command c : list)
            if (n_ < c_.size())
                c_[n_++] = c;
    }
    const Command* begin() const { return c_.data(); }
    const Command* end() const { return c_.data() + n_; }

private:
    std::array<Command, 4> c_{};
    std::size_t n_ = 0;
};

// What a scene offers: the commands, in words, for help and hints. `keys`
// adds words for what has no binding row ("click the card", "typing").
struct Offer {
    CommandList commands;
    std::string what;
    std::string keys = {};
};

using KeyHelp = std::vector<std::pair<std::string, std::string>>;

class Bindings {
public:
    explicit Bindings(std::vector<Binding> rows) : rows_(std::move(rows)) {}
    // Hearth's bindings.
    static const Bindings& standard();

    // The meaning of `e` where `layer` has the keys, or nullopt when it has
    // none there (a letter while typing, an unbound key).
    std::optional<Input> resolve(const InputEvent& e, Layer layer) const;

    // Every listed label for `c` in `layer` (with Always), ", " between.
    std::string keys(Command c, Layer layer) const;
    // The first listed label for `c` in `layer` (the key a hint names).
    std::string key(Command c, Layer layer) const;
    // The label of `k` when, pressed in `layer`, it means `c` (empty when it
    // does not): the clicker's hints name the clicker's keys.
    std::string label_of(Key k, Command c, Layer layer) const;
    // "Clicker: PageDown this one · B another · PageUp back": the words for
    // the clicker's keys (PageDown, B, PageUp) that mean something here.
    std::string clicker_hint(const std::string& next, const std::string& choose,
                             const std::string& back, Layer layer) const;
    // The help overlay's lines for what a scene offers.
    KeyHelp help(std::initializer_list<Offer> offers, Layer layer) const;
    // A hint line: "Space: draw  ·  Backspace: back".
    std::string hints(std::initializer_list<Offer> offers, Layer layer) const;

    const std::vector<Binding>& rows() const { return rows_; }
    std::vector<Binding>& rows() { return rows_; }

private:
    // The row `e` finds in `layer` (and what it includes); `extend` says it
    // was found without Shift.
    const Binding* find(const InputEvent& e, Layer layer, bool& extend) const;
    const Binding* match(const InputEvent& e, Layer layer, bool& extend) const;
    std::string offer_keys(const Offer& o, Layer layer, bool first_only) const;

    std::vector<Binding> rows_;
};

} // namespace hearth

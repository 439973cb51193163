// The binding table and how an event finds its row. Sections: the table,
// layers, resolving, words for help and hints.
#include "engine/bindings.hpp"

#include "engine/words/key_words.hpp"
#include "engine/words/translation.hpp"

#include <algorithm>
#include <tuple>

namespace hearth {
namespace {

// ---------------------------------------------------------------- the table

constexpr const char* kRight = "\u2192";
constexpr const char* kLeft = "\u2190";
constexpr const char* kUp = "\u2191";
constexpr const char* kDown = "\u2193";

Chord ch(Key k, std::uint8_t mods = kNoMod) {
    return Chord{k, mods, false};
}

Key digit(int n) {
    return Key(int(Key::D0) + n);
}
Key keypad(int n) {
    return Key(int(Key::Kp0) + n);
}

std::vector<Binding> standard_rows() {
    using C = Command;
    using L = Layer;
    using P = PadButton;
    using G = Gesture;
    std::vector<Binding> t = {
        // Always: help and full screen, whatever has the keys.
        {L::Always, ch(Key::F1), C::Help, "F1"},
        {L::Always, P::Back, C::Help, "pad Back", -1, false},
        {L::Always, ch(Key::F11), C::FullScreen, "F11"},
        // Read aloud: V at the table, F9 also while typing; Shift reads again.
        {L::Always, ch(Key::F9), C::ReadAloud, "F9"},
        {L::Always, ch(Key::F9, kShift), C::ReadAgain, "Shift+F9"},

        // Commands: the table's keys; a clicker sends PageDown, PageUp, B and period.
        {L::Commands, ch(Key::Space), C::Next, "Space"},
        {L::Commands, ch(Key::Return), C::Next, "Return"},
        {L::Commands, ch(Key::KpEnter), C::Next, "Enter", -1, false},
        {L::Commands, ch(Key::PageDown), C::Next, "PageDown"},
        {L::Commands, ch(Key::Right), C::Next, kRight},
        {L::Commands, P::A, C::Next, "pad A", -1, false},
        {L::Commands, P::DpadRight, C::Next, "pad \u2192", -1, false},
        {L::Commands, G::SwipeLeft, C::Next, "swipe left", -1, false},
        {L::Commands, G::WheelDown, C::Next, "wheel down", -1, false},
        {L::Commands, ch(Key::Backspace), C::Back, "Backspace"},
        {L::Commands, ch(Key::PageUp), C::Back, "PageUp"},
        {L::Commands, ch(Key::Left), C::Back, kLeft},
        {L::Commands, P::B, C::Back, "pad B", -1, false},
        {L::Commands, P::DpadLeft, C::Back, "pad \u2190", -1, false},
        {L::Commands, G::SwipeRight, C::Back, "swipe right", -1, false},
        {L::Commands, G::WheelUp, C::Back, "wheel up", -1, false},
        {L::Commands, ch(Key::S), C::Skip, "S"},
        {L::Commands, P::LeftShoulder, C::Skip, "pad left shoulder", -1, false},
        {L::Commands, ch(Key::K), C::Keep, "K"},
        {L::Commands, P::X, C::Keep, "pad X", -1, false},
        {L::Commands, ch(Key::D0), C::Pass, "0"},
        {L::Commands, ch(Key::Kp0), C::Pass, "0", -1, false},
        {L::Commands, P::Y, C::Pass, "pad Y", -1, false},
        {L::Commands, ch(Key::P), C::Pause, "P"},
        {L::Commands, ch(Key::F5), C::Pause, "F5"}, // a clicker's start button
        {L::Commands, ch(Key::F5, kShift), C::Pause, "Shift+F5", -1, false},
        // A clicker's third button: the next choice; PageDown takes it.
        {L::Commands, ch(Key::B), C::Choose, "B"},
        {L::Commands, ch(Key::Period), C::Choose, "."},
        {L::Commands, P::Start, C::Pause, "pad Start", -1, false},
        {L::Commands, ch(Key::Question), C::Help, "?"},
        {L::Commands, ch(Key::Slash, kShift), C::Help, "?", -1, false},
        {L::Commands, ch(Key::Plus), C::Bigger, "+"},
        {L::Commands, ch(Key::KpPlus), C::Bigger, "+", -1, false},
        {L::Commands, ch(Key::Equals), C::Bigger, "=", -1, false}, // + shares its key with =
        {L::Commands, ch(Key::Minus), C::Smaller, "\u2212"},
        {L::Commands, ch(Key::KpMinus), C::Smaller, "\u2212", -1, false},
        {L::Commands, ch(Key::Escape), C::Leave, "Escape"},
        {L::Commands, P::Guide, C::Leave, "pad Guide", -1, false},
        {L::Commands, ch(Key::Up), C::Up, kUp},
        {L::Commands, P::DpadUp, C::Up, "pad \u2191", -1, false},
        {L::Commands, ch(Key::Down), C::Down, kDown},
        {L::Commands, P::DpadDown, C::Down, "pad \u2193", -1, false},
        {L::Commands, G::Click, C::Point, "click", -1, false},
        {L::Commands, G::Tap, C::Point, "tap", -1, false},
        {L::Commands, ch(Key::S, kCtrl), C::Save, "Ctrl+S"},
        {L::Commands, ch(Key::Y, kCtrl), C::Redo, "Ctrl+Y"},
        {L::Commands, ch(Key::Backspace, kShift), C::Redo, "Shift+Backspace"},
        {L::Commands, ch(Key::E), C::Extend, "E"},
        {L::Commands, ch(Key::A), C::AddPlayer, "A"},
        {L::Commands, ch(Key::Insert), C::AddPlayer, "Insert"},
        {L::Commands, ch(Key::R), C::Rename, "R"},
        {L::Commands, ch(Key::F2), C::Rename, "F2"},
        {L::Commands, ch(Key::Delete), C::Remove, "Delete"},
        {L::Commands, ch(Key::W), C::Write, "W"},
        {L::Commands, ch(Key::M), C::Mute, "M"},
        {L::Commands, ch(Key::I), C::Mission, "I"},
        {L::Commands, ch(Key::F), C::FollowSee, "F"},
        {L::Commands, ch(Key::T), C::TurnOver, "T"},
        // The phones (--phones): the join panel, and locking the room in it.
        {L::Commands, ch(Key::J), C::Phones, "J"},
        {L::Commands, ch(Key::L), C::Lock, "L"},
        {L::Commands, ch(Key::V), C::ReadAloud, "V"},
        {L::Commands, ch(Key::V, kShift), C::ReadAgain, "Shift+V"},

        // Editing: every text field's keys. Shift with a move selects.
        {L::Editing, ch(Key::Left), C::CaretLeft, kLeft},
        {L::Editing, ch(Key::Right), C::CaretRight, kRight},
        {L::Editing, ch(Key::Left, kCtrl), C::WordLeft, std::string("Ctrl+") + kLeft},
        {L::Editing, ch(Key::Right, kCtrl), C::WordRight, std::string("Ctrl+") + kRight},
        {L::Editing, ch(Key::Up), C::Up, kUp},
        {L::Editing, ch(Key::Down), C::Down, kDown},
        {L::Editing, ch(Key::Home), C::LineStart, "Home"},
        {L::Editing, ch(Key::End), C::LineEnd, "End"},
        {L::Editing, ch(Key::Home, kCtrl), C::TextStart, "Ctrl+Home"},
        {L::Editing, ch(Key::End, kCtrl), C::TextEnd, "Ctrl+End"},
        {L::Editing, ch(Key::Backspace), C::DeleteBack, "Backspace"},
        {L::Editing, ch(Key::Backspace, kCtrl), C::DeleteWordBack, "Ctrl+Backspace"},
        {L::Editing, ch(Key::Delete), C::DeleteForward, "Delete"},
        {L::Editing, ch(Key::Delete, kCtrl), C::DeleteWordForward, "Ctrl+Delete"},
        {L::Editing, ch(Key::A, kCtrl), C::SelectAll, "Ctrl+A"},
        {L::Editing, ch(Key::C, kCtrl), C::Copy, "Ctrl+C"},
        {L::Editing, ch(Key::X, kCtrl), C::Cut, "Ctrl+X"},
        {L::Editing, ch(Key::V, kCtrl), C::Paste, "Ctrl+V"},
        {L::Editing, ch(Key::Z, kCtrl), C::Undo, "Ctrl+Z"},
        {L::Editing, ch(Key::Y, kCtrl), C::Redo, "Ctrl+Y"},
        {L::Editing, ch(Key::Z, kCtrl | kShift), C::Redo, "Ctrl+Shift+Z", -1, false},

        // Journal: the solo entry, beyond the shared editing keys.
        {L::Journal, ch(Key::Return), C::NewLine, "Return"},
        {L::Journal, ch(Key::KpEnter), C::NewLine, "Enter", -1, false},
        {L::Journal, ch(Key::Return, kCtrl), C::Submit, "Ctrl+Return"},
        {L::Journal, ch(Key::KpEnter, kCtrl), C::Submit, "Ctrl+Enter", -1, false},
        {L::Journal, ch(Key::PageDown), C::Next, "PageDown"},
        {L::Journal, ch(Key::Escape), C::Leave, "Escape"},
        {L::Journal, ch(Key::S, kCtrl), C::Save, "Ctrl+S"},
        {L::Journal, ch(Key::T, kCtrl), C::Timer, "Ctrl+T"},
        {L::Journal, ch(Key::L, kCtrl), C::LookBack, "Ctrl+L"},
        {L::Journal, ch(Key::PageDown, kCtrl), C::TurnOver, "Ctrl+PageDown"},
        {L::Journal, ch(Key::D, kCtrl), C::Today, "Ctrl+D"},
        {L::Journal, ch(Key::E, kCtrl), C::Earlier, "Ctrl+E"},
        {L::Journal, ch(Key::R, kCtrl), C::ReadAgain, "Ctrl+R"},
        {L::Journal, G::WheelUp, C::Scroll, "wheel", -1, false},
        {L::Journal, G::WheelDown, C::Scroll, "wheel", -1, false},

        // Form: the table's forms; a pad cannot type, so B closes one.
        {L::Form, ch(Key::Escape), C::Leave, "Escape"},
        {L::Form, P::B, C::Leave, "pad B", -1, false},
        {L::Form, ch(Key::Return), C::NewLine, "Return"},
        {L::Form, ch(Key::KpEnter), C::NewLine, "Enter", -1, false},
        {L::Form, ch(Key::Return, kCtrl), C::Submit, "Ctrl+Return"},
        {L::Form, ch(Key::KpEnter, kCtrl), C::Submit, "Ctrl+Enter", -1, false},
        {L::Form, ch(Key::Tab), C::NextField, "Tab"},
        {L::Form, ch(Key::Tab, kShift), C::PrevField, "Shift+Tab"},

        // Names: set-up's list of players.
        {L::Names, ch(Key::Return), C::NewLine, "Return"},
        {L::Names, ch(Key::KpEnter), C::NewLine, "Enter", -1, false},
        {L::Names, ch(Key::Backspace), C::DeleteBack, "Backspace"},
        {L::Names, ch(Key::Space), C::Begin, "Space"},
        // --phones: seat the name a phone typed when it joined (the join panel offers it).
        {L::Names, ch(Key::Insert), C::AddPlayer, "Insert"},

        // List: looking back at the journal.
        {L::List, ch(Key::Up), C::Up, kUp},
        {L::List, ch(Key::PageUp), C::Up, "PageUp", -1, false},
        {L::List, ch(Key::Down), C::Down, kDown},
        {L::List, ch(Key::PageDown), C::Down, "PageDown", -1, false},
        {L::List, ch(Key::Tab), C::NextField, "Tab"},
        {L::List, ch(Key::Escape), C::Journal, "Escape"},
        {L::List, ch(Key::Return), C::Journal, "Return", -1, false},
        {L::List, ch(Key::L), C::Journal, "L", -1, false},

        // Aside: the solo card, the journal put aside.
        {L::Aside, ch(Key::Return), C::Journal, "Return"},
        {L::Aside, ch(Key::KpEnter), C::Journal, "Enter", -1, false},
        {L::Aside, ch(Key::Tab), C::Journal, "Tab"},
        {L::Aside, ch(Key::L, kCtrl), C::LookBack, "Ctrl+L"},
    };
    // Seats by number: 1-9 (and the keypad's) in the table and in set-up.
    for (int n = 1; n <= 9; ++n) {
        std::string label = n == 1 ? "1 \u2013 9" : std::to_string(n);
        for (Layer layer : {L::Commands, L::Names}) {
            t.push_back({layer, ch(digit(n)), C::Take, label, n - 1, n == 1});
            t.push_back({layer, ch(keypad(n)), C::Take, label, n - 1, false});
        }
    }
    // Seats 10-12: "1" acts at once and "0" is pass, so "10" cannot be typed;
    // Shift adds ten (Shift+1 is seat 10, Shift+2 seat 11, Shift+3 seat 12).
    for (int n = 1; n <= 3; ++n)
        t.push_back({L::Commands, ch(digit(n), kShift), C::Take,
                     n == 1 ? "Shift+1 \u2013 3" : "Shift+" + std::to_string(n), 9 + n - 1,
                     n == 1});
    return t;
}

// ---------------------------------------------------------------- layers

// The layers searched together, in order: a layer and what it includes.
std::vector<Layer> parts(Layer l) {
    switch (l) {
    case Layer::Journal:
        return {Layer::Journal, Layer::Editing};
    case Layer::Form:
        return {Layer::Form, Layer::Editing};
    default:
        return {l};
    }
}

// Where an event goes on when `l` has no row for it, if anywhere.
std::optional<Layer> fallback(Layer l, const InputEvent& e) {
    const auto* key = std::get_if<KeyPress>(&e.what);
    switch (l) {
    case Layer::Journal: // letters arrive as text: never as table commands
    case Layer::List:
    case Layer::Composing:
        return key ? std::nullopt : std::optional(Layer::Commands);
    case Layer::Names: // letters are names; other keys are the table's
        return key && key->chord.printable ? std::nullopt : std::optional(Layer::Commands);
    case Layer::Aside:
        return Layer::Commands;
    default:
        return std::nullopt;
    }
}

// Text fields take the Super (Command) key for Ctrl; elsewhere only Shift
// and Ctrl count.
std::uint8_t mods_in(Layer l, std::uint8_t mods) {
    bool field = l == Layer::Editing || l == Layer::Journal || l == Layer::Form;
    if (field && (mods & kGui))
        mods |= kCtrl;
    return std::uint8_t(mods & (kShift | kCtrl));
}

// Keys that type a character (on any layout Hearth knows).
bool types_text(Key k) {
    return (k >= Key::A && k <= Key::D9) || k == Key::Space || k == Key::Plus || k == Key::Minus ||
           k == Key::Equals || k == Key::Slash || k == Key::Question || k == Key::Period;
}

bool same_trigger(const Trigger& row, const InputEvent& e, Layer l, bool without_shift) {
    if (const auto* key = std::get_if<KeyPress>(&e.what)) {
        const Chord* c = std::get_if<Chord>(&row);
        if (!c || c->key != key->chord.key)
            return false;
        std::uint8_t mods = mods_in(l, key->chord.mods);
        if (without_shift)
            mods = std::uint8_t(mods & ~kShift);
        return mods == c->mods;
    }
    if (without_shift)
        return false;
    if (const auto* pad = std::get_if<PadPress>(&e.what)) {
        const PadButton* b = std::get_if<PadButton>(&row);
        return b && *b == pad->button;
    }
    if (const auto* p = std::get_if<PointerInput>(&e.what)) {
        const Gesture* g = std::get_if<Gesture>(&row);
        return g && *g == p->gesture;
    }
    return false;
}

} // namespace

const Bindings& Bindings::standard() {
    static const Bindings table(standard_rows());
    return table;
}

// ---------------------------------------------------------------- resolving

const Binding* Bindings::find(const InputEvent& e, Layer layer, bool& extend) const {
    const std::vector<Layer> searched = parts(layer);
    // An exact chord first; then without Shift, which then extends a selection.
    for (bool without_shift : {false, true})
        for (Layer part : searched)
            for (const Binding& b : rows_)
                if (b.layer == part && same_trigger(b.trigger, e, part, without_shift)) {
                    extend = without_shift;
                    return &b;
                }
    return nullptr;
}

const Binding* Bindings::match(const InputEvent& e, Layer layer, bool& extend) const {
    if (layer != Layer::Composing) // the input method owns every key
        if (const Binding* b = find(e, Layer::Always, extend))
            return b;
    for (std::optional<Layer> l = layer; l; l = fallback(*l, e))
        if (const Binding* b = find(e, *l, extend))
            return b;
    return nullptr;
}

std::optional<Input> Bindings::resolve(const InputEvent& e, Layer layer) const {
    if (const auto* direct = std::get_if<Input>(&e.what)) {
        Input in = *direct; // a source that speaks in commands
        in.origin = e.origin;
        return in;
    }
    if (std::holds_alternative<TextInput>(e.what))
        return std::nullopt;
    const auto* pointer = std::get_if<PointerInput>(&e.what);
    bool extend = false;
    const Binding* b = match(e, layer, extend);
    if (!b)
        return std::nullopt;
    Input in;
    in.command = b->command;
    in.seat = b->seat;
    in.extend = extend;
    in.origin = e.origin;
    if (const auto* p = pointer) {
        in.x = p->x;
        in.y = p->y;
        in.wheel = p->gesture == Gesture::WheelUp || p->gesture == Gesture::WheelDown;
        in.steps = p->gesture == Gesture::WheelUp ? p->steps : -p->steps;
        // One flick of a wheel or a trackpad is one step of the table, however
        // many events it sends; the rest of it may only scroll.
        if (in.wheel && p->flick_goes_on && in.command != Command::Scroll)
            return std::nullopt;
    }
    return in;
}

// ---------------------------------------------------------------- words for help and hints

std::string Bindings::keys(Command c, Layer layer) const {
    // The keys that mean `c` here: each row for it whose key, pressed now,
    // would reach it (a letter bound in the table is text while typing).
    std::string out;
    for (const Binding& b : rows_) {
        const Chord* chord = std::get_if<Chord>(&b.trigger);
        if (b.command != c || !b.listed || !chord)
            continue;
        InputEvent press{KeyPress{Chord{chord->key, chord->mods, types_text(chord->key)}}, {}};
        bool extend = false;
        const Binding* found = match(press, layer, extend);
        // The label of the row the key finds here, once, in the interface's words.
        if (!found || found->command != c || !found->listed || extend || found->seat != b.seat)
            continue;
        const std::string name = key_name(found->label);
        if ((", " + out + ", ").find(", " + name + ", ") == std::string::npos)
            out += (out.empty() ? "" : ", ") + name;
    }
    return out;
}

std::string Bindings::label_of(Key k, Command c, Layer layer) const {
    InputEvent press{KeyPress{Chord{k, kNoMod, types_text(k)}}, {}};
    bool extend = false;
    const Binding* found = match(press, layer, extend);
    return found && found->command == c ? key_name(found->label) : std::string();
}

std::string Bindings::clicker_hint(const std::string& next, const std::string& choose,
                                   const std::string& back, Layer layer) const {
    std::string out;
    using Row = std::tuple<Key, Command, const std::string*>;
    for (auto [k, c, what] :
         {Row{Key::PageDown, Command::Next, &next}, Row{Key::B, Command::Choose, &choose},
          Row{Key::PageUp, Command::Back, &back}}) {
        std::string label = what->empty() ? std::string() : label_of(k, c, layer);
        if (!label.empty())
            out += (out.empty() ? tr("Clicker:") + "  " : "  \u00b7  ") + label + " " + tr(*what);
    }
    return out;
}

std::string Bindings::key(Command c, Layer layer) const {
    std::string all = keys(c, layer);
    std::size_t comma = all.find(", ");
    return comma == std::string::npos ? all : all.substr(0, comma);
}

std::string Bindings::offer_keys(const Offer& o, Layer layer, bool first_only) const {
    std::string out;
    auto join = [&out](const std::string& s, const char* sep) {
        if (!s.empty())
            out += (out.empty() ? "" : sep) + s;
    };
    // Two commands that are a pair (up and down) read "↑ ↓" in a hint.
    for (Command c : o.commands)
        join(first_only ? key(c, layer) : keys(c, layer), first_only ? " " : ", ");
    join(tr(o.keys), first_only ? " " : ", ");
    return out;
}

KeyHelp Bindings::help(std::initializer_list<Offer> offers, Layer layer) const {
    KeyHelp out;
    for (const Offer& o : offers)
        out.emplace_back(offer_keys(o, layer, false), tr(o.what));
    return out;
}

std::string Bindings::hints(std::initializer_list<Offer> offers, Layer layer) const {
    std::string out;
    for (const Offer& o : offers) {
        std::string keys = offer_keys(o, layer, true);
        const std::string what = tr(o.what);
        out += (out.empty() ? "" : "  \u00b7  ") + (keys.empty() ? what : keys + ": " + what);
    }
    return out;
}

} // namespace hearth

// Hearth's input vocabulary: the keys, buttons and gestures people use, the
// commands they mean, and where each came from. Nothing here knows SDL: the
// platform layer (input_map.cpp) turns SDL's events into these, a phone's
// message would become the same, and the binding table (bindings.hpp) says
// which chord means which command.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace hearth {

// What people mean. Which keys mean it is the binding table's business
// (bindings.cpp), not this list's.
enum class Command {
    // The table, set-up and the solo card.
    Next,       // draw, done, next speaker; the next choice
    Back,       // undo the last step
    Skip,       // skip this card; draw a mission at random
    Keep,       // keep this card
    Pass,       // pass the prompt or the talking piece
    Pause,      // a blank screen, and back
    Help,       // the help overlay
    Bigger,     // larger text
    Smaller,    // smaller text
    FullScreen, // full screen and back
    Mute,       // sound off and on
    Leave,      // back out of a step, close what is open, or ask to end
    Take,       // a seat (Input::seat) takes the talking piece; picks a seat or a choice
    Up,         // the choice before; the line above
    Down,       // the choice after; the line below
    Point,      // a click or tap at Input::x, y (render pixels)
    Save,       // save now (the summary, the journal)
    Redo,       // what back (or undo) undid
    Extend,     // one more minute on the timer
    AddPlayer,  // someone sits down
    Rename,     // change a seat's name
    Remove,     // someone leaves (asked twice)
    Write,      // write a blank card
    Begin,      // naming players: begin with the names so far
    Choose,     // the next choice (a clicker's B): lights it; Next takes it
    Mission,    // the group's mission shown big, and back
    FollowSee,  // show a card the current one refers to ("see 24"), the next, then back
    TurnOver,   // show a two-sided card's other side, and its front again
    Phones,     // the phones' join panel over the table, and back (--phones)
    Lock,       // lock the phones' room (no new seats), and open it again
    ReadAloud,  // read aloud on and off
    ReadAgain,  // read the card again (solo: and the journal entry)
    // Text fields (the journal, the table's forms, names).
    CaretLeft,         // one character left (Input::extend: select)
    CaretRight,        // one character right
    WordLeft,          // one word left
    WordRight,         // one word right
    LineStart,         // to the start of the line
    LineEnd,           // to the end of the line
    TextStart,         // to the start of the text
    TextEnd,           // to the end of the text
    DeleteBack,        // delete the character before the caret (or the selection)
    DeleteWordBack,    // delete the word before the caret
    DeleteForward,     // delete the character after the caret
    DeleteWordForward, // delete the word after the caret
    SelectAll,         // select the whole field
    Copy,              // copy the selection
    Cut,               // cut the selection
    Paste,             // paste, replacing the selection
    Undo,              // undo the last edit
    NewLine,           // a line break; in a one-line field, done
    Submit,            // done with the form (the journal: another card)
    NextField,         // the form's next field; the other list (by date, by card)
    PrevField,         // the form's field before
    Scroll,            // scroll by Input::steps (up is positive)
    // The solo journal.
    Timer,    // start or pause the reflection timer
    LookBack, // read past entries
    Today,    // back to the card of the day
    Earlier,  // what was written about this card before
    Journal,  // back to writing
};

// Hearth's names for the keys it binds; the platform layer maps the
// platform's key codes to these, and every other key to Key::Other.
enum class Key : std::uint8_t {
    None,
    Other,
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
    L,
    M,
    N,
    O,
    P,
    Q,
    R,
    S,
    T,
    U,
    V,
    W,
    X,
    Y,
    Z,
    D0,
    D1,
    D2,
    D3,
    D4,
    D5,
    D6,
    D7,
    D8,
    D9,
    Kp0,
    Kp1,
    Kp2,
    Kp3,
    Kp4,
    Kp5,
    Kp6,
    Kp7,
    Kp8,
    Kp9,
    Space,
    Return,
    KpEnter,
    Tab,
    Backspace,
    Delete,
    Insert,
    Escape,
    Home,
    End,
    PageUp,
    PageDown,
    Left,
    Right,
    Up,
    Down,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,
    Plus,
    KpPlus,
    Minus,
    KpMinus,
    Equals,
    Slash,
    Question,
    Period,
};

// Modifier keys held with a key, as bits.
enum Mod : std::uint8_t {
    kNoMod = 0,
    kShift = 1,
    kCtrl = 2,
    kAlt = 4,
    kGui = 8, // the Super or Command key: Ctrl's twin in text fields
};

// A key with its modifiers.
struct Chord {
    Key key = Key::None;
    std::uint8_t mods = kNoMod;
    bool printable = false; // the key types a character (letters, digits, punctuation)

    friend bool operator==(const Chord&, const Chord&) = default;
};

// A game pad's buttons.
enum class PadButton : std::uint8_t {
    Other,
    A,
    B,
    X,
    Y,
    Back,
    Guide,
    Start,
    LeftShoulder,
    RightShoulder,
    DpadUp,
    DpadDown,
    DpadLeft,
    DpadRight,
};

// What a pointer did.
enum class Gesture : std::uint8_t {
    Click,      // a mouse click (left button) at x, y
    Tap,        // a finger's tap at x, y
    SwipeLeft,  // a finger swiped left, like turning a page on
    SwipeRight, // a finger swiped right
    WheelUp,    // the wheel turned up (steps)
    WheelDown,  // the wheel turned down (steps)
};

// Where an event came from: one of the host's devices, or a seat's own
// device (a phone) that may act only for that seat.
struct Origin {
    enum class Device : std::uint8_t {
        Keyboard, // also a presentation clicker, which is a keyboard
        Mouse,
        Touch,
        Pad,
        Phone, // a seat's phone
    };
    Device device = Device::Keyboard;
    int seat = -1; // the seat the device belongs to; -1: the host's, for anyone
    int id = 0;    // which of its kind (a pad's number)

    friend bool operator==(const Origin&, const Origin&) = default;
};

// A command and what it is about: the resolved meaning of an event.
struct Input {
    Command command = Command::Next;
    int x = -1, y = -1;  // for Point; render pixels
    int seat = -1;       // for Take: seat position from 0
    int steps = 0;       // for Scroll: wheel steps, up is positive
    bool wheel = false;  // it came from a mouse wheel or a trackpad's scroll
    bool extend = false; // Shift held with a caret move: extend the selection
    Origin origin{};
};

// Text typed (or, with `composing`, an input method's text not yet committed).
struct TextInput {
    std::string text;
    bool composing = false;
    Origin origin{};
};

// One event in Hearth's words, as a device sends it, before the binding
// table gives it a meaning. A source that already speaks in commands (a
// phone's "pass") sends an Input.
struct KeyPress {
    Chord chord;
};
struct PadPress {
    PadButton button = PadButton::Other;
};
struct PointerInput {
    Gesture gesture = Gesture::Click;
    int x = -1, y = -1; // render pixels, for Click and Tap
    int steps = 1;      // for the wheel
    // For the wheel: the rest of one flick (it came soon after another wheel
    // event). It may scroll, never step the table on.
    bool flick_goes_on = false;
};
struct InputEvent {
    std::variant<KeyPress, PadPress, PointerInput, TextInput, Input> what;
    Origin origin{};
};

} // namespace hearth

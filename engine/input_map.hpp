// The semantic action map: every device (keyboard, presentation clicker,
// mouse, touch, game pad) is turned into the same few commands, so a scene
// only ever asks "what did people mean?".
#pragma once

#include <SDL.h>

#include <optional>

namespace hearth {

enum class Command {
    Next,       // Space, Return, PageDown, Right, click or tap, pad A, swipe left
    Back,       // Backspace, PageUp, Left, pad B, swipe right
    Skip,       // S, pad left shoulder
    Keep,       // K, pad X
    Pass,       // 0, pad Y
    Pause,      // P, B, period (what clickers send), pad Start
    Help,       // F1, ?, pad Back
    Bigger,     // +
    Smaller,    // -
    FullScreen, // F11
    Leave,      // Escape, pad Guide: back out of a step, close what is open, or ask to end
    Take,       // 1-9: that seat takes the talking piece (popcorn)
    Up,         // Up arrow, pad up: move a choice on a list
    Down,       // Down arrow, pad down
    Point,      // a click or tap somewhere (x, y in render pixels)
    Save,       // Ctrl+S
    Redo,       // Ctrl+Y, Shift+Backspace: what back undid
    Extend,     // E: one more minute on the timer
    AddPlayer,  // Insert, A: someone sits down
    Rename,     // F2, R: change a seat's name
    Remove,     // Delete: someone leaves (the scene asks twice)
    Write,      // W: write a blank card
};

// A command and where it points, if it came from a pointer.
struct Input {
    Command command = Command::Next;
    int x = -1, y = -1; // for Point; render pixels
    int seat = -1;      // for Take: seat position from 0
};

// Turns SDL events into Inputs. Keeps the little state touch gestures need.
class InputMap {
public:
    // `scale` converts window coordinates to render pixels (high-DPI).
    std::optional<Input> map(const SDL_Event& e, float scale_x = 1, float scale_y = 1,
                             int window_w = 0, int window_h = 0);

private:
    bool finger_down_ = false;
    float down_x_ = 0, down_y_ = 0; // normalised 0..1
};

} // namespace hearth

// The platform layer of input: the one place that knows SDL's event types,
// key codes and pad buttons. It turns them into Hearth's own events
// (engine/input.hpp), each with its origin; the binding table
// (engine/bindings.hpp) then says what they mean.
#pragma once

#include "engine/input.hpp"

#include <SDL.h>

#include <optional>

namespace hearth {

// Hearth's name for an SDL key with its modifiers.
Chord chord_of(const SDL_Keysym& key);

// Turns SDL events into Hearth's. Keeps the little state touch gestures need.
class InputMap {
public:
    // `scale` converts window coordinates to render pixels (high-DPI).
    std::optional<InputEvent> map(const SDL_Event& e, float scale_x = 1, float scale_y = 1,
                                  int window_w = 0, int window_h = 0);

    // A wheel event this soon after the one before belongs to the same flick
    // (a trackpad's scroll sends dozens, a wheel's fast turn several).
    static constexpr std::uint32_t kFlickQuietMs = 250;

private:
    bool finger_down_ = false;
    bool wheel_seen_ = false;
    std::uint32_t last_wheel_ms_ = 0; // SDL's timestamp of the last wheel event
    float down_x_ = 0, down_y_ = 0;   // normalised 0..1
};

} // namespace hearth

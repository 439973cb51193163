#include "engine/input_map.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
namespace {

Key key_of(SDL_Keycode k) {
    if (k >= SDLK_a && k <= SDLK_z)
        return Key(int(Key::A) + int(k - SDLK_a));
    if (k >= SDLK_0 && k <= SDLK_9)
        return Key(int(Key::D0) + int(k - SDLK_0));
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9)
        return Key(int(Key::Kp1) + int(k - SDLK_KP_1));
    if (k >= SDLK_F1 && k <= SDLK_F12)
        return Key(int(Key::F1) + int(k - SDLK_F1));
    switch (k) {
    case SDLK_KP_0:
        return Key::Kp0;
    case SDLK_SPACE:
        return Key::Space;
    case SDLK_RETURN:
        return Key::Return;
    case SDLK_KP_ENTER:
        return Key::KpEnter;
    case SDLK_TAB:
        return Key::Tab;
    case SDLK_BACKSPACE:
        return Key::Backspace;
    case SDLK_DELETE:
        return Key::Delete;
    case SDLK_INSERT:
        return Key::Insert;
    case SDLK_ESCAPE:
        return Key::Escape;
    case SDLK_HOME:
        return Key::Home;
    case SDLK_END:
        return Key::End;
    case SDLK_PAGEUP:
        return Key::PageUp;
    case SDLK_PAGEDOWN:
        return Key::PageDown;
    case SDLK_LEFT:
        return Key::Left;
    case SDLK_RIGHT:
        return Key::Right;
    case SDLK_UP:
        return Key::Up;
    case SDLK_DOWN:
        return Key::Down;
    case SDLK_PLUS:
        return Key::Plus;
    case SDLK_KP_PLUS:
        return Key::KpPlus;
    case SDLK_MINUS:
        return Key::Minus;
    case SDLK_KP_MINUS:
        return Key::KpMinus;
    case SDLK_EQUALS:
        return Key::Equals;
    case SDLK_SLASH:
        return Key::Slash;
    case SDLK_QUESTION:
        return Key::Question;
    case SDLK_PERIOD:
        return Key::Period;
    default:
        return Key::Other;
    }
}

PadButton pad_button(Uint8 button) {
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A:
        return PadButton::A;
    case SDL_CONTROLLER_BUTTON_B:
        return PadButton::B;
    case SDL_CONTROLLER_BUTTON_X:
        return PadButton::X;
    case SDL_CONTROLLER_BUTTON_Y:
        return PadButton::Y;
    case SDL_CONTROLLER_BUTTON_BACK:
        return PadButton::Back;
    case SDL_CONTROLLER_BUTTON_GUIDE:
        return PadButton::Guide;
    case SDL_CONTROLLER_BUTTON_START:
        return PadButton::Start;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER:
        return PadButton::LeftShoulder;
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER:
        return PadButton::RightShoulder;
    case SDL_CONTROLLER_BUTTON_DPAD_UP:
        return PadButton::DpadUp;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
        return PadButton::DpadDown;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT:
        return PadButton::DpadLeft;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT:
        return PadButton::DpadRight;
    default:
        return PadButton::Other;
    }
}

} // namespace

Chord chord_of(const SDL_Keysym& key) {
    Chord c;
    c.key = key_of(key.sym);
    c.mods =
        std::uint8_t(((key.mod & KMOD_SHIFT) ? kShift : 0) | ((key.mod & KMOD_CTRL) ? kCtrl : 0) |
                     ((key.mod & KMOD_ALT) ? kAlt : 0) | ((key.mod & KMOD_GUI) ? kGui : 0));
    c.printable = key.sym >= 32 && key.sym < 128;
    return c;
}

std::optional<InputEvent> InputMap::map(const SDL_Event& e, float scale_x, float scale_y,
                                        int window_w, int window_h) {
    using D = Origin::Device;
    switch (e.type) {
    case SDL_KEYDOWN:
        return InputEvent{KeyPress{chord_of(e.key.keysym)}, {D::Keyboard}};
    case SDL_TEXTINPUT:
        return InputEvent{TextInput{e.text.text, false, {D::Keyboard}}, {D::Keyboard}};
    case SDL_TEXTEDITING: // an input method's composition
        return InputEvent{TextInput{e.edit.text, true, {D::Keyboard}}, {D::Keyboard}};
    case SDL_MOUSEBUTTONUP: {
        // Touch arrives as finger events; SDL's mouse copies would double it.
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT)
            return std::nullopt;
        // Scaled, a click far outside the window (a script's 2147483647) would not fit an int.
        auto pixel = [](float v) { return int(std::clamp(v, -1e9f, 1e9f)); };
        return InputEvent{
            PointerInput{Gesture::Click, pixel(e.button.x * scale_x), pixel(e.button.y * scale_y)},
            {D::Mouse}};
    }
    case SDL_MOUSEWHEEL: {
        if (e.wheel.y == 0)
            return std::nullopt;
        // Every event of a flick restarts the quiet time, so a trackpad's
        // long glide stays one flick.
        bool goes_on = wheel_seen_ && e.wheel.timestamp - last_wheel_ms_ < kFlickQuietMs;
        wheel_seen_ = true;
        last_wheel_ms_ = e.wheel.timestamp;
        PointerInput p{e.wheel.y < 0 ? Gesture::WheelDown : Gesture::WheelUp, -1, -1,
                       std::abs(e.wheel.y)};
        p.flick_goes_on = goes_on;
        return InputEvent{p, {D::Mouse}};
    }
    case SDL_CONTROLLERBUTTONDOWN:
        return InputEvent{PadPress{pad_button(e.cbutton.button)},
                          {D::Pad, -1, int(e.cbutton.which)}};
    case SDL_FINGERDOWN:
        finger_down_ = true;
        down_x_ = e.tfinger.x;
        down_y_ = e.tfinger.y;
        return std::nullopt;
    case SDL_FINGERUP: {
        if (!finger_down_)
            return std::nullopt;
        finger_down_ = false;
        float dx = e.tfinger.x - down_x_, dy = e.tfinger.y - down_y_;
        if (std::fabs(dx) > 0.08f && std::fabs(dx) > 2 * std::fabs(dy)) // like turning a page
            return InputEvent{PointerInput{dx < 0 ? Gesture::SwipeLeft : Gesture::SwipeRight},
                              {D::Touch}};
        if (std::fabs(dx) < 0.03f && std::fabs(dy) < 0.03f)
            return InputEvent{PointerInput{Gesture::Tap, int(e.tfinger.x * window_w * scale_x),
                                           int(e.tfinger.y * window_h * scale_y)},
                              {D::Touch}};
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace hearth

#include "engine/input_map.hpp"

#include <cmath>

namespace hearth {
namespace {

std::optional<Input> key(SDL_Keycode k, Uint16 mod) {
    bool shift = (mod & KMOD_SHIFT) != 0;
    bool ctrl = (mod & KMOD_CTRL) != 0;
    auto cmd = [](Command c) { return std::optional<Input>(Input{c}); };
    if (ctrl) {
        if (k == SDLK_s)
            return cmd(Command::Save);
        if (k == SDLK_y)
            return cmd(Command::Redo);
        return std::nullopt;
    }
    if (shift && k == SDLK_BACKSPACE)
        return cmd(Command::Redo);
    switch (k) {
    case SDLK_SPACE:
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_PAGEDOWN:
    case SDLK_RIGHT:
        return cmd(Command::Next);
    case SDLK_BACKSPACE:
    case SDLK_PAGEUP:
    case SDLK_LEFT:
        return cmd(Command::Back);
    case SDLK_s:
        return cmd(Command::Skip);
    case SDLK_k:
        return cmd(Command::Keep);
    case SDLK_0:
    case SDLK_KP_0:
        return cmd(Command::Pass);
    case SDLK_p:
    case SDLK_b:
    case SDLK_PERIOD:
        return cmd(Command::Pause);
    case SDLK_F1:
    case SDLK_QUESTION:
        return cmd(Command::Help);
    case SDLK_SLASH:
        return shift ? cmd(Command::Help) : std::nullopt;
    case SDLK_PLUS:
    case SDLK_KP_PLUS:
        return cmd(Command::Bigger);
    case SDLK_EQUALS: // + shares its key with = on most layouts
        return cmd(Command::Bigger);
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        return cmd(Command::Smaller);
    case SDLK_F11:
        return cmd(Command::FullScreen);
    case SDLK_ESCAPE:
        return cmd(Command::Leave);
    case SDLK_UP:
        return cmd(Command::Up);
    case SDLK_DOWN:
        return cmd(Command::Down);
    case SDLK_e:
        return cmd(Command::Extend);
    case SDLK_INSERT:
    case SDLK_a:
        return cmd(Command::AddPlayer);
    case SDLK_F2:
    case SDLK_r:
        return cmd(Command::Rename);
    case SDLK_DELETE:
        return cmd(Command::Remove);
    case SDLK_w:
        return cmd(Command::Write);
    default:
        break;
    }
    if (k >= SDLK_1 && k <= SDLK_9)
        return Input{Command::Take, -1, -1, int(k - SDLK_1)};
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9)
        return Input{Command::Take, -1, -1, int(k - SDLK_KP_1)};
    return std::nullopt;
}

std::optional<Input> pad_button(Uint8 button) {
    auto cmd = [](Command c) { return std::optional<Input>(Input{c}); };
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A:
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT:
        return cmd(Command::Next);
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT:
        return cmd(Command::Back);
    case SDL_CONTROLLER_BUTTON_X:
        return cmd(Command::Keep);
    case SDL_CONTROLLER_BUTTON_Y:
        return cmd(Command::Pass);
    case SDL_CONTROLLER_BUTTON_DPAD_UP:
        return cmd(Command::Up);
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
        return cmd(Command::Down);
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER:
        return cmd(Command::Skip);
    case SDL_CONTROLLER_BUTTON_START:
        return cmd(Command::Pause);
    case SDL_CONTROLLER_BUTTON_BACK:
        return cmd(Command::Help);
    case SDL_CONTROLLER_BUTTON_GUIDE:
        return cmd(Command::Leave);
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<Input> InputMap::map(const SDL_Event& e, float scale_x, float scale_y, int window_w,
                                   int window_h) {
    switch (e.type) {
    case SDL_KEYDOWN:
        return key(e.key.keysym.sym, e.key.keysym.mod);
    case SDL_MOUSEBUTTONUP:
        // Touch arrives as finger events; SDL's mouse copies would double it.
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT)
            return std::nullopt;
        return Input{Command::Point, int(e.button.x * scale_x), int(e.button.y * scale_y)};
    case SDL_MOUSEWHEEL:
        return Input{e.wheel.y < 0 ? Command::Next : Command::Back};
    case SDL_CONTROLLERBUTTONDOWN:
        return pad_button(e.cbutton.button);
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
        if (std::fabs(dx) > 0.08f && std::fabs(dx) > 2 * std::fabs(dy))
            return Input{dx < 0 ? Command::Next : Command::Back}; // swipe, like turning a page
        if (std::fabs(dx) < 0.03f && std::fabs(dy) < 0.03f)
            return Input{Command::Point, int(e.tfinger.x * window_w * scale_x),
                         int(e.tfinger.y * window_h * scale_y)};
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace hearth

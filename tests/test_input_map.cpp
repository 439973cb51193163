// Every device does the same things: the keys a clicker sends, the keyboard
// and the pad map to the same commands.
#include "engine/input_map.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

std::optional<Command> key(SDL_Keycode k, Uint16 mod = 0) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    InputMap m;
    auto in = m.map(e);
    if (!in)
        return std::nullopt;
    return in->command;
}

std::optional<Command> pad(Uint8 button) {
    SDL_Event e{};
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = button;
    InputMap m;
    auto in = m.map(e);
    if (!in)
        return std::nullopt;
    return in->command;
}

} // namespace

SCENARIO("keys, clicker and pad map to the same commands") {
    for (SDL_Keycode k : {SDLK_SPACE, SDLK_RETURN, SDLK_PAGEDOWN, SDLK_RIGHT})
        CHECK(key(k) == Command::Next);
    for (SDL_Keycode k : {SDLK_BACKSPACE, SDLK_PAGEUP, SDLK_LEFT})
        CHECK(key(k) == Command::Back);
    for (SDL_Keycode k : {SDLK_p, SDLK_b, SDLK_PERIOD})
        CHECK(key(k) == Command::Pause);
    CHECK(key(SDLK_s) == Command::Skip);
    CHECK(key(SDLK_k) == Command::Keep);
    CHECK(key(SDLK_0) == Command::Pass);
    CHECK(key(SDLK_F1) == Command::Help);
    CHECK(key(SDLK_SLASH, KMOD_LSHIFT) == Command::Help);
    CHECK(key(SDLK_SLASH) == std::nullopt);
    CHECK(key(SDLK_PLUS) == Command::Bigger);
    CHECK(key(SDLK_MINUS) == Command::Smaller);
    CHECK(key(SDLK_F11) == Command::FullScreen);
    CHECK(key(SDLK_ESCAPE) == Command::Leave);
    CHECK(pad(SDL_CONTROLLER_BUTTON_A) == Command::Next);
    CHECK(pad(SDL_CONTROLLER_BUTTON_B) == Command::Back);
    CHECK(pad(SDL_CONTROLLER_BUTTON_Y) == Command::Pass);
}

SCENARIO("the table's edits have keys of their own, clear of the promised ones") {
    CHECK(key(SDLK_y, KMOD_LCTRL) == Command::Redo);
    CHECK(key(SDLK_BACKSPACE, KMOD_LSHIFT) == Command::Redo);
    CHECK(key(SDLK_BACKSPACE) == Command::Back); // without Shift, back as promised
    CHECK(key(SDLK_e) == Command::Extend);
    CHECK(key(SDLK_a) == Command::AddPlayer);
    CHECK(key(SDLK_INSERT) == Command::AddPlayer);
    CHECK(key(SDLK_r) == Command::Rename);
    CHECK(key(SDLK_F2) == Command::Rename);
    CHECK(key(SDLK_DELETE) == Command::Remove);
    CHECK(key(SDLK_w) == Command::Write);
    CHECK(key(SDLK_s, KMOD_LCTRL) == Command::Save);
}

SCENARIO("number keys let a seat take the talking piece") {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_3;
    InputMap m;
    auto in = m.map(e);
    REQUIRE(in);
    CHECK(in->command == Command::Take);
    CHECK(in->seat == 2);
}

SCENARIO("touch: a tap points, a swipe turns the page") {
    InputMap m;
    SDL_Event down{}, up{};
    down.type = SDL_FINGERDOWN;
    down.tfinger.x = 0.5f;
    down.tfinger.y = 0.5f;
    up.type = SDL_FINGERUP;
    up.tfinger.x = 0.5f;
    up.tfinger.y = 0.5f;
    CHECK_FALSE(m.map(down));
    auto tap = m.map(up, 1, 1, 1920, 1080);
    REQUIRE(tap);
    CHECK(tap->command == Command::Point);
    CHECK(tap->x == 960);
    CHECK(tap->y == 540);
    m.map(down);
    up.tfinger.x = 0.2f;
    auto swipe = m.map(up, 1, 1, 1920, 1080);
    REQUIRE(swipe);
    CHECK(swipe->command == Command::Next);
}

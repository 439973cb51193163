// Every device does the same things: the keys a clicker sends, the keyboard
// and the pad map to the same commands (the platform's input map makes SDL's
// events Hearth's; the binding table gives them their meaning).
#include "engine/bindings.hpp"
#include "engine/input_map.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

// What `e` means where the table's keys are.
std::optional<Input> meaning(InputMap& m, const SDL_Event& e, int w = 0, int h = 0,
                             Layer layer = Layer::Commands) {
    auto in = m.map(e, 1, 1, w, h);
    if (!in)
        return std::nullopt;
    return Bindings::standard().resolve(*in, layer);
}

std::optional<Command> key(SDL_Keycode k, Uint16 mod = 0, Layer layer = Layer::Commands) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    InputMap m;
    auto in = meaning(m, e, 0, 0, layer);
    if (!in)
        return std::nullopt;
    return in->command;
}

std::optional<Command> pad(Uint8 button) {
    SDL_Event e{};
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = button;
    InputMap m;
    auto in = meaning(m, e);
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
    for (SDL_Keycode k : {SDLK_p, SDLK_F5})
        CHECK(key(k) == Command::Pause);
    CHECK(key(SDLK_F5, KMOD_LSHIFT) == Command::Pause);
    // A clicker's third button (B on some, period on others): the next choice.
    for (SDL_Keycode k : {SDLK_b, SDLK_PERIOD})
        CHECK(key(k) == Command::Choose);
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
    auto in = meaning(m, e);
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
    auto tap = meaning(m, up, 1920, 1080);
    REQUIRE(tap);
    CHECK(tap->command == Command::Point);
    CHECK(tap->x == 960);
    CHECK(tap->y == 540);
    m.map(down);
    up.tfinger.x = 0.2f;
    auto swipe = meaning(m, up, 1920, 1080);
    REQUIRE(swipe);
    CHECK(swipe->command == Command::Next);
}

SCENARIO("help and full screen pass through wherever the keys are") {
    for (Layer layer :
         {Layer::Commands, Layer::Journal, Layer::Form, Layer::Names, Layer::List, Layer::Aside}) {
        CHECK(key(SDLK_F1, 0, layer) == Command::Help);
        CHECK(key(SDLK_F11, 0, layer) == Command::FullScreen);
    }
    // An input method that composes owns every key, F1 too.
    CHECK(key(SDLK_F1, 0, Layer::Composing) == std::nullopt);
}

SCENARIO("in a text field letters are text and editing keys are editing commands") {
    GIVEN("the journal's keys") {
        THEN("the table's letters mean nothing: they arrive as text") {
            for (SDL_Keycode k : {SDLK_s, SDLK_k, SDLK_p, SDLK_0, SDLK_SPACE, SDLK_QUESTION})
                CHECK(key(k, 0, Layer::Journal) == std::nullopt);
        }
        THEN("editing keys are the shared editing commands, Super standing for Ctrl") {
            CHECK(key(SDLK_BACKSPACE, KMOD_LCTRL, Layer::Journal) == Command::DeleteWordBack);
            CHECK(key(SDLK_LEFT, KMOD_LGUI, Layer::Journal) == Command::WordLeft);
            CHECK(key(SDLK_z, KMOD_LCTRL | KMOD_LSHIFT, Layer::Journal) == Command::Redo);
            CHECK(key(SDLK_RETURN, 0, Layer::Journal) == Command::NewLine);
            CHECK(key(SDLK_RETURN, KMOD_LCTRL, Layer::Journal) == Command::Submit);
        }
        THEN("Shift with a caret move extends the selection") {
            SDL_Event e{};
            e.type = SDL_KEYDOWN;
            e.key.keysym.sym = SDLK_LEFT;
            e.key.keysym.mod = KMOD_LSHIFT;
            InputMap m;
            auto in = meaning(m, e, 0, 0, Layer::Journal);
            REQUIRE(in);
            CHECK(in->command == Command::CaretLeft);
            CHECK(in->extend);
        }
    }
    GIVEN("set-up's names") {
        THEN("letters are text, digits are a number of players, other keys the table's") {
            CHECK(key(SDLK_s, 0, Layer::Names) == std::nullopt);
            CHECK(key(SDLK_4, 0, Layer::Names) == Command::Take);
            CHECK(key(SDLK_SPACE, 0, Layer::Names) == Command::Begin);
            CHECK(key(SDLK_ESCAPE, 0, Layer::Names) == Command::Leave);
            CHECK(key(SDLK_PAGEDOWN, 0, Layer::Names) == Command::Next);
        }
    }
    GIVEN("a form over the table") {
        THEN("Escape cancels, Tab moves on and nothing reaches the table") {
            CHECK(key(SDLK_ESCAPE, 0, Layer::Form) == Command::Leave);
            CHECK(key(SDLK_TAB, KMOD_LSHIFT, Layer::Form) == Command::PrevField);
            CHECK(key(SDLK_PAGEDOWN, 0, Layer::Form) == std::nullopt);
        }
    }
}

SCENARIO("every event carries where it came from") {
    InputMap m;
    GIVEN("a key, a pad button, a click and a tap") {
        SDL_Event k{};
        k.type = SDL_KEYDOWN;
        k.key.keysym.sym = SDLK_PAGEDOWN;
        SDL_Event p{};
        p.type = SDL_CONTROLLERBUTTONDOWN;
        p.cbutton.button = SDL_CONTROLLER_BUTTON_A;
        p.cbutton.which = 2;
        SDL_Event c{};
        c.type = SDL_MOUSEBUTTONUP;
        c.button.button = SDL_BUTTON_LEFT;
        c.button.x = 10;
        c.button.y = 20;
        SDL_Event down{}, up{};
        down.type = SDL_FINGERDOWN;
        up.type = SDL_FINGERUP;
        THEN("their commands name the host's device they came from") {
            auto from_key = meaning(m, k);
            auto from_pad = meaning(m, p);
            auto from_click = meaning(m, c);
            m.map(down);
            auto from_tap = meaning(m, up, 100, 100);
            REQUIRE(from_key);
            REQUIRE(from_pad);
            REQUIRE(from_click);
            REQUIRE(from_tap);
            CHECK(from_key->origin.device == Origin::Device::Keyboard);
            CHECK(from_pad->origin.device == Origin::Device::Pad);
            CHECK(from_pad->origin.id == 2);
            CHECK(from_click->origin.device == Origin::Device::Mouse);
            CHECK(from_tap->origin.device == Origin::Device::Touch);
            for (const auto& in : {from_key, from_pad, from_click, from_tap})
                CHECK(in->origin.seat == -1);              // the host's: anyone's
            CHECK(from_key->command == from_pad->command); // the same Next
        }
    }
    GIVEN("a seat's phone that speaks in commands, and a key the phone's page sends") {
        Origin phone{Origin::Device::Phone, 3};
        InputEvent pass{Input{Command::Pass}, phone};
        InputEvent key_press{KeyPress{Chord{Key::PageDown}}, phone};
        THEN("the commands carry the seat, so a session can refuse another seat's") {
            auto a = Bindings::standard().resolve(pass, Layer::Commands);
            auto b = Bindings::standard().resolve(key_press, Layer::Commands);
            REQUIRE(a);
            REQUIRE(b);
            CHECK(a->command == Command::Pass);
            CHECK(a->origin == phone);
            CHECK(b->command == Command::Next); // the same event a keyboard makes
            CHECK(b->origin == phone);
        }
    }
}

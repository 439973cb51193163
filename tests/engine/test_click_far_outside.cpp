// A click far outside the window (a script's `click 2147483647 2147483647`)
// once overflowed the float-to-int conversion of its scaled position.
#include "engine/input_map.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

SCENARIO("a click at 2147483647, 2147483647 is clamped, not an overflow") {
    GIVEN("the click, with the render scale of a high-density screen") {
        SDL_Event c{};
        c.type = SDL_MOUSEBUTTONUP;
        c.button.button = SDL_BUTTON_LEFT;
        c.button.x = 2147483647;
        c.button.y = 2147483647;
        InputMap m;
        auto in = m.map(c, 2.0f, 2.0f, 1280, 720);
        THEN("it is a click far to the right and below, where nothing is") {
            REQUIRE(in);
            const auto* p = std::get_if<PointerInput>(&in->what);
            REQUIRE(p);
            CHECK(p->x == 1'000'000'000);
            CHECK(p->y == 1'000'000'000);
        }
    }
}

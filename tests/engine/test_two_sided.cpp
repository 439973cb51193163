// A two-sided card at the table: T shows its other side over the centre, T
// again its front; a card with nothing on its back says so.
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::test;

namespace {

const std::filesystem::path kLayouts = std::filesystem::path(HEARTH_TEST_DECKS) / "good/layouts";

// How many pixels differ between two shots, in the middle third of the screen.
int differ(SDL_Surface* a, SDL_Surface* b) {
    int n = 0;
    for (int y = a->h / 4; y < a->h * 3 / 4; ++y)
        for (int x = a->w / 3; x < a->w * 2 / 3; ++x) {
            Uint32 pa = static_cast<Uint32*>(a->pixels)[y * (a->pitch / 4) + x];
            Uint32 pb = static_cast<Uint32*>(b->pixels)[y * (b->pitch / 4) + x];
            n += pa != pb;
        }
    return n;
}

} // namespace

SCENARIO("T turns a two-sided card over at the table, and T again shows its front") {
    const std::filesystem::path dir = fresh_folder("two-sided");
    Options o = table_options(dir);
    o.format = "riddles";
    o.players = {"Ana", "Ben"};
    auto app = headless_app(o, kLayouts);
    REQUIRE(play_script(*app, "key space\nwait 2\nshot front\nkey t\nshot back\nkey t\nshot again\n"
                              "key t\nkey Escape\nshot closed\n") == 0);
    SurfacePtr front = load_shot(dir, "front"), back = load_shot(dir, "back"),
               again = load_shot(dir, "again"), closed = load_shot(dir, "closed");
    REQUIRE(front);
    REQUIRE(back);
    REQUIRE(again);
    REQUIRE(closed);
    THEN("the other side shows where the card is, and the front comes back") {
        CHECK(differ(front.get(), back.get()) > 2000);
        CHECK(differ(front.get(), again.get()) == 0);
    }
    THEN("any other key closes the other side") {
        CHECK(differ(front.get(), closed.get()) == 0);
    }
}

SCENARIO("T on a card with nothing on its back says so and changes nothing") {
    const std::filesystem::path dir = fresh_folder("one-sided");
    Options o = table_options(dir);
    o.format = "look";
    o.players = {"Ana", "Ben"};
    auto app = headless_app(o, kLayouts);
    REQUIRE(play_script(*app, "key space\nwait 2\nshot front\nkey t\nwait 0.2\nshot after\n") == 0);
    REQUIRE(app->scene());
    SurfacePtr front = load_shot(dir, "front"), after = load_shot(dir, "after");
    REQUIRE(front);
    REQUIRE(after);
    CHECK(differ(front.get(), after.get()) < 2000); // a toast at most, not another face
}

// Mission night: the group picks its mission from the four laid out, and
// while they plan it I showed "The group has no mission yet". I shows the
// mission they chose, its whole text, and I again comes back.
#include "tests/engine_fixture.hpp"

#include "engine/scenes/table_scene.hpp"
#include "game/session/group_mission.hpp"

using namespace hearth;
namespace fs = std::filesystem;

SCENARIO("I shows the mission chosen at Mission night's table") {
    const fs::path dir = test::fresh_folder("mission-night-look");
    Options o = test::table_options(dir, 1280, 720);
    o.format = "mission-night";
    o.players = {"Ana", "Ben", "Caro", "Dan"};
    auto app = test::headless_app(o);
    // The opening, the four missions, the third taken by its number.
    REQUIRE(test::play_script(*app, "key Space\nkey Space\nwait 0.3\nkey 3\nwait 0.3\n") == 0);
    auto* table = dynamic_cast<TableScene*>(app->scene());
    REQUIRE(table);
    const Deck& deck = test::bundled_deck();
    const std::string chosen = table->session().table.turn_card;
    REQUIRE_FALSE(chosen.empty());
    REQUIRE(deck.find_card(chosen)->type == "mission");
    WHEN("I is pressed while the group plans it") {
        REQUIRE(test::play_script(*app, "key I\nwait 0.3\nshot look\n") == 0);
        THEN("the chosen mission is shown, not 'no mission yet'") {
            CHECK(app->toast_shown() != "The group has no mission yet");
            CHECK(table->hints(Bindings::standard(), deck).find("I or any key") !=
                  std::string::npos);
            REQUIRE(group_mission(deck, table->session()));
            CHECK(group_mission(deck, table->session())->id == chosen);
            CHECK(fs::exists(dir / "look.png"));
        }
        AND_WHEN("I again") {
            REQUIRE(test::play_script(*app, "key I\nwait 0.3\n") == 0);
            THEN("the table is back") {
                CHECK(table->hints(Bindings::standard(), deck).find("I or any key") ==
                      std::string::npos);
            }
        }
    }
}

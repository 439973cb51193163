// Regression: `--format solo` alone opened set-up for a table, where what
// was typed went nowhere and no journal was written; a format for one
// person named without players is solo reflection, as --solo is.
#include "engine/app.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/scenes/table_scene.hpp"
#include "game/base/atomic_file.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace hearth;
namespace fs = std::filesystem;

SCENARIO("a format for one person, named on the command line, opens the journal") {
    for (const std::vector<std::string>& names : {std::vector<std::string>{}}) {
        GIVEN("--format solo with no names") {
            const fs::path dir = test::fresh_folder("format-solo");
            ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
            Options o = test::table_options(dir);
            o.players = names;
            o.format = "solo";
            auto app = test::headless_app(o);
            THEN("the scene is the journal's, and what is typed is kept there") {
                REQUIRE(test::play_script(*app, "type A line kept.\nwait 2\n") == 0);
                CHECK(dynamic_cast<SoloScene*>(app->scene()) != nullptr);
                app.reset(); // the entry is saved on the way out, if not before
                bool kept = false;
                for (const auto& e : fs::recursive_directory_iterator(dir / "data"))
                    if (e.is_regular_file() && e.path().extension() == ".md")
                        kept = kept || read_file(e.path()).value_or("").find("A line kept.") !=
                                           std::string::npos;
                CHECK(kept);
            }
            ::unsetenv("XDG_DATA_HOME");
        }
    }
    GIVEN("--format solo with one name: a table of one seat, as a clicker plays it") {
        const fs::path dir = test::fresh_folder("format-solo-table");
        Options o = test::table_options(dir);
        o.players = {"Ana"};
        o.format = "solo";
        auto app = test::headless_app(o);
        THEN("it is the table") {
            CHECK(dynamic_cast<TableScene*>(app->scene()) != nullptr);
        }
    }
    GIVEN("--format circle with one name") {
        const fs::path dir = test::fresh_folder("format-circle-one");
        Options o = test::table_options(dir);
        o.players = {"Ana"};
        o.format = "circle";
        auto app = test::headless_app(o);
        THEN("it is a table as before (or refused), never the journal") {
            CHECK(dynamic_cast<SoloScene*>(app->scene()) == nullptr);
        }
    }
}

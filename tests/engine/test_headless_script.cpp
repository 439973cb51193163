#include "engine/headless_script.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

bool known(std::string_view k) {
    return k == "Space" || k == "PageDown" || k == "S";
}

std::vector<ScriptStep> ok(std::string_view text) {
    auto r = parse_script(text, "script.txt", known);
    REQUIRE(std::holds_alternative<std::vector<ScriptStep>>(r));
    return std::get<std::vector<ScriptStep>>(r);
}

std::string error_of(std::string_view text) {
    auto r = parse_script(text, "script.txt", known);
    REQUIRE(std::holds_alternative<Diagnostic>(r));
    return std::get<Diagnostic>(r).str();
}

} // namespace

SCENARIO("a headless script is read one step a line") {
    GIVEN("every kind of step, comments and blank lines") {
        auto steps = ok("# a session\nkey Space\n\ntype Ana Ben\nclick 960 540\nwait 1.5\n"
                        "sleep 0.2\r\nshot table-1080\n");
        THEN("each step keeps its values and its line") {
            REQUIRE(steps.size() == 6);
            CHECK(steps[0].kind == ScriptStep::Kind::Key);
            CHECK(steps[0].text == "Space");
            CHECK(steps[0].line == 2);
            CHECK(steps[1].text == "Ana Ben");
            CHECK(steps[2].x == 960);
            CHECK(steps[2].y == 540);
            CHECK(steps[3].seconds == 1.5);
            CHECK(steps[4].kind == ScriptStep::Kind::Sleep);
            CHECK(steps[5].text == "table-1080");
            CHECK(steps[5].line == 8);
        }
    }
}

SCENARIO("script mistakes are reported with the file and line") {
    CHECK(error_of("key Space\nkey Spcae\n") ==
          "script.txt:2: error: unknown key name 'Spcae' (SDL key names: Space, Return, "
          "PageDown, Left, Escape, F11, S)");
    CHECK(error_of("jump 3") == "script.txt:1: error: unknown step 'jump' (steps: key, type, "
                                "click, wheel, wait, sleep, await, shot, report)");
    CHECK(error_of("click 10") ==
          "script.txt:1: error: 'click' needs two whole numbers, X and Y, e.g. 'click 960 540'");
    CHECK(error_of("\nwait soon") ==
          "script.txt:2: error: 'wait' needs a number of seconds, e.g. 'wait 1.5'");
    CHECK(error_of("wait -1").find("needs a number") != std::string::npos);
    CHECK(error_of("shot ../escape").find("script.txt:1: error: 'shot' needs a file name") == 0);
    CHECK(error_of("key").find("'key' needs a key name") != std::string::npos);
    CHECK(error_of("sleep 9999").find("limited to 600") != std::string::npos);
}

SCENARIO("a key step may hold Ctrl, Shift and Alt") {
    auto r = parse_script("key Ctrl+Shift+Z\nkey +\nkey Alt+Return\n", "s.txt",
                          [](std::string_view k) { return k == "Z" || k == "+" || k == "Return"; });
    REQUIRE(std::holds_alternative<std::vector<ScriptStep>>(r));
    const auto& steps = std::get<std::vector<ScriptStep>>(r);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].text == "Z");
    CHECK((steps[0].ctrl && steps[0].shift && !steps[0].alt));
    CHECK(steps[1].text == "+");
    CHECK_FALSE(steps[1].ctrl);
    CHECK((steps[2].alt && steps[2].text == "Return"));
}

SCENARIO("a script waits for a deck reload, not for a fixed time") {
    auto steps = ok("await reload\nawait reload 5\n");
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].kind == ScriptStep::Kind::AwaitReload);
    CHECK(steps[0].seconds == 30);
    CHECK(steps[1].seconds == 5);
    CHECK(
        error_of("await") ==
        "script.txt:1: error: 'await' needs what to wait for: 'await reload' (the deck reloaded)");
    CHECK(
        error_of("await lunch") ==
        "script.txt:1: error: 'await' needs what to wait for: 'await reload' (the deck reloaded)");
    CHECK(error_of("await reload soon") ==
          "script.txt:1: error: 'await reload' takes a limit in seconds, e.g. 'await reload 10'");
    CHECK(error_of("await reload 0") ==
          "script.txt:1: error: 'await reload' takes a limit in seconds, e.g. 'await reload 10'");
    CHECK(error_of("await reload 601") == "script.txt:1: error: 'await' is limited to 600 seconds");
}

SCENARIO("a script's driver asks for what is shown with `report shown`") {
    GIVEN("a script that starts with it") {
        auto steps = ok("report shown\ntype Hello\n");
        THEN("it is a step of its own, before the others") {
            REQUIRE(steps.size() == 2);
            CHECK(steps[0].kind == ScriptStep::Kind::ReportShown);
            CHECK(steps[1].kind == ScriptStep::Kind::Type);
        }
    }
    GIVEN("a report of something else") {
        THEN("the mistake names what can be reported") {
            CHECK(error_of("report\n") ==
                  "script.txt:1: error: 'report' needs what to report: 'report shown' (the "
                  "length of the text on screen, as 'solo: shown BYTES' lines on stdout)");
            CHECK(error_of("report seen\n").find("'report shown'") != std::string::npos);
        }
    }
}

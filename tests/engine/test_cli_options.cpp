#include "engine/cli_options.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

std::variant<Options, std::string> parse(std::vector<std::string_view> args) {
    return parse_options(args);
}

} // namespace

SCENARIO("the headless command line") {
    auto r = parse({"--headless", "--size", "1280x720", "--deck", "d", "--seed", "7", "--players",
                    "Ana, Ben,Caro", "--format", "circle", "--script", "s.txt", "--out", "shots",
                    "--log", "l.jsonl"});
    REQUIRE(std::holds_alternative<Options>(r));
    const Options& o = std::get<Options>(r);
    CHECK(o.headless);
    CHECK(o.width == 1280);
    CHECK(o.height == 720);
    CHECK(o.deck == "d");
    CHECK(o.seed == 7u);
    CHECK(o.players == std::vector<std::string>{"Ana", "Ben", "Caro"});
    CHECK(o.format == "circle");
    CHECK(o.script == "s.txt");
    CHECK(o.out == "shots");
    CHECK(o.log == "l.jsonl");
    CHECK(o.skip_setup());
}

SCENARIO("players can be a number, and solo skips set-up") {
    auto r = parse({"--players", "4"});
    REQUIRE(std::holds_alternative<Options>(r));
    CHECK(std::get<Options>(r).player_count == 4);
    auto s = parse({"--solo"});
    REQUIRE(std::holds_alternative<Options>(s));
    CHECK(std::get<Options>(s).skip_setup());
    CHECK_FALSE(std::get<Options>(parse({})).skip_setup());
}

SCENARIO("bad command lines say what is wrong") {
    auto err = [](std::vector<std::string_view> a) {
        auto r = parse_options(a);
        REQUIRE(std::holds_alternative<std::string>(r));
        return std::get<std::string>(r);
    };
    CHECK(err({"--headless"}) == "--headless needs --script FILE (steps: key, type, click, wheel, "
                                 "wait, sleep, await, shot)");
    CHECK(err({"--size", "big"}).find("--size wants") == 0);
    CHECK(err({"--seed", "x"}) == "--seed wants a whole number, e.g. --seed 42");
    CHECK(err({"--players", "Ana,,Ben"}).find("empty name") != std::string::npos);
    // "ana" beside "Ana" is one person typed twice.
    CHECK(err({"--players", "Ana,Ben,ana"}) == "--players names one player twice: 'Ana' and 'ana'");
    CHECK(err({"--players", "13"}) == "--players wants 1 to 12 players");
    CHECK(err({"--solo", "--players", "Ana,Ben"}) == "--solo and --players do not go together");
    CHECK(err({"--frobnicate"}) == "unknown option '--frobnicate' (try --help)");
    CHECK(err({"--deck"}) == "--deck needs a value");
}

SCENARIO("--config names the preferences file") {
    auto r = parse({"--headless", "--script", "s.txt", "--config", "prefs.toml"});
    REQUIRE(std::holds_alternative<Options>(r));
    CHECK(std::get<Options>(r).config == "prefs.toml");
    CHECK(std::get<Options>(parse({})).config.empty());
    auto missing = parse({"--config"});
    REQUIRE(std::holds_alternative<std::string>(missing));
    CHECK(std::get<std::string>(missing) == "--config needs a value");
    CHECK(usage().find("--config FILE") != std::string_view::npos);
}

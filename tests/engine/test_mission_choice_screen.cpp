// Set-up's mission choice is the table's choose step (rules 3): a format
// with `mission = "choose"` lays its missions out (here eight, in two rows
// of four: tests/decks/good/eight-missions), and a number key, a click, the
// clicker's B and PageDown, S and a phone all pick with the same `choose`;
// the log says `chosen`, `mission` and `returned` for the seven others.
// PageUp before anything was chosen goes back to set-up's names.
#include "tests/engine_fixture.hpp"

#include "engine/phones/phone_state.hpp"
#include "engine/scenes/offered_view.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "game/base/atomic_file.hpp"
#include "game/session/session.hpp"

using namespace hearth;
namespace fs = std::filesystem;

namespace {

const fs::path kEightDeck = HEARTH_TEST_DECKS "/good/eight-missions";

struct Run {
    fs::path dir;
    int status = 0;
    std::string log;
    std::size_t count(const std::string& needle) const {
        std::size_t n = 0;
        for (auto at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
            ++n;
        return n;
    }
    bool has(const std::string& needle) const { return log.find(needle) != std::string::npos; }
    std::size_t at(const std::string& needle) const { return log.find(needle); }
};

// `script` at 960x540, with Ana, Ben and Caro seated (none: from set-up).
Run play(const std::string& name, const std::string& script, bool seated = true) {
    Run r;
    r.dir = test::fresh_folder("missions-" + name);
    Options o = test::table_options(r.dir, 960, 540);
    o.format = seated ? "mission-circle" : "";
    if (!seated)
        o.players.clear();
    auto app = test::headless_app(o, kEightDeck);
    r.status = test::play_script(*app, script, name);
    app.reset();
    r.log = read_file(r.dir / "log.jsonl").value_or("");
    return r;
}

// The log of a choice of the mission at `index` (of eight).
void chose(const Run& r, int index) {
    INFO(r.log);
    CHECK(r.has("\"version\":3"));
    CHECK(r.count("\"action\":\"choose\"") == 1);
    CHECK(r.has("{\"action\":\"choose\",\"index\":" + std::to_string(index)));
    CHECK(r.has("\"index\":" + std::to_string(index) + ",\"type\":\"chosen\"}"));
    CHECK(r.count("\"type\":\"mission\"") == 1);
    CHECK(r.count("\"type\":\"returned\"") == 7);
    CHECK_FALSE(r.has("choose-mission"));
}

} // namespace

SCENARIO("set-up's eight missions are the choose step, in two rows, picked every way") {
    GIVEN("set-up: the format, three players, then the clicker: B, B, PageDown, PageDown") {
        Run r = play("clicker",
                     "key Return\nkey 3\nwait 0.3\nshot missions\nkey B\nkey B\nkey PageDown\n"
                     "wait 0.3\nkey PageDown\nwait 0.3\n",
                     false);
        REQUIRE(r.status == 0);
        THEN("the third mission is the group's, chosen before the session began") {
            chose(r, 2);
            CHECK(r.has("\"card\":\"find-your-crew\",\"index\":2,\"type\":\"chosen\""));
            CHECK(r.at("\"type\":\"chosen\"") < r.at("\"type\":\"started\""));
            CHECK(r.at("\"type\":\"returned\"") < r.at("\"type\":\"started\""));
        }
        THEN("the shot shows the eight laid out") {
            CHECK(fs::exists(r.dir / "missions.png"));
        }
    }
    GIVEN("a number key") {
        Run r = play("number", "key 5\nwait 0.3\n");
        REQUIRE(r.status == 0);
        THEN("that mission is chosen") {
            chose(r, 4);
            CHECK(r.has("\"card\":\"tend-your-culture\",\"index\":4"));
        }
    }
    GIVEN("a click on the eighth card, in the second row") {
        OfferedLayout L = offered_layout(960, 540, 8);
        const SDL_Rect& c = L.cards[7];
        Run r = play("click", "click " + std::to_string(c.x + c.w / 2) + " " +
                                  std::to_string(c.y + c.h / 2) + "\nwait 0.3\n");
        REQUIRE(r.status == 0);
        THEN("the eighth is chosen") {
            chose(r, 7);
            CHECK(r.has("\"card\":\"weave-a-network\",\"index\":7"));
        }
    }
    GIVEN("S, a mission drawn at random") {
        Run r = play("random", "key S\nwait 0.3\n");
        REQUIRE(r.status == 0);
        THEN("one is chosen with the same choose") {
            CHECK(r.count("\"action\":\"choose\"") == 1);
            CHECK(r.count("\"type\":\"returned\"") == 7);
        }
    }
    GIVEN("a choice undone with PageUp, then the first taken by its number") {
        Run r = play("undo", "key 2\nwait 0.3\nkey PageUp\nwait 0.3\nkey 1\nwait 0.3\n");
        REQUIRE(r.status == 0);
        THEN("the first is the mission") {
            CHECK(r.has("\"action\":\"back\""));
            CHECK(r.has("{\"action\":\"choose\",\"index\":0"));
            CHECK(r.log.rfind("\"type\":\"mission\"") > r.at("\"action\":\"back\""));
            CHECK(r.log.find("\"card\":\"befriend-a-part\",\"type\":\"mission\"") >
                  r.at("\"action\":\"back\""));
        }
    }
}

SCENARIO("back from the missions, before any is chosen, is back to set-up's names") {
    fs::path dir = test::fresh_folder("missions-back");
    Options o = test::table_options(dir, 960, 540);
    o.format = "";
    o.players.clear();
    auto app = test::headless_app(o, kEightDeck);
    // The format, Ana and Ben by name, the missions; then PageUp.
    REQUIRE(test::play_script(*app, "key Return\ntype Ana\nkey Return\ntype Ben\nkey Return\n"
                                    "key Return\nwait 0.3\nkey PageUp\nwait 0.3\n") == 0);
    auto* setup = dynamic_cast<SetupScene*>(app->scene());
    REQUIRE(setup);
    CHECK(setup->naming_players());
    CHECK(setup->names() == std::vector<std::string>{"Ana", "Ben"});
    // Caro sits down too; the missions again, the second chosen, then back
    // undoes the choice (the table stays).
    REQUIRE(test::play_script(*app, "type Caro\nkey Return\nkey Return\nwait 0.3\nkey 2\n"
                                    "wait 0.3\nkey PageUp\nwait 0.3\n") == 0);
    REQUIRE(app->scene()->session_in_play());
    const Session& s = *app->scene()->session_in_play();
    CHECK(seat_names(s) == std::vector<std::string>{"Ana", "Ben", "Caro"});
    CHECK(s.table.phase == Phase::Setup);
    CHECK(s.table.offered.size() == 8);
    app.reset();
    const std::string log = read_file(dir / "log.jsonl").value_or("");
    INFO(log);
    CHECK(log.find("\"players\":[\"Ana\",\"Ben\",\"Caro\"]") != std::string::npos);
    CHECK(log.find("{\"action\":\"choose\",\"index\":1") != std::string::npos);
    CHECK(log.find("\"action\":\"back\"") != std::string::npos);
}

SCENARIO("a phone sees set-up's missions and the first seat's phone may pick one") {
    LoadResult loaded = load_deck(kEightDeck);
    REQUIRE(loaded.ok());
    const Deck& deck = *loaded.deck;
    auto r = start_session(deck, new_session_start(deck, "mission-circle", {"Ana", "Ben"}, 0, 7));
    REQUIRE(std::holds_alternative<Session>(r));
    const Session& s = std::get<Session>(r);
    REQUIRE(s.table.offered.size() == 8);
    CHECK(phone_moves(deck, s, 0) == std::vector<PhoneMove>{PhoneMove::Choose});
    CHECK(phone_moves(deck, s, 1).empty());
    const std::string json = phone_table_json(deck, &s, 1);
    CHECK(json.find("\"phase\":\"setup\"") != std::string::npos);
    CHECK(json.find("\"offered\":[{") != std::string::npos);
    CHECK(json.find("\"weave-a-network\"") != std::string::npos);
}

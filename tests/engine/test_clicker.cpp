// Nobody gets stuck: every bundled format played with a clicker's keys
// alone (PageDown, PageUp, B or period, F5, Shift+F5, Escape), from
// --players and from the set-up screen, to the summary saved on disk; the
// mission chosen at the table; seats 10 to 12 by keys; a wheel flick as one
// step; twelve names at set-up; summaries that never replace each other.
#include "engine/new_file.hpp"
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct Run {
    fs::path dir;
    int status = 0;
    std::string log;
    std::size_t count(const std::string& needle) const {
        std::size_t n = 0;
        for (std::size_t at = log.find(needle); at != std::string::npos;
             at = log.find(needle, at + 1))
            ++n;
        return n;
    }
    bool has(const std::string& needle) const { return log.find(needle) != std::string::npos; }
};

Run play(const std::string& name, std::string script, std::vector<std::string> players,
         std::string format, int w = 960, int h = 540, const fs::path& deck = test::kBundledDeck) {
    Run r;
    r.dir = test::fresh_folder("clicker-" + name);
    Options o = test::table_options(r.dir, w, h);
    o.players = std::move(players);
    o.format = std::move(format);
    auto app = test::headless_app(o, deck);
    r.status = test::play_script(*app, script, name);
    app.reset();
    r.log = read_file(r.dir / "log.jsonl").value_or("");
    return r;
}

// The keys a clicker sends, and nothing else.
const std::set<std::string> kClickerKeys = {"PageDown", "PageUp",   "B",     ".",
                                            "F5",       "Shift+F5", "Escape"};

// Checks that `script` presses only a clicker's keys (and waits, and shots).
void only_clicker_keys(const std::string& script) {
    std::istringstream in(script);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("key ", 0) == 0)
            CHECK(kClickerKeys.count(line.substr(4)) == 1);
        else
            CHECK((line.rfind("wait ", 0) == 0 || line.rfind("shot ", 0) == 0 || line.empty()));
    }
}

// A whole session with a clicker: a card kept, a prompt passed, (popcorn) a
// seat taking the piece, then PageDown until the end; formats that never end
// by themselves are ended with the choices (B to "end the session").
std::string clicker_session(const Format& f) {
    std::string s;
    if (f.mission == MissionRule::Choose)
        s += "shot missions\nkey B\nkey PageDown\n"; // the second mission
    s += "key PageDown\nwait 0.5\n";                 // begin: the first card is drawn
    if (f.opening.given())
        s += "key PageDown\nwait 0.5\n"; // past the opening card, read aloud: the first turn
    s += "key B\nkey PageDown\n"; // B lights "Ana keeps ..." (or the second card laid out): taken
    s += "key PageDown\nwait 0.5\n"; // on to the next step
    if (std::find(f.turn.begin(), f.turn.end(), TurnKind::Prompt) != f.turn.end())
        s += "key .\nkey PageDown\nwait 0.5\n"; // period lights "Ana passes"
    if (f.speaking == Speaking::Popcorn)
        s += "key B\nkey B\nkey PageDown\nwait 0.5\n"; // "Ben takes the talking piece"
    if (f.end.kind == EndKind::Minutes)
        s += "wait " + std::to_string(f.end.value * 60 + 1) + "\n";
    for (int i = 0; i < 60; ++i)
        s += "key PageDown\nwait 0.2\n";
    if (f.end.kind == EndKind::Host) // the start button's Escape, twice
        s += "key Escape\nkey Escape\nwait 0.2\n";
    s += "shot end\n";
    return s;
}

} // namespace

SCENARIO("every bundled format is played to its saved summary with a clicker alone") {
    const Deck& deck = test::bundled_deck();
    for (const Format& f : deck.formats) {
        GIVEN("the format " << f.id << ", set-up skipped with --players") {
            std::string script = clicker_session(f);
            only_clicker_keys(script);
            std::vector<std::string> players = {"Ana", "Ben", "Caro"};
            if (f.max_players == 1)
                players = {"Ana"};
            Run r = play("format-" + f.id, script, players, f.id);
            REQUIRE(r.status == 0);
            THEN("the log reaches the end and the summary is on disk, unasked") {
                CHECK(r.has("\"type\":\"ended\""));
                // B lit "Ana keeps it" on a drawn card, or the second of the cards laid out.
                if (std::find(f.turn.begin(), f.turn.end(), TurnKind::Choose) != f.turn.end())
                    CHECK(r.has("\"action\":\"choose\",\"index\":1"));
                else
                    CHECK(r.has("\"type\":\"kept\""));
                CHECK(fs::exists(r.dir / "summary.md"));
            }
            if (std::find(f.turn.begin(), f.turn.end(), TurnKind::Prompt) != f.turn.end())
                THEN("a prompt was passed") {
                    CHECK(r.has("\"type\":\"passed\""));
                }
            if (f.mission == MissionRule::Choose)
                THEN("the table chose the mission, and took nothing before the start") {
                    CHECK(r.count("\"type\":\"mission\"") == 1);
                    CHECK(r.log.find("\"action\":\"choose\"") < r.log.find("\"type\":\"started\""));
                    CHECK(r.log.find("\"action\":\"tick\"") > r.log.find("\"type\":\"started\""));
                }
            if (f.speaking == Speaking::Popcorn)
                THEN("Ben took the talking piece") {
                    CHECK(r.has("\"action\":\"take\",\"seat\":1"));
                }
        }
    }
}

SCENARIO("a clicker ends the session with its choices") {
    // A card drawn: the choices are Ana keeps it, skip it, end the session.
    Run r = play("end-by-choice",
                 "key PageDown\nwait 0.5\nkey B\nkey B\nkey B\nshot lit\n"
                 "key PageDown\nwait 0.2\nshot summary\n",
                 {"Ana", "Ben", "Caro"}, "circle");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"action\":\"end\""));
    CHECK(r.has("\"reason\":\"host\""));
    CHECK(fs::exists(r.dir / "summary.md"));
}

SCENARIO("a clicker goes from the set-up screen to the summary") {
    // Set-up: B lights Mission night, PageDown takes it; PageDown with nobody
    // named seats four players; PageDown shows the opening card, PageDown lays
    // out the four group missions and B lights the second, PageDown takes
    // it; then PageDown through the talk and the closing round to the end.
    std::string script = "key B\nkey PageDown\nwait 0.2\nkey PageDown\nwait 0.2\n"
                         "key PageDown\nwait 0.5\nkey PageDown\nwait 0.5\n"
                         "key B\nkey PageDown\nwait 0.5\n";
    for (int i = 0; i < 60; ++i)
        script += "key PageDown\nwait 0.2\n";
    only_clicker_keys(script);
    Run r = play("from-setup", script, {}, "");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"format\":\"mission-night\""));
    CHECK(r.has("\"players\":[\"Player 1\",\"Player 2\",\"Player 3\",\"Player 4\"]"));
    CHECK(r.count("\"type\":\"offered\"") == 4);
    CHECK(r.has("\"action\":\"choose\",\"index\":1"));
    CHECK(r.has("\"reason\":\"cards\""));
    CHECK(r.has("\"type\":\"opening\""));
    CHECK(r.has("\"type\":\"closing\""));
    CHECK(fs::exists(r.dir / "summary.md"));
}

// The mission chosen at the table: a test deck's format has one (the bundled
// Mission night chooses among the group missions with a choose step).
const fs::path kPopcornDeck = HEARTH_TEST_DECKS "/good/popcorn";

SCENARIO("set-up skipped: the table offers the mission, and its clock waits") {
    GIVEN("a format with a mission, with --players, an hour and a half before anyone chooses") {
        Run r = play("mission-at-table",
                     "wait 5400\nshot choosing\nkey Down\nkey Down\nkey PageDown\nwait 1\n"
                     "shot chosen\n",
                     {"Ana", "Ben", "Caro"}, "popcorn", 960, 540, kPopcornDeck);
        REQUIRE(r.status == 0);
        THEN("the third mission is the group's, and no time was up") {
            CHECK(r.count("\"type\":\"mission\"") == 1);
            CHECK_FALSE(r.has("time-up"));
            CHECK_FALSE(r.has("\"action\":\"tick\""));
        }
    }
    GIVEN("a click on a mission's row") {
        // At 960x540 the rows start under the title and the names; the
        // second row is about 50 px below the first.
        Run r = play("mission-click", "click 200 190\nwait 0.2\n", {"Ana", "Ben", "Caro"},
                     "popcorn", 960, 540, kPopcornDeck);
        REQUIRE(r.status == 0);
        THEN("that mission is chosen") {
            CHECK(r.count("\"action\":\"choose\"") == 1); // set-up's choose step
        }
    }
}

SCENARIO("seats 10 to 12 take the talking piece by keys") {
    std::vector<std::string> twelve;
    for (int i = 1; i <= 12; ++i)
        twelve.push_back(std::string(1, 'P').append(std::to_string(i)));
    // A popcorn format (tests/decks/good/popcorn): choose the mission, begin,
    // the prompt done: popcorn.
    Run r = play("seat-11",
                 "key PageDown\nkey PageDown\nwait 0.5\nkey Space\nkey Space\n"
                 "key Shift+2\nwait 0.5\nshot eleven\nkey Shift+3\nkey Shift+1\n",
                 twelve, "popcorn", 960, 540, kPopcornDeck);
    REQUIRE(r.status == 0);
    CHECK(r.has("\"action\":\"take\",\"seat\":10"));
    CHECK(r.has("{\"player\":\"P11\",\"seat\":10,\"type\":\"speaker\"}"));
    CHECK(r.has("\"action\":\"take\",\"seat\":11"));
    CHECK(r.has("\"action\":\"take\",\"seat\":9"));
}

SCENARIO("a wheel flick is one step, not a burst of next") {
    GIVEN("four wheel ticks in 80 ms, then one more after a pause") {
        Run r = play("wheel",
                     "wheel -1\nwait 0.02\nwheel -1\nwait 0.02\nwheel -1\nwait 0.02\nwheel -1\n"
                     "wait 1\nwheel -1\n",
                     {"Ana", "Ben", "Caro"}, "circle");
        REQUIRE(r.status == 0);
        THEN("the burst advanced once, the later tick once more") {
            CHECK(r.count("\"action\":\"next\"") == 2);
        }
    }
}

SCENARIO("the wheel moves through the missions and never chooses one") {
    Run r = play("wheel-missions", "wheel -1\nwait 1\nwheel -1\nwait 1\nkey PageDown\n",
                 {"Ana", "Ben", "Caro"}, "popcorn", 960, 540, kPopcornDeck);
    REQUIRE(r.status == 0);
    CHECK(r.count("\"action\":\"choose\"") == 1);
    CHECK_FALSE(r.has("\"action\":\"next\""));
}

SCENARIO("the summary is saved when the session ends, and S says where") {
    Run r = play("autosave", "key Space\nwait 1\nkey Escape\nkey Escape\nshot summary\nkey S\n",
                 {"Ana", "Ben", "Caro"}, "circle");
    REQUIRE(r.status == 0);
    CHECK(fs::exists(r.dir / "summary.md"));
}

SCENARIO("two summaries ending in the same minute are both kept") {
    fs::path dir = test::fresh_folder("new-file");
    fs::path wanted = dir / "summaries" / "summary-2026-12-01-1624.md";
    auto a = write_new_file(wanted, "first evening\n");
    auto b = write_new_file(wanted, "second evening\n");
    auto c = write_new_file(wanted, "third evening\n");
    REQUIRE(std::holds_alternative<fs::path>(a));
    REQUIRE(std::holds_alternative<fs::path>(b));
    REQUIRE(std::holds_alternative<fs::path>(c));
    CHECK(std::get<fs::path>(a) == wanted);
    CHECK(std::get<fs::path>(b) == dir / "summaries" / "summary-2026-12-01-1624-2.md");
    CHECK(std::get<fs::path>(c) == dir / "summaries" / "summary-2026-12-01-1624-3.md");
    CHECK(read_file(std::get<fs::path>(a)) == "first evening\n");
    CHECK(read_file(std::get<fs::path>(b)) == "second evening\n");
    CHECK(read_file(std::get<fs::path>(c)) == "third evening\n");
    // Nothing half-written is left beside them.
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir / "summaries")) {
        (void)e;
        ++files;
    }
    CHECK(files == 3);
}

SCENARIO("two sessions ending in the same minute keep both summaries in the data folder") {
    // A window's App (no script runner: the summary is named by the date and
    // time), twice in a row, each ended with Escape twice.
    fs::path dir = test::fresh_folder("two-evenings");
    for (int evening = 0; evening < 2; ++evening) {
        Options o = test::table_options(dir);
        o.out = ".";
        o.log.clear();
        auto app = test::headless_app(o);
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = SDLK_ESCAPE;
        app->handle(e);
        app->handle(e);
    }
    std::vector<fs::path> kept;
    for (const auto& f : fs::directory_iterator(dir / "data" / "hearth" / "summaries"))
        kept.push_back(f.path());
    REQUIRE(kept.size() == 2);
    std::sort(kept.begin(), kept.end());
    CHECK(kept[0].filename().string().rfind("summary-", 0) == 0);
    CHECK(kept[0] != kept[1]);
}

SCENARIO("every bundled format runs from --players to its end on PageDown alone, step by step") {
    const Deck& deck = test::bundled_deck();
    const std::vector<std::string> names = {"Ana", "Ben",  "Caro", "Dev", "Eli",  "Fay",
                                            "Gus", "Hana", "Ivo",  "Jo",  "Kemi", "Lou"};
    for (const Format& f : deck.formats) {
        // At the fewest and the most players the format seats.
        for (int seats : std::set<int>{min_seats(f), max_seats(f)}) {
            GIVEN("the format " << f.id << " with " << seats << " players") {
                // PageDown chooses the lit mission, then starts; time counts once started.
                std::string script = f.mission == MissionRule::Choose ? "key PageDown\n" : "";
                if (f.end_limit(EndKind::Minutes) > 0 && f.ends.size() == 1)
                    script += "key PageDown\nwait " +
                              std::to_string(f.end_limit(EndKind::Minutes) * 60 + 1) + "\n";
                for (int i = 0; i < 160; ++i)
                    script += "key PageDown\nwait 0.2\n";
                only_clicker_keys(script);
                std::vector<std::string> players(names.begin(), names.begin() + seats);
                Run r =
                    play("pagedown-" + f.id + "-" + std::to_string(seats), script, players, f.id);
                REQUIRE(r.status == 0);
                // The log's steps, in order: the format's turn, again and again.
                std::vector<std::string> steps;
                const std::string key = "\"step\":\"";
                for (std::size_t at = r.log.find(key); at != std::string::npos;
                     at = r.log.find(key, at + 1)) {
                    const std::size_t from = at + key.size();
                    steps.push_back(r.log.substr(from, r.log.find('"', from) - from));
                }
                const std::size_t turns = r.count("\"type\":\"turn\"");
                std::vector<std::string> expected;
                for (std::size_t t = 0; t < turns; ++t)
                    for (TurnKind k : f.turn)
                        expected.emplace_back(to_string(k));
                // The last turn may stop part way (time up or the pile's end).
                REQUIRE(steps.size() <= expected.size());
                expected.resize(steps.size());
                THEN("the steps follow the turn, it ends by the format's end, and the summary "
                     "is written") {
                    CHECK(turns >= 1);
                    CHECK(steps == expected);
                    CHECK(r.has("\"type\":\"ended\""));
                    CHECK_FALSE(r.has("\"reason\":\"host\""));
                    CHECK(fs::exists(r.dir / "summary.md"));
                }
                THEN("an opening comes before the first turn, a closing round before the end") {
                    const std::size_t first_turn = r.log.find("\"type\":\"turn\"");
                    const std::size_t opening = r.log.find("\"type\":\"opening\"");
                    CHECK(r.count("\"type\":\"opening\"") == (f.opening.given() ? 1u : 0u));
                    if (f.opening.given())
                        CHECK(opening < first_turn);
                    CHECK(r.count("\"type\":\"closing\"") == (f.closing.round ? 1u : 0u));
                    if (f.closing.round && f.end.kind != EndKind::Host)
                        CHECK(r.log.find("\"type\":\"closing\"") <
                              r.log.find("\"type\":\"ended\""));
                }
            }
        }
    }
}

// The steps of the log, in order: "choose", "discussion", "do", ...
std::vector<std::string> logged_steps(const std::string& log) {
    std::vector<std::string> out;
    const std::string key = "\"step\":\"";
    for (std::size_t at = log.find(key); at != std::string::npos; at = log.find(key, at + 1)) {
        const std::size_t from = at + key.size();
        out.push_back(log.substr(from, log.find('"', from) - from));
    }
    return out;
}

SCENARIO("a format that chooses and does is played with PageDown alone") {
    // Crew night (tests/decks/good/choose): three cards side by side, PageDown
    // takes the lit (first) one, the discussion, then the card's own minutes.
    std::string script;
    for (int i = 0; i < 40; ++i)
        script += "key PageDown\nwait 0.2\n";
    only_clicker_keys(script);
    Run r = play("choose-do", script, {"Ana", "Ben"}, "crew-night", 960, 540,
                 HEARTH_TEST_DECKS "/good/choose");
    REQUIRE(r.status == 0);
    THEN("the log's steps are choose, discussion, do for each of the two cards, then the end") {
        CHECK(logged_steps(r.log) ==
              std::vector<std::string>{"choose", "discussion", "do", "choose", "discussion", "do"});
        CHECK(r.count("\"action\":\"choose\",\"index\":0") == 2);
        CHECK(r.count("\"type\":\"offered\"") == 6);
        CHECK(r.count("\"type\":\"returned\"") == 4);
        CHECK(r.has("\"reason\":\"cards\""));
        CHECK(fs::exists(r.dir / "summary.md"));
    }
}

namespace {

// The log's entries of the kinds that say where the session is, in order:
// "started", "opening", "turn", "closing", "spoke", "passed", "ended".
std::vector<std::string> logged_phases(const std::string& log) {
    static const std::set<std::string> wanted = {"started", "opening", "turn", "closing",
                                                 "spoke",   "passed",  "ended"};
    std::vector<std::string> out;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);) {
        const std::string key = "\"type\":\"";
        const std::size_t at = line.rfind(key);
        if (at == std::string::npos)
            continue;
        const std::size_t from = at + key.size();
        std::string type = line.substr(from, line.find('"', from) - from);
        if (wanted.count(type))
            out.push_back(std::move(type));
    }
    return out;
}

} // namespace

SCENARIO("a format with an opening and a closing round is played with PageDown alone") {
    // tests/decks/good/bookends: the host reads the welcome aloud, each of
    // three answers a question, then the check-out round, then the summary.
    std::string script;
    for (int i = 0; i < 30; ++i)
        script += "key PageDown\nwait 0.2\n";
    only_clicker_keys(script);
    using Steps = std::vector<std::string>;
    GIVEN("an opening card named by the format, and a timed check-out") {
        Run r = play("bookends", script, {"Ana", "Ben", "Caro"}, "circle", 960, 540,
                     HEARTH_TEST_DECKS "/good/bookends");
        REQUIRE(r.status == 0);
        THEN("the log goes opening, three turns, the closing round of three, the end") {
            CHECK(logged_phases(r.log) == Steps{"started", "opening", "turn", "turn", "turn",
                                                "closing", "spoke", "spoke", "spoke", "ended"});
            CHECK(logged_steps(r.log) ==
                  Steps{"draw", "prompt", "draw", "prompt", "draw", "prompt"});
            CHECK(r.has("{\"card\":\"welcome\",\"type\":\"opening\"}"));
            CHECK(r.has("{\"reason\":\"rounds\",\"type\":\"closing\"}"));
            CHECK(r.count("\"timer\":\"speaker\"") == 3);
            CHECK(r.has("\"reason\":\"rounds\",\"type\":\"ended\""));
            CHECK(fs::exists(r.dir / "summary.md"));
        }
    }
    GIVEN("an opening drawn from the info cards, two cards, a check-out without a timer") {
        Run r = play("bookends-drawn", script, {"Ana", "Ben"}, "drawn", 960, 540,
                     HEARTH_TEST_DECKS "/good/bookends");
        REQUIRE(r.status == 0);
        THEN("the log goes opening, two turns, the closing round of two, the end") {
            CHECK(logged_phases(r.log) == Steps{"started", "opening", "turn", "turn", "closing",
                                                "spoke", "spoke", "ended"});
            CHECK(r.count("\"timer\":\"speaker\"") == 0);
            CHECK(r.has("\"reason\":\"cards\",\"type\":\"ended\""));
        }
    }
}

// Live reload: the watcher sees saves the way editors make them, and the
// reload rule keeps the last good deck in play while a save is broken.
#include "engine/deck_watcher.hpp"
#include "game/atomic_file.hpp"
#include "game/deck_loader.hpp"
#include "game/live_deck.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

using namespace hearth;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// A fresh copy of the bundled deck to edit.
fs::path copy_of_bundled(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / "hearth-reload-tests" / name;
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    fs::copy(HEARTH_BUNDLED_DECKS "/microsolidarity", dir, fs::copy_options::recursive);
    return dir;
}

// Saves as editors do: a new file renamed over the old one.
void save(const fs::path& file, const std::string& text) {
    REQUIRE_FALSE(write_file_atomically(file, text));
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Polls the watcher as an app loop would, for up to two seconds.
bool wait_ready(DeckWatcher& w) {
    auto until = DeckWatcher::Clock::now() + 2s;
    while (DeckWatcher::Clock::now() < until) {
        if (w.ready(DeckWatcher::Clock::now()))
            return true;
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

} // namespace

SCENARIO("the watcher sees a saved deck file and ignores what does not matter") {
    fs::path dir = copy_of_bundled("watch");
    fs::path file = dir / "deck.toml";
    DeckWatcher w(file);
    REQUIRE(w.ok());
    LoadResult r = load_deck(dir);
    REQUIRE(r.ok());
    w.track(*r.deck);
    std::string text = *read_file(file);

    WHEN("the deck file is saved by rename") {
        save(file, text + "\n");
        auto saved = DeckWatcher::Clock::now();
        THEN("it is ready once the burst of events has been quiet for 50 ms") {
            CHECK_FALSE(w.ready(saved)); // too soon
            CHECK(w.wait_hint(saved).has_value());
            CHECK(w.ready(saved + 60ms));
            CHECK_FALSE(w.ready(saved + 120ms)); // once per change
        }
    }
    WHEN("an art file the deck uses is written") {
        std::string art = *read_file(dir / "art/activity.svg");
        save(dir / "art/activity.svg", art);
        THEN("that counts too") {
            CHECK(wait_ready(w));
        }
    }
    WHEN("an editor writes its swap file and an unrelated file appears") {
        std::ofstream(dir / ".deck.toml.swp") << "x";
        std::ofstream(dir / "notes.txt") << "x";
        THEN("nothing is reloaded") {
            std::this_thread::sleep_for(80ms);
            CHECK_FALSE(w.ready(DeckWatcher::Clock::now()));
        }
    }
    WHEN("the deck is broken and a new file appears (the missing art, say)") {
        w.set_broken(true);
        std::ofstream(dir / "art" / "new.png") << "x";
        THEN("it counts") {
            CHECK(wait_ready(w));
        }
    }
}

SCENARIO("a saved edit replaces the deck in play; a broken one shows while the last good deck "
         "plays on") {
    fs::path dir = copy_of_bundled("live");
    fs::path file = dir / "deck.toml";
    LoadResult first = load_deck(dir);
    REQUIRE(first.ok());
    auto started = start_session(*first.deck, "circle", 4, 7);
    REQUIRE(std::holds_alternative<Session>(started));
    const Session& session = std::get<Session>(started);
    LiveDeck live(std::move(*first.deck));
    DeckWatcher w(file);
    w.track(live.deck());
    const std::string good = *read_file(file);

    WHEN("a card's title is edited and saved") {
        auto t0 = DeckWatcher::Clock::now();
        save(file, replaced(good, "title = \"Pair walk\"", "title = \"Walk in pairs\""));
        REQUIRE(wait_ready(w));
        bool taken = live.take(load_deck(dir), cards_in_use(session.table));
        auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(DeckWatcher::Clock::now() - t0)
                .count();
        THEN("the new text is in play well under a second after the save") {
            CHECK(taken);
            CHECK(live.deck().find_card("pair-walk")->title == "Walk in pairs");
            CHECK(live.problems().empty());
            CHECK(live.generation() == 1);
            CHECK(reload_log_line(live, taken) == "{\"cards\":75,\"type\":\"reload\"}\n");
            INFO("save to reloaded deck: " << ms << " ms");
            CHECK(ms < 500);
        }
    }
    WHEN("a save breaks the file") {
        save(file, replaced(good, "title = \"Pair walk\"", "title = \"Pair walk"));
        REQUIRE(wait_ready(w));
        bool taken = live.take(load_deck(dir), cards_in_use(session.table));
        THEN("the last good deck stays in play and the problem says where it is") {
            CHECK_FALSE(taken);
            CHECK(live.deck().find_card("pair-walk")->title == "Pair walk");
            REQUIRE(live.problems().size() == 1);
            CHECK(live.problems()[0].str() ==
                  file.generic_string() +
                      ":399:19: error: syntax error: the string is not closed; the line ends "
                      "before its closing quote");
            CHECK_THAT(reload_log_line(live, taken),
                       Catch::StartsWith("{\"diagnostics\":[\"" + file.generic_string() +
                                         ":399:19: error: syntax error") &&
                           Catch::Contains("\"type\":\"reload-error\""));
        }
        AND_WHEN("the next save fixes it") {
            save(file, replaced(good, "title = \"Pair walk\"", "title = \"Pair walk, fixed\""));
            REQUIRE(wait_ready(w));
            bool fixed = live.take(load_deck(dir), cards_in_use(session.table));
            THEN("the problems are cleared and the fix is in play") {
                CHECK(fixed);
                CHECK(live.problems().empty());
                CHECK(live.deck().find_card("pair-walk")->title == "Pair walk, fixed");
            }
        }
    }
    WHEN("a save removes a card the session holds") {
        std::string text = good;
        auto at = text.find("[[cards]]\nid = \"pair-walk\"");
        REQUIRE(at != std::string::npos);
        text.replace(at + 10, 16, "id = \"pair-walk-2\"");
        // Keep the deck valid: references to the old id follow the rename.
        for (auto p = text.find("\"pair-walk\""); p != std::string::npos;
             p = text.find("\"pair-walk\"", p))
            text.replace(p, 11, "\"pair-walk-2\"");
        save(file, text);
        REQUIRE(wait_ready(w));
        bool taken = live.take(load_deck(dir), cards_in_use(session.table));
        THEN("the deck is refused and the reason names the card") {
            CHECK_FALSE(taken);
            REQUIRE_FALSE(live.problems().empty());
            CHECK_THAT(live.problems()[0].message, Catch::StartsWith("card 'pair-walk' is in this "
                                                                     "session but no longer"));
            CHECK(live.deck().find_card("pair-walk"));
        }
    }
}

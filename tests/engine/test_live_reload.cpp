// Live reload: the watcher sees saves the way editors make them, and the
// reload rule keeps the last good deck in play while a save is broken.
#include "engine/deck_watcher.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/table_layout.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/live_deck.hpp"
#include "game/session/session_save.hpp"
#include "tests/engine_fixture.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
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

// The line number (from 1) of the first line of `text` holding `part`.
std::string line_of(const std::string& text, std::string_view part) {
    auto at = text.find(part);
    REQUIRE(at != std::string::npos);
    return std::to_string(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n') + 1);
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
            CHECK(live.generation() == 2); // the first deck was 1
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
            // The line of Pair walk's title, wherever the deck has it.
            const std::string at = ":" + line_of(good, "title = \"Pair walk\"") + ":19: ";
            CHECK(live.problems()[0].str() ==
                  file.generic_string() + at +
                      "error: syntax error: the string is not closed; the line ends "
                      "before its closing quote");
            CHECK_THAT(reload_log_line(live, taken),
                       Catch::StartsWith("{\"diagnostics\":[\"" + file.generic_string() + at +
                                         "error: syntax error") &&
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
        // A question: the circle draws every one (a pair practice it does not).
        const std::string held = "who-came-tonight";
        REQUIRE(std::count(session.table.draw_pile.begin(), session.table.draw_pile.end(), held));
        std::string text = good;
        const std::string was = "\"" + held + "\"", now = "\"" + held + "-2\"";
        // Renamed, and references to the old id follow the rename: the deck stays valid.
        for (auto p = text.find(was); p != std::string::npos; p = text.find(was, p))
            text.replace(p, was.size(), now);
        save(file, text);
        REQUIRE(wait_ready(w));
        bool taken = live.take(load_deck(dir), cards_in_use(session.table));
        THEN("the deck is refused and the reason names the card") {
            CHECK_FALSE(taken);
            REQUIRE_FALSE(live.problems().empty());
            CHECK_THAT(live.problems()[0].message,
                       Catch::StartsWith("card '" + held + "' is in this session but no longer"));
            CHECK(live.deck().find_card(held));
        }
    }
}

namespace {

// The id of the first card drawn in a session log.
std::string first_drawn(const std::string& log) {
    std::size_t line = log.find("\"type\":\"draw\"");
    REQUIRE(line != std::string::npos);
    std::size_t begin = log.rfind('\n', line) + 1;
    std::size_t at = log.find("\"card\":\"", begin);
    REQUIRE(at != std::string::npos);
    at += 8;
    return log.substr(at, log.find('"', at) - at);
}

// The deck text with card `id`'s title replaced by `title`.
std::string retitled(const std::string& text, const std::string& id, const std::string& title) {
    std::size_t card = text.find("\nid = \"" + id + "\"\n");
    REQUIRE(card != std::string::npos);
    std::size_t line = text.find("\ntitle = \"", card);
    REQUIRE(line != std::string::npos);
    std::size_t end = text.find('\n', line + 1);
    return text.substr(0, line) + "\ntitle = \"" + title + "\"" + text.substr(end);
}

struct Played {
    int status = 0;
    SurfacePtr picture; // the last shot
    std::string log;
};

// Plays `script` headless with --watch on the deck in `dir`; `during` runs on
// another thread while the script plays (an editor saving the deck).
Played play_watched(const fs::path& dir, const std::string& script, const fs::path& out,
                    const std::function<void()>& during = {}) {
    fs::remove_all(out);
    fs::create_directories(out);
    Options o = test::table_options(out); // its data/: no own cards
    o.watch = true;
    Played p;
    {
        auto app = test::headless_app(o, dir);
        std::thread editor;
        if (during)
            editor = std::thread(during);
        p.status = test::play_script(*app, script, "reload.txt");
        if (editor.joinable())
            editor.join();
    }
    p.log = read_file(out / "log.jsonl").value_or("");
    p.picture = test::load_shot(out, "last");
    return p;
}

// How many pixels of `r` differ between `a` and `b` (a number, so a failure
// reports a count rather than two pictures' worth of values).
int differing_pixels(SDL_Surface* a, SDL_Surface* b, SDL_Rect r) {
    int n = 0;
    for (int y = r.y; y < r.y + r.h; ++y)
        for (int x = r.x; x < r.x + r.w; ++x)
            n += static_cast<Uint32*>(a->pixels)[y * (a->pitch / 4) + x] !=
                 static_cast<Uint32*>(b->pixels)[y * (b->pitch / 4) + x];
    return n;
}

} // namespace

// Regression: the table's picture of the face-up card was keyed on the deck's
// address, and a reloaded deck is moved into the same place, so after a good
// reload the card kept its old title until the next card was drawn.
SCENARIO("live reload redraws the face-up card") {
    fs::path dir = copy_of_bundled("redraw");
    fs::path file = dir / "deck.toml";
    const std::string good = *read_file(file);
    fs::path out = fs::temp_directory_path() / "hearth-reload-tests" / "redraw-out";
    const SDL_Rect card = table_layout(1280, 720, 3, kPrintCardAspect).card;

    GIVEN("a card drawn and face up on the table") {
        // The toast ("Reloaded deck.toml") is gone after `wait 3`: only the
        // card's own pixels can differ.
        std::string drawn;
        Played edited = play_watched(
            dir,
            test::kPastOpening +
                "key Space\nwait 1\nshot drawn\nawait reload 60\nwait 3\nshot last\n",
            out, [&] {
                for (int i = 0; i < 1200 && !fs::exists(out / "drawn.png"); ++i)
                    std::this_thread::sleep_for(50ms);
                drawn = first_drawn(*read_file(out / "log.jsonl"));
                save(file, retitled(good, drawn, "A title saved while it lay on the table"));
            });
        REQUIRE(edited.status == 0);
        REQUIRE_THAT(edited.log, Catch::Contains("\"type\":\"reload\""));
        SurfacePtr raw(IMG_Load((out / "drawn.png").c_str()));
        REQUIRE(raw);
        SurfacePtr before(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));

        WHEN("the same session starts with the edited deck") {
            fs::path out2 = fs::temp_directory_path() / "hearth-reload-tests" / "redraw-fresh";
            Played fresh =
                play_watched(dir, test::kPastOpening + "key Space\nwait 4\nshot last\n", out2);
            REQUIRE(first_drawn(fresh.log) == drawn);
            THEN("the reloaded card looks as the edited deck draws it, not as before") {
                CHECK(differing_pixels(edited.picture.get(), before.get(), card) > 500);
                CHECK(differing_pixels(edited.picture.get(), fresh.picture.get(), card) == 0);
            }
        }
    }
}

// Regression: with --resume, the save replayed every action from the start
// line against the deck on disk; after a live reload that added a card the
// draw pile shuffled differently, and the session could not be resumed
// ("the save says ... but the replay gives ...").
SCENARIO("a session during which a live reload was taken resumes with the new deck") {
    fs::path dir = copy_of_bundled("resume-after-reload");
    fs::path file = dir / "deck.toml";
    const std::string good = *read_file(file);
    const std::string added =
        replaced(good, "[[cards]]\nid = \"who-came-tonight\"",
                 "[[cards]]\nid = \"added-during-the-evening\"\ntype = \"conversation\"\n"
                 "title = \"A question added during the evening\"\n"
                 "text = \"What would you add to this deck?\"\n\n"
                 "[[cards]]\nid = \"who-came-tonight\"");
    fs::path out = fs::temp_directory_path() / "hearth-reload-tests" / "resume-after-reload-out";
    fs::remove_all(out);
    fs::create_directories(out);
    fs::path save_file = out / "night.save";

    GIVEN("a table with --watch, --resume and --log whose deck gains a card mid-session") {
        Options o = test::table_options(out);
        o.watch = true;
        o.resume = save_file.string();
        Session played;
        {
            auto app = test::headless_app(o, dir);
            std::thread editor([&] {
                for (int i = 0; i < 1200 && !fs::exists(out / "drawn.png"); ++i)
                    std::this_thread::sleep_for(50ms);
                save(file, added);
            });
            int status = test::play_script(*app,
                                           test::kPastOpening +
                                               "key Space\nkey Space\nshot drawn\nawait reload 60\n"
                                               "key Space\nkey Space\nkey BackSpace\nwait 2\n",
                                           "resume.txt");
            editor.join();
            REQUIRE(status == 0);
            REQUIRE_THAT(*read_file(out / "log.jsonl"), Catch::Contains("\"type\":\"reload\""));
            const Session* s = app->scene()->session_in_play();
            REQUIRE(s);
            played = *s;
        }
        const Deck edited = *load_deck(dir).deck;

        WHEN("the save is read with the edited deck") {
            auto resumed = load_session(edited, save_file);
            THEN("it is the session as it was on the table") {
                if (auto* e = std::get_if<Diagnostic>(&resumed))
                    FAIL(say(*e));
                CHECK(std::get<Session>(resumed) == played);
            }
        }
        WHEN("the evening goes on with --resume, and is resumed once more") {
            Options again = test::table_options(out);
            again.players.clear();
            again.resume = save_file.string();
            again.log.clear();
            auto app = test::headless_app(again, dir);
            REQUIRE(test::play_script(*app, "key Space\n", "resume.txt") == 0);
            const Session* s = app->scene()->session_in_play();
            REQUIRE(s);
            CHECK(s->log.size() > played.log.size());
            THEN("the save, appended to, still reads back as that session") {
                auto back = load_session(edited, save_file);
                if (auto* e = std::get_if<Diagnostic>(&back))
                    FAIL(say(*e));
                CHECK(std::get<Session>(back) == *s);
            }
        }
    }
    fs::remove_all(dir);
}

// Issue 17: an edited art file shows on the card lying face up, not only on
// the next card drawn.
SCENARIO("an art file saved while its card lies face up redraws the card") {
    fs::path dir = copy_of_bundled("art-redraw");
    fs::path out = fs::temp_directory_path() / "hearth-reload-tests" / "art-redraw-out";
    const SDL_Rect card = table_layout(1280, 720, 3, kPrintCardAspect).card;
    const std::string red = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                            "<rect width=\"10\" height=\"10\" fill=\"#ff0000\"/></svg>\n";
    std::string drawn;
    Played edited = play_watched(
        dir,
        test::kPastOpening + "key Space\nwait 1\nshot drawn\nawait reload 60\nwait 3\nshot last\n",
        out, [&] {
            for (int i = 0; i < 1200 && !fs::exists(out / "drawn.png"); ++i)
                std::this_thread::sleep_for(50ms);
            drawn = first_drawn(*read_file(out / "log.jsonl"));
            LoadResult r = load_deck(dir);
            REQUIRE(r.ok());
            const fs::path art = r.deck->art_file_of(*r.deck->find_card(drawn));
            REQUIRE_FALSE(art.empty());
            save(art, red);
        });
    REQUIRE(edited.status == 0);
    REQUIRE_THAT(edited.log, Catch::Contains("\"type\":\"reload\""));
    SurfacePtr raw(IMG_Load((out / "drawn.png").c_str()));
    REQUIRE(raw);
    SurfacePtr before(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    THEN("the card in play shows the new art, as a session started with it does") {
        CHECK(differing_pixels(edited.picture.get(), before.get(), card) > 500);
        fs::path out2 = fs::temp_directory_path() / "hearth-reload-tests" / "art-redraw-fresh";
        Played fresh =
            play_watched(dir, test::kPastOpening + "key Space\nwait 4\nshot last\n", out2);
        REQUIRE(first_drawn(fresh.log) == drawn);
        CHECK(differing_pixels(edited.picture.get(), fresh.picture.get(), card) == 0);
    }
}

// Issue 17: removing the format being played is refused as a removed card in
// play is, and the table plays on (it used to freeze: no hints, Space dead).
SCENARIO("a reload that removes the format being played is refused and the table plays on") {
    fs::path dir = copy_of_bundled("format-removed");
    fs::path file = dir / "deck.toml";
    const std::string good = *read_file(file);
    const std::size_t from = good.find("[formats.circle]");
    const std::size_t to = good.find("[formats.", from + 1);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string without = good.substr(0, from) + good.substr(to);
    fs::path out = fs::temp_directory_path() / "hearth-reload-tests" / "format-removed-out";
    // The refusal shows over the table as every refused reload does; Escape
    // hides it and Space plays the next step.
    Played p = play_watched(
        dir,
        test::kPastOpening +
            "key Space\nwait 1\nshot drawn\nawait reload 60\nkey Escape\nkey Space\nwait 1\n"
            "shot last\n",
        out, [&] {
            for (int i = 0; i < 1200 && !fs::exists(out / "drawn.png"); ++i)
                std::this_thread::sleep_for(50ms);
            save(file, without);
        });
    REQUIRE(p.status == 0);
    CHECK_THAT(p.log, Catch::Contains("\"type\":\"reload-error\""));
    CHECK_THAT(p.log, Catch::Contains("format 'circle' is being played in this session but is no "
                                      "longer in the deck"));
    // The key after the refusal still plays: the session moved to its next step.
    std::size_t refused = p.log.find("\"type\":\"reload-error\"");
    REQUIRE(refused != std::string::npos);
    CHECK(p.log.find("\"step\":\"prompt\",\"type\":\"step\"", refused) != std::string::npos);
}

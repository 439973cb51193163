// The session recorder and the App's use of it: the save and the log are
// appended to, action by action, off the frame path, and never rewritten
// while a session goes on.
#include "engine/app.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/session_recorder.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    fs::path dir =
        fs::temp_directory_path() / ("hearth-rec-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

struct FileId {
    ino_t inode = 0;
    std::uint64_t size = 0;
};
FileId identify(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return {st.st_ino, static_cast<std::uint64_t>(st.st_size)};
}

std::unique_ptr<App> table_app(const fs::path& dir, const fs::path& save,
                               bool with_players = true) {
    Options o = test::table_options(dir, 640, 360);
    if (!with_players)
        o.players.clear();
    o.resume = save.string();
    return test::headless_app(o);
}

// Plays `script` into `app`; returns the exit status.
int run(App& app, const std::string& script) {
    return test::play_script(app, script, "recorder");
}

// A session of `n` accepted actions on the bundled deck, recorded action by action.
Session play(SessionRecorder& rec, int n, std::vector<std::uint64_t>* bytes_per_action = nullptr) {
    const Deck& deck = hearth::test::bundled_deck();
    Session s = std::get<Session>(start_session(deck, "circle", 3, 11));
    rec.record(s);
    rec.flush();
    const Action cycle[] = {act::Next{}, act::Tick{1000}, act::Back{}, act::Redo{},
                            act::Next{}, act::Tick{250},  act::Pass{}, act::Skip{}};
    for (int i = 0, k = 0; i < n; ++k) {
        if (apply_in_place(deck, s, cycle[k % 8]))
            continue;
        const std::uint64_t before = rec.save_bytes() + rec.log_bytes();
        rec.record(s);
        rec.flush();
        if (bytes_per_action)
            bytes_per_action->push_back(rec.save_bytes() + rec.log_bytes() - before);
        ++i;
    }
    return s;
}

} // namespace

SCENARIO("a key press with --resume and --log appends, and does not rewrite the save or the log") {
    GIVEN("a table started with --resume and --log") {
        fs::path dir = fresh_dir("keys");
        fs::path save = dir / "night.save";
        auto app = table_app(dir, save);
        REQUIRE(run(*app, "key Space\n") == 0);
        WHEN("keys are pressed one at a time") {
            for (const char* key : {"Space", "Space", "BackSpace", "Space", "BackSpace", "Space"}) {
                INFO("key " << key);
                const FileId save0 = identify(save), log0 = identify(dir / "log.jsonl");
                const std::uint64_t written0 =
                    app->recorder()->save_bytes() + app->recorder()->log_bytes();
                REQUIRE(run(*app, std::string("key ") + key + "\n") == 0);
                const FileId save1 = identify(save), log1 = identify(dir / "log.jsonl");
                const std::uint64_t written =
                    app->recorder()->save_bytes() + app->recorder()->log_bytes() - written0;
                THEN("both files are the same files, grown by what was written, a few lines") {
                    CHECK(save1.inode == save0.inode);
                    CHECK(log1.inode == log0.inode);
                    CHECK(save1.size > save0.size);
                    CHECK(log1.size > log0.size);
                    CHECK(written == (save1.size - save0.size) + (log1.size - log0.size));
                    CHECK(save1.size - save0.size < 2000);
                    CHECK(log1.size - log0.size < 2000);
                }
            }
            THEN("the save resumes the session on the table, and the log replays it") {
                const Deck& deck = hearth::test::bundled_deck();
                auto resumed = load_session(deck, save);
                if (auto* e = std::get_if<Diagnostic>(&resumed))
                    FAIL(say(*e));
                auto replayed = replay_log(deck, *read_file(dir / "log.jsonl"));
                if (auto* e = std::get_if<Diagnostic>(&replayed))
                    FAIL(say(*e));
                CHECK(std::get<Session>(resumed) == std::get<Session>(replayed));
                struct stat st {};
                ::stat(save.c_str(), &st);
                CHECK((st.st_mode & 0777) == 0600);
            }
        }
        app.reset();
        fs::remove_all(dir);
    }
}

SCENARIO("resuming a whole version-2 save appends to the same file") {
    GIVEN("a session saved by one run") {
        fs::path dir = fresh_dir("v2");
        fs::path save = dir / "night.save";
        REQUIRE(run(*table_app(dir, save), "key Space\nkey Space\n") == 0);
        const FileId first = identify(save);
        WHEN("a second run resumes it and plays on") {
            auto app = table_app(dir, save, false);
            REQUIRE(run(*app, "key BackSpace\n") == 0);
            THEN("the file was not written anew: it grew by the one action") {
                const FileId now = identify(save);
                CHECK(now.inode == first.inode);
                CHECK(now.size - first.size == app->recorder()->save_bytes());
                CHECK(app->recorder()->save_bytes() < 2000);
                const Deck& deck = hearth::test::bundled_deck();
                auto back = load_session(deck, save);
                REQUIRE(std::holds_alternative<Session>(back));
                CHECK(std::holds_alternative<act::Back>(std::get<Session>(back).log.back().action));
            }
            app.reset();
        }
        fs::remove_all(dir);
    }
}

SCENARIO("resuming a version-1 save writes it as version 2 once, then appends") {
    GIVEN("a version-1 save of a session on the bundled deck") {
        fs::path dir = fresh_dir("v1");
        fs::path save = dir / "old.json";
        const Deck& deck = hearth::test::bundled_deck();
        SessionStart st{7, deck.info.id, "circle", {"Ana", "Ben", "Caro"}, {}};
        Session s = std::get<Session>(start_session(deck, st));
        REQUIRE(!apply_in_place(deck, s, act::Next{}));
        REQUIRE(!write_file_atomically(save, save_to_json(s)));
        WHEN("it is resumed and played on") {
            auto app = table_app(dir, save, false);
            REQUIRE(run(*app, "key Space\n") == 0);
            const FileId after_start = identify(save);
            REQUIRE(run(*app, "key Space\n") == 0);
            THEN("the file is a version-2 save of the session, appended to after the start") {
                CHECK(identify(save).inode == after_start.inode);
                std::string text = *read_file(save);
                CHECK(text.rfind("{\"deck\":\"microsolidarity\",\"type\":\"hearth-session\","
                                 "\"version\":2}\n",
                                 0) == 0);
                auto back = load_session(deck, save);
                if (auto* e = std::get_if<Diagnostic>(&back))
                    FAIL(say(*e));
                REQUIRE(!apply_in_place(deck, s, act::Next{}));
                REQUIRE(!apply_in_place(deck, s, act::Next{}));
                CHECK(std::get<Session>(back) == s);
            }
            app.reset();
        }
        fs::remove_all(dir);
    }
}

SCENARIO("the recorder writes the same bytes per action in a long session as in a short one") {
    GIVEN("a recorder with a save and a log") {
        fs::path dir = fresh_dir("bytes");
        std::vector<std::uint64_t> shorter, longer;
        Session s5, s500;
        {
            SessionRecorder rec(dir / "5.save", dir / "5.jsonl");
            s5 = play(rec, 5, &shorter);
        }
        {
            SessionRecorder rec(dir / "500.save", dir / "500.jsonl");
            s500 = play(rec, 500, &longer);
        }
        THEN("the files are the session's save and log, and the late actions cost no more") {
            CHECK(read_file(dir / "500.save") == save_to_jsonl(s500));
            CHECK(read_file(dir / "500.jsonl") == log_to_jsonl(s500));
            CHECK(read_file(dir / "5.save") == save_to_jsonl(s5));
            std::uint64_t most_short = *std::max_element(shorter.begin(), shorter.end());
            std::uint64_t most_late =
                *std::max_element(longer.end() - 100, longer.end()); // the last 100 actions
            CHECK(most_late <= most_short + 200);                    // names and cards differ
            CHECK(most_late < 2000);
        }
        fs::remove_all(dir);
    }
}

SCENARIO("a save that cannot be written is reported apart from the log") {
    GIVEN("a save path whose folder is a file, and a good log") {
        fs::path dir = fresh_dir("fail");
        REQUIRE(!write_file_atomically(dir / "file", "x"));
        SessionRecorder rec(dir / "file" / "night.save", dir / "log.jsonl");
        WHEN("a session is recorded") {
            play(rec, 3);
            SessionRecorder::Failures f = rec.take_failures();
            THEN("the save's failure is reported, the log is written, and nothing else fails") {
                CHECK(f.save.find("night.save") != std::string::npos);
                CHECK(f.log.empty());
                CHECK(read_file(dir / "log.jsonl")->find("\"type\":\"action\"") !=
                      std::string::npos);
            }
        }
        fs::remove_all(dir);
    }
}

SCENARIO("temporary files left by a run killed mid-write are cleared when a session begins") {
    GIVEN("a save folder with the temporary file of a process that is gone") {
        fs::path dir = fresh_dir("stale");
        // Above the kernel's largest process id, so no process has it.
        const std::string gone =
            std::to_string(std::stol(*read_file("/proc/sys/kernel/pid_max")) + 1);
        REQUIRE(!write_file_atomically(dir / (".night.save.tmp-" + gone), "{\"torn"));
        REQUIRE(!write_file_atomically(dir / ".other.save.tmp-1", "not ours"));
        WHEN("a session is recorded there") {
            {
                SessionRecorder rec(dir / "night.save", {});
                play(rec, 1);
            }
            THEN("the stale file is gone, the save is written, and other files are left alone") {
                CHECK_FALSE(fs::exists(dir / (".night.save.tmp-" + gone)));
                CHECK(fs::exists(dir / "night.save"));
                CHECK(fs::exists(dir / ".other.save.tmp-1"));
                CHECK_FALSE(fs::exists(dir / (".night.save.tmp-" + std::to_string(getpid()))));
            }
        }
        fs::remove_all(dir);
    }
}

SCENARIO("a save failure's toast stays over a log failure's") {
    GIVEN("a table whose save and log both cannot be written (their folder is a file)") {
        fs::path dir = fresh_dir("both-fail");
        REQUIRE(!write_file_atomically(dir / "blocker", "not a folder\n"));
        Options o = test::table_options(dir, 640, 360);
        o.resume = (dir / "blocker" / "night.save").string();
        o.log = (dir / "blocker" / "log.jsonl").string();
        auto app = test::headless_app(o);
        const std::string save_failure = "Could not save the session: ";
        WHEN("the session starts and the first action is taken") {
            CHECK(run(*app, "key Space\n") == 1); // a run whose writes failed fails
            THEN("the screen says the save failed, not the log") {
                CHECK(app->toast_shown().rfind(save_failure, 0) == 0);
            }
        }
        WHEN("both keep failing, action after action, over minutes") {
            for (const char* step : {"key Space\n", "wait 1\nkey Space\n", "wait 3\nkey Space\n",
                                     "key BackSpace\n", "wait 60\nkey Space\nwait 1\n"}) {
                INFO(step);
                CHECK(run(*app, step) == 1);
                // Every time, the message up is the save's.
                CHECK(app->toast_shown().rfind(save_failure, 0) == 0);
            }
        }
        app.reset();
        fs::remove_all(dir);
    }
}

SCENARIO("a log that is a FIFO or a device is refused, not replaced") {
    GIVEN("a log path that is a FIFO, and one that is a device node (both made in a temp folder)") {
        fs::path dir = fresh_dir("special-log");
        std::vector<fs::path> specials{dir / "fifo.jsonl"};
        REQUIRE(::mkfifo(specials[0].c_str(), 0600) == 0);
        if (::mknod((dir / "full").c_str(), S_IFCHR | 0600, makedev(1, 7)) == 0)
            specials.push_back(dir / "full"); // as root; a user may not make one
        for (const fs::path& log : specials) {
            INFO(log);
            SessionRecorder rec({}, log);
            play(rec, 2);
            SessionRecorder::Failures f = rec.take_failures();
            THEN("the failure says what it is, and the special file is still there") {
                CHECK(f.log.find("cannot replace " + log.string() + ": it is a") !=
                      std::string::npos);
                CHECK(f.log.find("Hearth replaces only regular files") != std::string::npos);
                struct stat st {};
                REQUIRE(::lstat(log.c_str(), &st) == 0);
                CHECK_FALSE(S_ISREG(st.st_mode));
            }
        }
        fs::remove_all(dir);
    }
}

SCENARIO("while the save is behind, the recorder says so with every report") {
    GIVEN("a save that cannot be written (its folder is a file)") {
        fs::path dir = fresh_dir("behind");
        REQUIRE(!write_file_atomically(dir / "file", "x"));
        SessionRecorder rec(dir / "file" / "night.save", dir / "log.jsonl");
        play(rec, 2);
        SessionRecorder::Failures first = rec.take_failures();
        REQUIRE_FALSE(first.save.empty());
        THEN("a later report with no new failure still says the save is behind") {
            SessionRecorder::Failures later = rec.take_failures();
            CHECK(later.save.empty());
            CHECK(later.save_behind == first.save);
        }
        fs::remove_all(dir);
    }
    GIVEN("a save that is written") {
        fs::path dir = fresh_dir("not-behind");
        SessionRecorder rec(dir / "night.save", dir / "log.jsonl");
        play(rec, 2);
        CHECK(rec.take_failures().save_behind.empty());
        fs::remove_all(dir);
    }
}

SCENARIO("temporary files that SIGKILL left behind are removed at the next start, by their exact "
         "pattern") {
    GIVEN("a save resumed as it is, and stale temporary files beside it, the journal's day files "
          "and the own cards") {
        fs::path dir = fresh_dir("start-clean");
        {
            auto first = table_app(dir, dir / "s.json");
            REQUIRE(run(*first, "key Space\n") == 0);
        }
        // Above the kernel's largest process id, so no process has it.
        const std::string gone =
            std::to_string(std::stol(*read_file("/proc/sys/kernel/pid_max")) + 1);
        const fs::path journal = dir / "data/hearth/journal";
        const fs::path own = dir / "data/hearth/own-cards";
        const std::vector<fs::path> stale{dir / (".s.json.tmp-" + gone),
                                          dir / (".s.json.tmp-" + gone + "-Ab12Cd"),
                                          journal / (".2026-11-26.md.tmp-" + gone + "-xY9zQ1"),
                                          own / (".microsolidarity.toml.tmp-" + gone)};
        const std::vector<fs::path> others{dir / (".t.json.tmp-" + gone),
                                           journal / (".notes.txt.tmp-" + gone),
                                           own / (".a.toml.tmp-" + gone + ".keep")};
        for (const fs::path& p : stale)
            REQUIRE_FALSE(write_file_atomically(p, std::string(1000, 'x')));
        for (const fs::path& p : others)
            REQUIRE_FALSE(write_file_atomically(p, "not Hearth's"));
        WHEN("Hearth starts again on that save") {
            auto again = table_app(dir, dir / "s.json");
            REQUIRE(run(*again, "key Space\n") == 0);
            THEN("Hearth's own stale files are gone, and nothing else is touched") {
                for (const fs::path& p : stale)
                    CHECK_FALSE(fs::exists(p));
                for (const fs::path& p : others)
                    CHECK(fs::exists(p));
            }
        }
        fs::remove_all(dir);
    }
}

// Regression: every live reload appended a whole snapshot (the table and up
// to 200 undo tables), so many reloads of a large deck grew the save past
// the 64 MiB resume reads.
SCENARIO("many live reloads leave one snapshot in the save, and it resumes") {
    GIVEN("a recorded session with twenty reloads taken during it") {
        fs::path dir = fresh_dir("snapshots");
        const Deck& deck = hearth::test::bundled_deck();
        Session s;
        std::uint64_t after_first = 0;
        {
            SessionRecorder rec(dir / "night.save", "");
            s = play(rec, 30);
            for (int i = 0; i < 20; ++i) {
                rec.snapshot(s);
                rec.flush();
                if (i == 0)
                    after_first = rec.save_bytes();
                apply_in_place(deck, s, act::Next{});
                rec.record(s);
            }
        }
        const std::string text = *read_file(dir / "night.save");
        THEN("the save holds the last snapshot only, and reads back as the session") {
            std::size_t snapshots = 0;
            for (std::size_t at = text.find("\"type\":\"snapshot\""); at != std::string::npos;
                 at = text.find("\"type\":\"snapshot\"", at + 1))
                ++snapshots;
            CHECK(snapshots == 1);
            CHECK(text.size() < after_first + 20 * 2000);
            SaveReading reading;
            auto back = session_from_json(deck, text, "night.save", &reading);
            if (auto* e = std::get_if<Diagnostic>(&back))
                FAIL(say(*e));
            CHECK(reading.from_snapshot);
            CHECK(std::get<Session>(back) == s);
        }
        fs::remove_all(dir);
    }
}

// Preferences: read with every problem at file:line:col, edited in place
// (only what the user changed), never written when damaged, and ignored by
// headless runs unless given with --config.
#include "engine/preferences.hpp"
#include "engine/scenes/table_scene.hpp"
#include "game/base/atomic_file.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

std::vector<std::string> said(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const Diagnostic& d : ds)
        out.push_back(d.str());
    return out;
}

std::string file_text(const std::filesystem::path& p) {
    return read_file(p).value_or("<missing>");
}

void write(const std::filesystem::path& p, std::string_view text) {
    REQUIRE_FALSE(write_file_atomically(p, text));
}

} // namespace

SCENARIO("the preferences file is read with every problem where it is") {
    GIVEN("no file at all") {
        PreferencesRead r = read_preferences("", "p.toml");
        CHECK(r.values == Preferences{});
        CHECK(r.problems.empty());
    }
    GIVEN("every setting") {
        PreferencesRead r = read_preferences("text_size = 130\nfull_screen = true\nsound = false\n"
                                             "[last_group]\nplayers = [\"Ana\", \"Zoë\"]\n"
                                             "format = \"circle\"\n",
                                             "p.toml");
        CHECK(r.problems.empty());
        CHECK(r.values.text_size == 130);
        CHECK(r.values.full_screen);
        CHECK_FALSE(r.values.sound);
        CHECK(r.values.players == std::vector<std::string>{"Ana", "Zoë"});
        CHECK(r.values.format == "circle");
    }
    GIVEN("numbers out of range, wrong types and a misspelt key") {
        PreferencesRead r = read_preferences("text_size = 300\nsound = \"off\"\nfull_scren = true\n"
                                             "[last_group]\nplayers = []\n",
                                             "p.toml");
        CHECK(r.parsed);
        CHECK(said(r.problems) ==
              std::vector<std::string>{
                  "p.toml:1:13: error: text_size must be a whole number from 70 to 160 "
                  "(percent), not 300",
                  "p.toml:2:9: error: sound must be true or false, not a string",
                  "p.toml:3:1: warning: unknown key 'full_scren' in the preferences, did you "
                  "mean 'full_screen'?; Hearth leaves it as it is",
                  "p.toml:5:11: error: players must name 1 to 12 players, not 0"});
        THEN("each wrong value gives way to its default") {
            CHECK(r.values == Preferences{});
        }
    }
    GIVEN("a file that is not TOML") {
        PreferencesRead r = read_preferences("text_size = 120\nsound = \n", "p.toml");
        CHECK_FALSE(r.parsed);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].str().rfind("p.toml:2:", 0) == 0);
    }
}

SCENARIO("a changed setting replaces only its own value in the file") {
    const std::string original = "# mine\n"
                                 "sound = true   # the chime\n"
                                 "text_size = 999 # wrong\n"
                                 "colour = \"teal\"\n"
                                 "\n"
                                 "[window]\n"
                                 "x = 1\n";
    Preferences p = read_preferences(original, "p.toml").values;
    WHEN("the sound is turned off") {
        p.sound = false;
        auto edited = edit_preferences(original, p, {Setting::Sound});
        REQUIRE(edited);
        THEN("that value changes and every other byte stays, the wrong text size too") {
            CHECK(*edited == "# mine\n"
                             "sound = false   # the chime\n"
                             "text_size = 999 # wrong\n"
                             "colour = \"teal\"\n"
                             "\n"
                             "[window]\n"
                             "x = 1\n");
        }
    }
    WHEN("the text size is changed, full screen turned on and a group played") {
        p.text_size = 110;
        p.full_screen = true;
        p.players = {"Ana", "Ben \"B\""};
        p.format = "circle";
        auto edited = edit_preferences(
            original, p,
            {Setting::TextSize, Setting::FullScreen, Setting::Players, Setting::Format});
        REQUIRE(edited);
        THEN(
            "the wrong value is replaced, a new key goes before the first table, the group after") {
            CHECK(*edited == "# mine\n"
                             "sound = true   # the chime\n"
                             "text_size = 110 # wrong\n"
                             "colour = \"teal\"\n"
                             "\n"
                             "full_screen = true\n"
                             "[window]\n"
                             "x = 1\n"
                             "\n"
                             "[last_group]\n"
                             "players = [\"Ana\", \"Ben \\\"B\\\"\"]\n"
                             "format = \"circle\"\n");
            PreferencesRead again = read_preferences(*edited, "p.toml");
            CHECK(again.values == p);
        }
    }
    WHEN("the file is not TOML") {
        CHECK_FALSE(edit_preferences("sound = \n", p, {Setting::Sound}));
    }
}

SCENARIO("the file: created with what was changed, never written when damaged") {
    auto dir = test::fresh_folder("prefs-file");
    const auto file = dir / "hearth" / "preferences.toml";
    GIVEN("no file yet") {
        PreferencesFile f(file);
        CHECK(f.load().empty());
        f.set_sound(false);
        REQUIRE_FALSE(f.flush());
        THEN("it holds a note and the one setting") {
            PreferencesRead r = read_preferences(file_text(file), file.string());
            CHECK(r.problems.empty());
            CHECK_FALSE(r.values.sound);
            CHECK(file_text(file).find("text_size") == std::string::npos);
        }
    }
    GIVEN("a damaged file") {
        write(file, "text_size = [120\n");
        PreferencesFile f(file);
        CHECK(said(f.load()).size() == 1);
        CHECK_FALSE(f.writable());
        f.set_text_size(120);
        f.flush();
        THEN("it is left as it was") {
            CHECK(file_text(file) == "text_size = [120\n");
        }
    }
}

SCENARIO("the App keeps what the user changes in --config's file") {
    auto dir = test::fresh_folder("prefs-app");
    const auto config = dir / "prefs.toml";
    Options o = test::table_options(dir);
    o.config = config.string();
    {
        auto app = test::headless_app(o);
        REQUIRE(test::play_script(*app, "key =\nkey =\nkey m\nkey F11\n") == 0);
    }
    PreferencesRead r = read_preferences(file_text(config), config.string());
    CHECK(r.problems.empty());
    CHECK(r.values.text_size == 120);
    CHECK_FALSE(r.values.sound);
    CHECK(r.values.full_screen);
    CHECK(r.values.players == std::vector<std::string>{"Ana", "Ben", "Caro"});
    CHECK(r.values.format == "circle");

    WHEN("the next run starts at set-up") {
        Options next = o;
        next.players.clear();
        next.format.clear();
        auto app = test::headless_app(next);
        THEN("it is muted, and the last group and format are one key away") {
            CHECK(app->audio().muted());
            // Return takes the format (the last one is chosen), Return on the
            // empty name line starts with the last group.
            REQUIRE(test::play_script(*app, "key return\nkey return\n") == 0);
            auto* table = dynamic_cast<TableScene*>(app->scene());
            REQUIRE(table);
            CHECK(seat_names(table->session()) == std::vector<std::string>{"Ana", "Ben", "Caro"});
            CHECK(table->session().start.format == "circle");
        }
    }
    WHEN("the next group is another: a digit at the names") {
        Options next = o;
        next.players.clear();
        auto app = test::headless_app(next);
        REQUIRE(test::play_script(*app, "key return\nkey 4\n") == 0);
        THEN("that many players sit, as without an offer") {
            auto* table = dynamic_cast<TableScene*>(app->scene());
            REQUIRE(table);
            CHECK(seat_names(table->session()).size() == 4);
        }
    }
}

SCENARIO("a damaged preferences file is shown and never replaced") {
    auto dir = test::fresh_folder("prefs-damaged");
    const auto config = dir / "prefs.toml";
    write(config, "sound = false\ntext_size = 1.5\n");
    Options o = test::table_options(dir);
    o.config = config.string();
    {
        auto app = test::headless_app(o);
        REQUIRE(app->errors_shown() ==
                std::vector<std::string>{config.string() +
                                         ":2:13: error: text_size must be a whole number from 70 "
                                         "to 160 (percent), not a number with a fraction"});
        CHECK(app->audio().muted()); // the good value is used
        REQUIRE(test::play_script(*app, "key escape\nkey m\n") == 0);
        CHECK(app->errors_shown().empty());
    }
    THEN("only what the user changed is written (the sound, the group); the wrong value waits") {
        CHECK(file_text(config) == "sound = true\ntext_size = 1.5\n"
                                   "\n[last_group]\nplayers = [\"Ana\", \"Ben\", \"Caro\"]\n"
                                   "format = \"circle\"\n");
    }
}

SCENARIO("headless runs ignore the user's preferences unless given --config") {
    auto dir = test::fresh_folder("prefs-ignored");
    setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    const auto users = dir / "config" / "hearth" / "preferences.toml";
    write(users, "sound = false\n");
    {
        auto app = test::headless_app(test::table_options(dir));
        CHECK_FALSE(app->audio().muted());
        CHECK(app->preferences().file().empty());
        REQUIRE(test::play_script(*app, "key m\nkey =\n") == 0);
    }
    CHECK(file_text(users) == "sound = false\n");
    unsetenv("XDG_CONFIG_HOME");
}

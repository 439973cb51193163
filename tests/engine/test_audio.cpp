// The chime at a timer's end, recorded through SDL's disk audio driver
// (SDL_AUDIODRIVER=disk writes what would be played to SDL_DISKAUDIOFILE,
// in real time): sounds after the end, silence before it, silence muted.
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>

using namespace hearth;
using test::EnvSet;

namespace {

// The samples recorded in `file` (signed 16-bit, as the mixer opens the
// device); none when nothing was recorded.
std::vector<std::int16_t> recorded(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::int16_t> out(bytes.size() / 2);
    if (!out.empty())
        std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

std::size_t loud(const std::vector<std::int16_t>& samples) {
    std::size_t n = 0;
    for (std::int16_t s : samples)
        n += s > 200 || s < -200;
    return n;
}

// A headless table recording its sound into dir/out.raw; `script` after
// the answer timer (60 s) has started.
struct Recording {
    std::filesystem::path dir, raw;
    EnvSet driver, file;
    std::unique_ptr<App> app;
    Recording(const std::string& name, const std::string& script)
        : dir(test::fresh_folder(name)), raw(dir / "out.raw"), driver("SDL_AUDIODRIVER", "disk"),
          file("SDL_DISKAUDIOFILE", raw.c_str()),
          app(test::headless_app(test::table_options(dir))) {
        REQUIRE(app->audio().enabled());
        REQUIRE(test::play_script(*app, test::kPastOpening + "key space\nkey space\n" + script) ==
                0);
    }
    void play(const std::string& script) { REQUIRE(test::play_script(*app, script) == 0); }
    // Closes the device: the file is complete.
    std::vector<std::int16_t> samples() {
        app.reset();
        return recorded(raw);
    }
};

} // namespace

SCENARIO("the timer's end chimes: recorded through SDL's disk audio driver") {
    GIVEN("a timer 1 s from its end, and half a second of real time") {
        Recording r("chime-before", "wait 59\nsleep 0.5\n");
        THEN("nothing sounds: the device is not even open") {
            CHECK(r.app->audio().started() == 0);
            CHECK_FALSE(r.app->audio().device_open());
            CHECK(loud(r.samples()) == 0);
        }
    }
    GIVEN("the timer reaching its end, and 1.5 s of real time") {
        Recording r("chime-after", "wait 59\nwait 1\nsleep 1.5\n");
        THEN("the chime is in the recording") {
            CHECK(r.app->audio().started() == 1);
            std::vector<std::int16_t> s = r.samples();
            CHECK(s.size() > 44100); // over half a second of stereo at 44.1 kHz
            CHECK(loud(s) > 10000);
        }
    }
    GIVEN("the sound muted with M before the end") {
        Recording r("chime-muted", "key m\n");
        CHECK(r.app->toast_shown() == "Sound off");
        r.play("wait 60\nsleep 1.0\n");
        THEN("nothing sounds") {
            CHECK(r.app->audio().started() == 0);
            CHECK(loud(r.samples()) == 0);
        }
        WHEN("M again") {
            r.play("key m\n");
            THEN("the room is told the sound is back") {
                CHECK(r.app->toast_shown() == "Sound on");
                CHECK_FALSE(r.app->audio().muted());
            }
        }
    }
}

SCENARIO("headless runs are silent without SDL_AUDIODRIVER") {
    EnvSet none("SDL_AUDIODRIVER", nullptr);
    auto dir = test::fresh_folder("chime-silent");
    auto app = test::headless_app(test::table_options(dir));
    CHECK_FALSE(app->audio().enabled());
    REQUIRE(test::play_script(*app, test::kPastOpening + "key space\nkey space\nwait 61\n") == 0);
    CHECK(app->audio().started() == 0);
}

SCENARIO("a machine without an audio device stays silent and plays on") {
    EnvSet missing("SDL_AUDIODRIVER", "no-such-driver");
    auto dir = test::fresh_folder("chime-no-device");
    auto app = test::headless_app(test::table_options(dir));
    REQUIRE(test::play_script(*app, test::kPastOpening +
                                        "key space\nkey space\nwait 61\nkey space\n") == 0);
    CHECK(app->audio().started() == 0);
    CHECK_FALSE(app->audio().device_open());
    CHECK(app->scene() != nullptr);
}

namespace {
int peak(const std::vector<std::int16_t>& samples) {
    int p = 0;
    for (std::int16_t s : samples)
        p = std::max(p, std::abs(int(s)));
    return p;
}
} // namespace

// Regression: solo's reflection timer ran out in silence; the only sign was
// a small pink 0:00 in a corner.
SCENARIO("solo's quiet timer ends with the chime, softer than the table's") {
    GIVEN("a solo session whose reflection timer (Ctrl+T) runs out, and the table's chime") {
        std::filesystem::path dir = test::fresh_folder("chime-solo");
        EnvSet data("XDG_DATA_HOME", (dir / "data").c_str());
        EnvSet driver("SDL_AUDIODRIVER", "disk");
        std::vector<std::int16_t> solo, table;
        {
            EnvSet file("SDL_DISKAUDIOFILE", (dir / "solo.raw").c_str());
            Options o = test::table_options(dir);
            o.players.clear();
            o.format.clear();
            o.solo = true;
            auto app = test::headless_app(o);
            REQUIRE(app->audio().enabled());
            REQUIRE(test::play_script(*app, "key Ctrl+T\nwait 301\nsleep 1.5\n") == 0);
            CHECK(app->audio().started() == 1);
        }
        solo = recorded(dir / "solo.raw");
        {
            Recording r("chime-solo-table", "wait 60\nsleep 1.5\n");
            table = r.samples();
        }
        THEN("the chime is recorded, at about half the table's loudness") {
            CHECK(loud(solo) > 1000);
            CHECK(peak(solo) < peak(table) * 3 / 4);
            CHECK(peak(solo) > peak(table) / 4);
        }
    }
}

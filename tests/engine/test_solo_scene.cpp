// The solo scene driven with the key events a keyboard sends (modifiers
// included), through the platform's input map and the binding table as the
// App does, checked against the journal on disk.
#include "engine/app.hpp"
#include "engine/cli_options.hpp"
#include "engine/headless_runner.hpp"
#include "engine/input_map.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/session/session_save.hpp"
#include "tests/engine_fixture.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <random>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct FakeHost : SceneHost {
    Deck deck_;
    Options options_;
    std::int64_t now = 0;
    std::vector<std::string> toasts;
    bool text_on = false;
    bool quitted = false;
    Bindings keys = Bindings::standard();

    FakeHost() {
        auto r = load_deck(HEARTH_BUNDLED_DECKS "/microsolidarity");
        REQUIRE(r.ok());
        deck_ = std::move(*r.deck);
        options_.headless = false; // no progress lines on stdout
    }
    const Deck& deck() const override { return deck_; }
    const Options& options() const override { return options_; }
    std::int64_t now_ms() const override { return now; }
    void switch_to(std::unique_ptr<Scene>) override {}
    void toast(std::string m) override { toasts.push_back(std::move(m)); }
    void session_changed(const Session&) override {}
    void text_input(bool on) override { text_on = on; }
    std::filesystem::path summary_file() const override { return "summary.md"; }
    void quit() override { quitted = true; }
    const Bindings& bindings() const override { return keys; }
};

struct TempFolder {
    fs::path path =
        fs::temp_directory_path() / ("hearth-solo-" + std::to_string(std::random_device{}()));
    ~TempFolder() { fs::remove_all(path); }
};

SDL_Event key(SDL_Keycode k, Uint16 mod = KMOD_NONE) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    return e;
}

SDL_Event text(const char* s) {
    SDL_Event e{};
    e.type = SDL_TEXTINPUT;
    std::snprintf(e.text.text, sizeof e.text.text, "%s", s);
    return e;
}

SDL_Event editing(const char* s) {
    SDL_Event e{};
    e.type = SDL_TEXTEDITING;
    std::snprintf(e.edit.text, sizeof e.edit.text, "%s", s);
    return e;
}

// Delivers an SDL event the way the App does: the platform's input map
// makes it Hearth's, the binding table gives it its meaning in the scene's
// layer. Returns the command it became, if any.
std::optional<Command> deliver(Scene& scene, SceneHost& host, const SDL_Event& e) {
    InputMap map;
    std::optional<InputEvent> in = map.map(e);
    if (!in)
        return std::nullopt;
    if (const auto* t = std::get_if<TextInput>(&in->what)) {
        scene.on_text(*t, host);
        return std::nullopt;
    }
    std::optional<Input> meant = host.bindings().resolve(*in, scene.layer());
    if (meant)
        scene.on_input(*meant, host);
    return meant ? std::optional(meant->command) : std::nullopt;
}

// Types `s` as a keyboard does: a key press, then its text.
void type(SoloScene& scene, FakeHost& host, const std::string& s) {
    for (char c : s) {
        CHECK_FALSE(deliver(scene, host, key(SDL_Keycode(c)))); // never a table command
        char t[2] = {c, 0};
        deliver(scene, host, text(t));
    }
}

std::vector<JournalEntry> on_disk(const fs::path& folder) {
    Journal j(folder);
    std::vector<JournalEntry> out;
    for (Date d : j.days())
        for (auto& e : j.read_day(d).entries)
            out.push_back(e);
    return out;
}

} // namespace

SCENARIO("in a solo session, typing goes straight into the journal entry") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("a solo scene showing the card of the day") {
        SoloScene scene(host.deck(), tmp.path, 7, host);
        REQUIRE(scene.editing());
        CHECK(host.text_on);
        const std::string first_card = scene.card_id();
        WHEN("letters that are table keys are typed (s skip, k keep, p pause, 0 pass, space)") {
            type(scene, host, "skp0 b.");
            THEN("they are text") {
                CHECK(scene.writer().editor().text() == "skp0 b.");
            }
        }
        WHEN("text is typed, a word deleted with Ctrl+Backspace and the deletion undone") {
            type(scene, host, "hello there");
            deliver(scene, host, key(SDLK_BACKSPACE, KMOD_LCTRL));
            CHECK(scene.writer().editor().text() == "hello ");
            deliver(scene, host, key(SDLK_z, KMOD_LCTRL));
            THEN("the word is back") {
                CHECK(scene.writer().editor().text() == "hello there");
            }
        }
        WHEN("Shift+Left selects and typing replaces the selection") {
            type(scene, host, "abc");
            deliver(scene, host, key(SDLK_LEFT, KMOD_LSHIFT));
            deliver(scene, host, key(SDLK_LEFT, KMOD_LSHIFT));
            deliver(scene, host, text("Z"));
            THEN("the two letters are replaced") {
                CHECK(scene.writer().editor().text() == "aZ");
            }
        }
        WHEN("an input method composes and then commits") {
            deliver(scene, host, editing("\xE3\x81\xAB"));          // に
            CHECK_FALSE(deliver(scene, host, key(SDLK_BACKSPACE))); // the IME's own key
            CHECK(scene.writer().editor().text().empty());
            deliver(scene, host, editing(""));
            deliver(scene, host, text("\xE6\x97\xA5")); // 日
            THEN("only the committed text is in the entry") {
                CHECK(scene.writer().editor().text() == "\xE6\x97\xA5");
            }
        }
        WHEN("a line is typed and Ctrl+Return draws another card") {
            type(scene, host, "# first\n---");
            deliver(scene, host, key(SDLK_RETURN));
            deliver(scene, host, key(SDLK_RETURN, KMOD_LCTRL));
            THEN("the entry is on disk at once and the new card's entry is empty") {
                CHECK(scene.card_id() != first_card);
                CHECK(scene.writer().editor().text().empty());
                auto entries = on_disk(tmp.path);
                REQUIRE(entries.size() == 1);
                CHECK(entries[0].text == "# first\n---\n");
                CHECK(entries[0].card_id == first_card);
            }
        }
        WHEN("three cards are written about within one second") {
            // What broke: entries started in the same second shared an id,
            // and the second one's save replaced the first.
            type(scene, host, "one");
            deliver(scene, host, key(SDLK_RETURN, KMOD_LCTRL));
            type(scene, host, "two");
            deliver(scene, host, key(SDLK_RETURN, KMOD_LCTRL));
            type(scene, host, "three");
            deliver(scene, host, key(SDLK_s, KMOD_LCTRL));
            THEN("all three are on disk") {
                auto entries = on_disk(tmp.path);
                REQUIRE(entries.size() == 3);
                CHECK(entries[0].text == "one");
                CHECK(entries[1].text == "two");
                CHECK(entries[2].text == "three");
            }
        }
        WHEN("another card is drawn, then Ctrl+D") {
            deliver(scene, host, key(SDLK_PAGEDOWN));
            CHECK(scene.card_id() != first_card);
            deliver(scene, host, key(SDLK_d, KMOD_LCTRL));
            THEN("the card of the day is back") {
                CHECK(scene.card_id() == first_card);
            }
        }
        WHEN("Escape puts the journal aside") {
            type(scene, host, "kept");
            CHECK(deliver(scene, host, key(SDLK_ESCAPE)) == Command::Leave);
            THEN("the entry is saved, keys are commands again, and Return comes back") {
                CHECK_FALSE(scene.editing());
                CHECK_FALSE(host.text_on);
                CHECK(on_disk(tmp.path).size() == 1);
                CHECK(deliver(scene, host, key(SDLK_s)) == Command::Skip); // the table's S
                CHECK(deliver(scene, host, key(SDLK_RETURN)) == Command::Journal);
                CHECK(scene.editing());
            }
            AND_WHEN("Escape comes as the Leave command") {
                scene.on_input(Input{Command::Leave}, host);
                THEN("the session ends") {
                    CHECK(host.quitted);
                }
            }
            AND_WHEN("Next comes (Space, PageDown, a clicker)") {
                scene.on_input(Input{Command::Next}, host);
                THEN("another card is drawn and the editor has the keys") {
                    CHECK(scene.card_id() != first_card);
                    CHECK(scene.editing());
                }
            }
        }
    }
}

SCENARIO("what is typed is saved within a second, and when the scene ends") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("text typed into a solo scene") {
        auto scene = std::make_unique<SoloScene>(host.deck(), tmp.path, 7, host);
        type(*scene, host, "Nothing is lost");
        THEN("the loop is asked to wake in time to save it") {
            REQUIRE(scene->wake_in_ms() >= 0);
            CHECK(scene->wake_in_ms() <= 1000);
            CHECK(scene->writer().unsaved());
        }
        WHEN("the scene ends (quitting)") {
            scene.reset();
            THEN("the entry is on disk") {
                auto entries = on_disk(tmp.path);
                REQUIRE(entries.size() == 1);
                CHECK(entries[0].text == "Nothing is lost");
            }
            AND_WHEN("a new session shows the same card") {
                SoloScene again(host.deck(), tmp.path, 7, host);
                THEN("the earlier entry is offered, and Ctrl+L looks back at it") {
                    REQUIRE(again.earlier());
                    CHECK(again.earlier()->text == "Nothing is lost");
                    deliver(again, host, key(SDLK_l, KMOD_LCTRL));
                    CHECK_FALSE(again.editing());
                    CHECK(deliver(again, host, key(SDLK_ESCAPE)) == Command::Journal);
                    CHECK(again.editing());
                }
            }
        }
    }
}

SCENARIO("the journal's keys are the binding table's, in what they do and in the help") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("a solo scene") {
        SoloScene scene(host.deck(), tmp.path, 7, host);
        auto line = [&](const std::string& what) {
            for (const auto& [keys, text] : scene.help(host.bindings()))
                if (text == what)
                    return keys;
            return std::string("none");
        };
        THEN("the help names the editing keys of the table") {
            CHECK(line("undo, redo") == "Ctrl+Z, Ctrl+Y");
            CHECK(line("draw another card (your entry is kept)") == "Ctrl+Return, PageDown");
            CHECK(line("this help, full screen") == "F1, F11");
        }
        WHEN("undo is rebound from Ctrl+Z to Ctrl+U") {
            for (Binding& b : host.keys.rows())
                if (b.command == Command::Undo) {
                    b.trigger = Chord{Key::U, kCtrl};
                    b.label = "Ctrl+U";
                }
            type(scene, host, "hello there");
            deliver(scene, host, key(SDLK_BACKSPACE, KMOD_LCTRL));
            THEN("Ctrl+U undoes, Ctrl+Z does not, and the help says Ctrl+U") {
                deliver(scene, host, key(SDLK_z, KMOD_LCTRL));
                CHECK(scene.writer().editor().text() == "hello ");
                deliver(scene, host, key(SDLK_u, KMOD_LCTRL));
                CHECK(scene.writer().editor().text() == "hello there");
                CHECK(line("undo, redo") == "Ctrl+U, Ctrl+Y");
            }
        }
    }
}

namespace {

// Runs `script` in `hearth --headless --solo` at w x h with the journal under
// `data`; returns where the editor and the caret were drawn, and the shot.
struct SoloShot {
    SDL_Rect box{}, caret{};
    SurfacePtr picture;
};

SoloShot run_solo(const fs::path& data, int w, int h, const std::string& script) {
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    Options o;
    o.headless = true;
    o.solo = true;
    o.width = w;
    o.height = h;
    o.seed = 3;
    o.out = (data / "out").string();
    auto steps = parse_script(script, "solo", [](std::string_view k) {
        return SDL_GetKeyFromName(std::string(k).c_str()) != SDLK_UNKNOWN;
    });
    REQUIRE(std::holds_alternative<std::vector<ScriptStep>>(steps));
    std::string error;
    auto backend = open_headless(w, h, error);
    REQUIRE(backend);
    SoloShot out;
    {
        App app(o, std::move(backend), HEARTH_BUNDLED_DECKS "/microsolidarity",
                find_assets_dir() / "fonts");
        HeadlessRunner runner(app, std::get<std::vector<ScriptStep>>(steps), "solo", o.out);
        CHECK(runner.run() == 0);
        auto* solo = dynamic_cast<SoloScene*>(app.scene());
        REQUIRE(solo);
        out.box = solo->editor_box();
        out.caret = solo->caret_rect();
    }
    ::unsetenv("XDG_DATA_HOME");
    SurfacePtr raw(IMG_Load((data / "out" / "shot.png").c_str()));
    REQUIRE(raw);
    out.picture.reset(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    return out;
}

Color pixel(SDL_Surface* s, int x, int y) {
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

bool inside(SDL_Rect inner, SDL_Rect outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

} // namespace

SCENARIO("the journal is drawn beside the card, and a long entry scrolls with its caret") {
    TempFolder tmp;
    GIVEN("an entry of sixty lines typed in a 1280x720 window") {
        std::string script;
        for (int i = 1; i <= 60; ++i)
            script += "type line " + std::to_string(i) + " of a long entry\nkey Return\n";
        script += "type the end\nshot shot\n";
        SoloShot s = run_solo(tmp.path, 1280, 720, script);
        THEN("the editor sits right of the card and the caret is drawn inside it, in orange") {
            CHECK(s.box.x > 1280 / 3);
            REQUIRE(s.caret.h > 0);
            CHECK(inside(s.caret, s.box));
            Color c = pixel(s.picture.get(), s.caret.x + s.caret.w / 2, s.caret.y + s.caret.h / 2);
            CHECK(c == theme::kOrange);
            CHECK(s.caret.y > s.box.y + s.box.h / 2); // scrolled to the bottom, not the top
        }
        THEN("the whole entry is in the day file") {
            auto entries = on_disk(tmp.path / "hearth/journal");
            REQUIRE(entries.size() == 1);
            CHECK(entries[0].text.rfind("line 1 of a long entry\n", 0) == 0);
            CHECK(entries[0].text.size() > 60 * 20);
        }
    }
    GIVEN("a click at the start of the entry's first line, then typing") {
        SoloShot s = run_solo(tmp.path, 1280, 720,
                              "type hello\nshot shot\nclick 556 100\ntype X\nshot shot\n");
        THEN("the caret moved there") {
            REQUIRE(s.box.x < 556);
            REQUIRE(s.box.y < 100);
            auto entries = on_disk(tmp.path / "hearth/journal");
            REQUIRE(entries.size() == 1);
            CHECK(entries[0].text == "Xhello");
        }
    }
    GIVEN("a portrait screen") {
        SoloShot s = run_solo(tmp.path, 720, 1280, "type hello\nshot shot\n");
        THEN("the editor is under the card") {
            CHECK(s.box.y > 1280 * 45 / 100);
            CHECK(inside(s.caret, s.box));
        }
    }
}

SCENARIO("choosing Solo reflection on the set-up screen opens the journal") {
    TempFolder tmp;
    ::setenv("XDG_DATA_HOME", tmp.path.c_str(), 1);
    Options o;
    o.headless = true;
    o.width = 1280;
    o.height = 720;
    o.seed = 3;
    o.out = (tmp.path / "out").string();
    auto steps = parse_script("key Down\nkey Down\nkey Down\nkey Return\ntype set up\n", "s",
                              [](std::string_view) { return true; });
    std::string error;
    auto backend = open_headless(1280, 720, error);
    REQUIRE(backend);
    {
        App app(o, std::move(backend), HEARTH_BUNDLED_DECKS "/microsolidarity",
                find_assets_dir() / "fonts");
        HeadlessRunner(app, std::get<std::vector<ScriptStep>>(steps), "s", o.out).run();
        auto* solo = dynamic_cast<SoloScene*>(app.scene());
        REQUIRE(solo);
        CHECK(solo->writer().editor().text() == "set up");
    }
    ::unsetenv("XDG_DATA_HOME");
    auto entries = on_disk(tmp.path / "hearth/journal");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].text == "set up");
}

SCENARIO("Japanese and emoji typed in the journal: the caret steps one character at a time") {
    GIVEN("日本語🔥 typed, then Left pressed 0 to 4 times") {
        std::vector<int> xs;
        std::string saved;
        for (int lefts = 0; lefts <= 4; ++lefts) {
            TempFolder tmp;
            std::string script = "type 日本語🔥\n";
            for (int k = 0; k < lefts; ++k)
                script += "key Left\n";
            script += "shot shot\n";
            SoloShot s = run_solo(tmp.path, 1280, 720, script);
            REQUIRE(s.caret.h > 0);
            xs.push_back(s.caret.x);
            auto entries = on_disk(tmp.path / "hearth/journal");
            REQUIRE(entries.size() == 1);
            saved = entries[0].text;
        }
        TempFolder empty;
        SoloShot start = run_solo(empty.path, 1280, 720, "type a\nkey Left\nshot shot\n");
        THEN("each Left moves back over one character, and four reach the start") {
            CHECK(saved == "日本語🔥");
            INFO(xs[0] << " " << xs[1] << " " << xs[2] << " " << xs[3] << " " << xs[4]);
            for (int k = 0; k < 4; ++k)
                CHECK(xs[k + 1] < xs[k]);
            // The three ideographs are set in one font, one em each.
            CHECK(std::abs((xs[1] - xs[2]) - (xs[2] - xs[3])) <= 1);
            CHECK(std::abs((xs[2] - xs[3]) - (xs[3] - xs[4])) <= 1);
            CHECK(xs[4] == start.caret.x);
        }
    }
}

// Regression: the pause screen did not stop the reflection timer, which
// counted on the engine clock: start, a minute paused, resume showed 3:58.
SCENARIO("the pause screen stops the reflection timer") {
    TempFolder tmp;
    FakeHost host;
    SoloScene scene(host.deck(), tmp.path, 7, host);
    REQUIRE(deliver(scene, host, key(SDLK_t, KMOD_LCTRL)) == Command::Timer);
    REQUIRE(timer_view(scene.session()).state == TimerState::Running);
    const std::int64_t total = timer_view(scene.session()).remaining_ms;
    host.now += 1000;
    scene.advance(1000, host);
    WHEN("the table is paused for a minute and resumed") {
        scene.set_paused(true, host);
        CHECK(scene.session().paused);
        host.now += 60000; // the App does not advance a paused scene
        scene.set_paused(false, host);
        scene.advance(0, host);
        THEN("the timer lost only the second it ran") {
            CHECK(timer_view(scene.session()).remaining_ms == total - 1000);
            CHECK(countdown_text(timer_view(scene.session()).remaining_ms) == "4:59");
        }
    }
    WHEN("the person paused the timer themselves before the pause screen") {
        deliver(scene, host, key(SDLK_t, KMOD_LCTRL));
        REQUIRE(timer_view(scene.session()).state == TimerState::Paused);
        scene.set_paused(true, host);
        host.now += 60000;
        scene.set_paused(false, host);
        THEN("it stays paused") {
            CHECK(timer_view(scene.session()).state == TimerState::Paused);
            CHECK(timer_view(scene.session()).remaining_ms == total - 1000);
        }
    }
}

// Regression: solo had a timer of its own beside the session's; now the
// reflection timer is the session's prompt timer, paused by the session.
SCENARIO("solo's reflection timer is the session's timer") {
    TempFolder tmp;
    FakeHost host;
    SoloScene scene(host.deck(), tmp.path, 7, host);
    GIVEN("the timer started with Ctrl+T") {
        deliver(scene, host, key(SDLK_t, KMOD_LCTRL));
        const Session& s = scene.session();
        THEN("it is the prompt step's timer of the solo format, five minutes") {
            CHECK(current_step(host.deck(), s).kind == TurnKind::Prompt);
            CHECK(timer_view(s).kind == TimerKind::Prompt);
            CHECK(timer_view(s).remaining_ms == 300000);
            CHECK(countdown_text(timer_view(s).remaining_ms) == "5:00");
        }
        WHEN("a second runs, Ctrl+T pauses through the session, 60 s of clock pass, Ctrl+T") {
            host.now += 1000;
            scene.advance(1000, host);
            deliver(scene, host, key(SDLK_t, KMOD_LCTRL));
            CHECK(scene.session().paused);
            for (int i = 0; i < 60; ++i) { // the clock runs on; the session does not take it
                host.now += 1000;
                scene.advance(1000, host);
            }
            deliver(scene, host, key(SDLK_t, KMOD_LCTRL));
            THEN("4:59 are left, not 3:58, and the session's log says why") {
                CHECK(!scene.session().paused);
                CHECK(timer_view(scene.session()).remaining_ms == 299000);
                CHECK(countdown_text(timer_view(scene.session()).remaining_ms) == "4:59");
                std::vector<std::string> names;
                for (const LogEntry& e : scene.session().log)
                    names.emplace_back(action_name(e.action));
                CHECK(names == std::vector<std::string>{"next", "next", "tick", "pause", "resume"});
            }
        }
        WHEN("the five minutes run out") {
            for (int i = 0; i < 300; ++i) {
                host.now += 1000;
                scene.advance(1000, host);
            }
            THEN("the session's timer expired and the person is told, once") {
                CHECK(timer_view(scene.session()).state == TimerState::Expired);
                CHECK(std::count(host.toasts.begin(), host.toasts.end(),
                                 "The reflection time is over. Write on as long as you like.") ==
                      1);
            }
        }
    }
}

// Regression: solo drew from a pool and a random generator of its own, so a
// solo session's cards were not the rules' (and could not be logged or saved).
SCENARIO("draws in solo come from the session's pile") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("a solo scene with seed 7, and the rules' own solo session with that seed") {
        SoloScene scene(host.deck(), tmp.path, 7, host);
        std::time_t now = std::time(nullptr);
        std::tm tm{};
        localtime_r(&now, &tm);
        SessionStart start;
        start.seed = 7;
        start.format = "solo";
        start.players = {""};
        start.first = card_of_the_day(host.deck(), tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
        Session rules = std::get<Session>(start_session(host.deck(), start));
        auto draw = [&] {
            do
                REQUIRE(!apply_in_place(host.deck(), rules, act::Next{}));
            while (current_step(host.deck(), rules).kind != TurnKind::Draw);
            return rules.table.in_play;
        };
        THEN("the first card is the card of the day, drawn from the session's pile") {
            CHECK(scene.session().start.first == start.first);
            CHECK(scene.session().start.seed == 7);
            CHECK(scene.card_id() == start.first);
            CHECK(scene.card_id() == draw());
            CHECK(scene.session().table.draw_pile == rules.table.draw_pile);
        }
        WHEN("ten more cards are drawn, with Ctrl+Return and PageDown") {
            std::vector<std::string> shown, expected;
            draw();
            for (int i = 0; i < 10; ++i) {
                if (i % 2)
                    deliver(scene, host, key(SDLK_PAGEDOWN));
                else
                    deliver(scene, host, key(SDLK_RETURN, KMOD_LCTRL));
                shown.push_back(scene.card_id());
                expected.push_back(draw());
            }
            THEN("they are the cards the rules draw, in order") {
                CHECK(shown == expected);
                CHECK(scene.session().table == rules.table);
            }
        }
    }
}

SCENARIO("with the journal put aside, solo takes the table's skip, keep and back") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("a solo scene with the journal aside, after drawing one more card") {
        SoloScene scene(host.deck(), tmp.path, 7, host);
        const std::string today = scene.card_id();
        deliver(scene, host, key(SDLK_PAGEDOWN));
        const std::string second = scene.card_id();
        REQUIRE(second != today);
        type(scene, host, "about the second");
        deliver(scene, host, key(SDLK_ESCAPE));
        REQUIRE_FALSE(scene.editing());
        WHEN("S skips the card") {
            CHECK(deliver(scene, host, key(SDLK_s)) == Command::Skip);
            THEN("another card is on show, the skipped one is under the pile, the entry kept") {
                CHECK(scene.card_id() != second);
                CHECK(scene.session().table.draw_pile.front() == second);
                auto entries = on_disk(tmp.path);
                REQUIRE(entries.size() == 1);
                CHECK(entries[0].card_id == second);
            }
        }
        WHEN("K keeps it") {
            CHECK(deliver(scene, host, key(SDLK_k)) == Command::Keep);
            THEN("the card is the seat's and stays on show with its entry") {
                REQUIRE(scene.session().table.kept.size() == 1);
                CHECK(scene.session().table.kept[0].card == second);
                CHECK(scene.card_id() == second);
                CHECK(scene.writer().editor().text() == "about the second");
            }
        }
        WHEN("Backspace goes back") {
            CHECK(deliver(scene, host, key(SDLK_BACKSPACE)) == Command::Back);
            THEN("the card of the day is back, the second card on top of the pile") {
                CHECK(scene.card_id() == today);
                CHECK(scene.session().table.draw_pile.back() == second);
                CHECK(on_disk(tmp.path).size() == 1);
                AND_WHEN("it is pressed again") {
                    deliver(scene, host, key(SDLK_BACKSPACE));
                    THEN("it stays on the first card: there is nothing before it") {
                        CHECK(scene.card_id() == today);
                        CHECK(host.toasts.back() == "There is nothing to undo");
                    }
                }
            }
        }
    }
}

SCENARIO("a solo session is logged, saved and resumed like a table's") {
    TempFolder tmp;
    ::setenv("XDG_DATA_HOME", tmp.path.c_str(), 1);
    const fs::path save = tmp.path / "solo.save";
    const fs::path log = tmp.path / "solo.log";
    struct Ran {
        std::string card;
        Session session;
    };
    auto run = [&](const std::string& script) {
        Options o;
        o.headless = true;
        o.solo = true;
        o.width = 640;
        o.height = 400;
        o.seed = 3;
        o.out = (tmp.path / "out").string();
        o.resume = save.string();
        o.log = log.string();
        auto app = test::headless_app(o);
        CHECK(test::play_script(*app, script, "solo.txt") == 0);
        auto* solo = dynamic_cast<SoloScene*>(app->scene());
        REQUIRE(solo);
        return Ran{solo->card_id(), solo->session()};
    };
    GIVEN("hearth --solo --resume FILE --log FILE, two cards drawn after the card of the day") {
        Ran first = run("type first\nkey PageDown\nkey PageDown\ntype third\n");
        REQUIRE(first.card != first.session.start.first);
        THEN("the save and the log hold the session") {
            FakeHost host;
            auto loaded = load_session(host.deck(), save);
            REQUIRE(std::holds_alternative<Session>(loaded));
            CHECK(std::get<Session>(loaded).table == first.session.table);
            auto text = read_file(log);
            REQUIRE(text);
            CHECK(text->find("\"first\":\"" + first.session.start.first + "\"") !=
                  std::string::npos);
        }
        WHEN("it is run again with the same save") {
            Ran again = run("");
            THEN("it goes on at the same card, and Ctrl+D still goes back to the card of the day") {
                CHECK(again.card == first.card);
                CHECK(again.session.table == first.session.table);
                Ran today = run("key Ctrl+D\n");
                CHECK(today.card == first.session.start.first);
            }
        }
    }
    ::unsetenv("XDG_DATA_HOME");
}

namespace {

// Separate bands of rows holding `c` in the rectangle (lines of text).
int text_bands(SDL_Surface* s, SDL_Rect r, Color c) {
    int bands = 0;
    bool in = false;
    for (int y = std::max(0, r.y); y < std::min(s->h, r.y + r.h); ++y) {
        bool any = false;
        for (int x = std::max(0, r.x); x < std::min(s->w, r.x + r.w) && !any; ++x)
            any = pixel(s, x, y) == c;
        bands += any && !in ? 1 : 0;
        in = any;
    }
    return bands;
}

} // namespace

SCENARIO("the writing screen names its keys in a quiet line") {
    TempFolder tmp;
    SoloShot s = run_solo(tmp.path, 1280, 720, "type hello\nshot shot\n");
    // Under the editor: the save state, and the keys (F1, another card, look back).
    SDL_Rect below{s.box.x, s.box.y + s.box.h, s.box.w, 720 - (s.box.y + s.box.h)};
    CHECK(text_bands(s.picture.get(), below, theme::kMuted) >= 2);
}

SCENARIO("looking back shows each entry under its card's question") {
    TempFolder tmp;
    SoloShot s = run_solo(tmp.path, 1280, 720,
                          "type hello\nkey Ctrl+Return\ntype two\nkey Ctrl+L\nshot shot\n");
    // The entry's pane (the right part) holds the question, in sky blue.
    SDL_Rect pane{1280 / 2, 100, 1280 / 2 - 40, 500};
    CHECK(text_bands(s.picture.get(), pane, theme::kSky) >= 1);
}

SCENARIO("text the journal cannot take is kept under an unpredictable name, and the run fails") {
    TempFolder tmp;
    FakeHost host;
    GIVEN("a journal folder that cannot be made, a home that is a file, and a directory planted "
          "at the rescue path's old predictable name") {
        fs::create_directories(tmp.path / "tmp");
        REQUIRE_FALSE(write_file_atomically(tmp.path / "blocker", "not a folder\n"));
        fs::create_directories(tmp.path / "tmp" /
                               ("hearth-unsaved-entry-" + std::to_string(::getpid()) + ".md"));
        const std::string old_home = std::getenv("HOME") ? std::getenv("HOME") : "";
        const std::string old_tmp = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
        ::setenv("HOME", (tmp.path / "blocker").c_str(), 1);
        ::setenv("TMPDIR", (tmp.path / "tmp").c_str(), 1);
        {
            SoloScene scene(host.deck(), tmp.path / "blocker" / "journal", 7, host);
            type(scene, host, "Keep this somewhere");
        } // Hearth closes with the entry unsaved
        ::setenv("HOME", old_home.c_str(), 1);
        if (old_tmp.empty())
            ::unsetenv("TMPDIR");
        else
            ::setenv("TMPDIR", old_tmp.c_str(), 1);
        THEN("the text is in a new file in the temporary folder, and Hearth will not exit 0") {
            int kept = 0;
            for (const auto& e : fs::directory_iterator(tmp.path / "tmp")) {
                const std::string name = e.path().filename().string();
                if (fs::is_regular_file(e.path()) &&
                    name.rfind("hearth-unsaved-entry-" + std::to_string(::getpid()) + "-", 0) ==
                        0) {
                    CHECK(read_file(e.path())->find("Keep this somewhere") != std::string::npos);
                    CHECK((fs::status(e.path()).permissions() & fs::perms::others_all) ==
                          fs::perms::none);
                    ++kept;
                }
            }
            CHECK(kept == 1);
            CHECK(journal_entry_lost());
        }
    }
}

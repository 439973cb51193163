// The solo scene driven with the key events a keyboard sends (modifiers
// included), checked against the journal on disk.
#include "engine/cli_options.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "game/atomic_file.hpp"
#include "game/deck_loader.hpp"

#include <catch2/catch.hpp>

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
    std::string save_folder() const override { return "."; }
    void quit() override { quitted = true; }
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

// Types `s` as a keyboard does: a key press, then its text.
void type(SoloScene& scene, FakeHost& host, const std::string& s) {
    for (char c : s) {
        CHECK(scene.on_event(key(SDL_Keycode(c)), host)); // never a table command
        char t[2] = {c, 0};
        CHECK(scene.on_event(text(t), host));
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
            scene.on_event(key(SDLK_BACKSPACE, KMOD_LCTRL), host);
            CHECK(scene.writer().editor().text() == "hello ");
            scene.on_event(key(SDLK_z, KMOD_LCTRL), host);
            THEN("the word is back") {
                CHECK(scene.writer().editor().text() == "hello there");
            }
        }
        WHEN("Shift+Left selects and typing replaces the selection") {
            type(scene, host, "abc");
            scene.on_event(key(SDLK_LEFT, KMOD_LSHIFT), host);
            scene.on_event(key(SDLK_LEFT, KMOD_LSHIFT), host);
            scene.on_event(text("Z"), host);
            THEN("the two letters are replaced") {
                CHECK(scene.writer().editor().text() == "aZ");
            }
        }
        WHEN("an input method composes and then commits") {
            CHECK(scene.on_event(editing("\xE3\x81\xAB"), host)); // に
            CHECK(scene.on_event(key(SDLK_BACKSPACE), host));     // the IME's own key
            CHECK(scene.writer().editor().text().empty());
            scene.on_event(editing(""), host);
            scene.on_event(text("\xE6\x97\xA5"), host); // 日
            THEN("only the committed text is in the entry") {
                CHECK(scene.writer().editor().text() == "\xE6\x97\xA5");
            }
        }
        WHEN("a line is typed and Ctrl+Return draws another card") {
            type(scene, host, "# first\n---");
            scene.on_event(key(SDLK_RETURN), host);
            scene.on_event(key(SDLK_RETURN, KMOD_LCTRL), host);
            THEN("the entry is on disk at once and the new card's entry is empty") {
                CHECK(scene.card_id() != first_card);
                CHECK(scene.writer().editor().text().empty());
                auto entries = on_disk(tmp.path);
                REQUIRE(entries.size() == 1);
                CHECK(entries[0].text == "# first\n---\n");
                CHECK(entries[0].card_id == first_card);
            }
        }
        WHEN("Escape puts the journal aside") {
            type(scene, host, "kept");
            CHECK(scene.on_event(key(SDLK_ESCAPE), host));
            THEN("the entry is saved, keys are commands again, and Return comes back") {
                CHECK_FALSE(scene.editing());
                CHECK_FALSE(host.text_on);
                CHECK(on_disk(tmp.path).size() == 1);
                CHECK_FALSE(scene.on_event(key(SDLK_s), host)); // S: left to the input map
                CHECK(scene.on_event(key(SDLK_RETURN), host));
                CHECK(scene.editing());
            }
            AND_WHEN("Escape comes as the Menu command") {
                scene.on_input(Input{Command::Menu}, host);
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
                    again.on_event(key(SDLK_l, KMOD_LCTRL), host);
                    CHECK_FALSE(again.editing());
                    CHECK(again.on_event(key(SDLK_ESCAPE), host));
                    CHECK(again.editing());
                }
            }
        }
    }
}

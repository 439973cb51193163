// Shared by the engine and tools tests: the bundled deck, loaded once, and
// the font library over assets/fonts; for the engine's tests, a headless App
// played by a script (what `hearth --headless --script` does), kept alive so
// a test can read its scene, its recorder and its shots.
#pragma once

#include "engine/app.hpp"
#include "engine/headless_runner.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/render/fonts.hpp"
#include "game/deck/deck_loader.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace hearth::test {

// The bundled Microsolidarity deck, loaded through the one loader.
inline const Deck& bundled_deck() {
    static const Deck deck = [] {
        LoadResult r = load_deck(HEARTH_BUNDLED_DECKS "/microsolidarity");
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

// The fonts the table uses.
inline FontLibrary& font_library() {
    static FontLibrary lib(find_assets_dir() / "fonts");
    return lib;
}

// ---------------------------------------------------------------- a headless App

inline const std::filesystem::path kBundledDeck = HEARTH_BUNDLED_DECKS "/microsolidarity";

// An empty folder for one test: TMPDIR/hearth-NAME-PID (the process id keeps
// parallel runs, from other build trees, apart).
inline std::filesystem::path fresh_folder(const std::string& name) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("hearth-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A headless table at w x h in `dir`: seed 7, Ana, Ben and Caro at the
// circle, shots and summaries in `dir`, the log in dir/log.jsonl, and
// dir/data as the user's data folder (so no own cards from elsewhere).
inline Options table_options(const std::filesystem::path& dir, int w = 1280, int h = 720) {
    setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
    Options o;
    o.headless = true;
    o.width = w;
    o.height = h;
    o.seed = 7;
    o.players = {"Ana", "Ben", "Caro"};
    o.format = "circle";
    o.out = dir.string();
    o.log = (dir / "log.jsonl").string();
    return o;
}

// The bundled circle (table_options' format) opens with Five scales read
// aloud: its first Space begins and shows the opening card, and the next one
// starts the first turn and draws. A script about the turns starts with this
// step, so that its own first Space draws the first card.
inline const std::string kPastOpening = "key Space\n";

// The steps of a script; `name` names it in errors.
inline std::vector<ScriptStep> script_steps(const std::string& text,
                                            const std::string& name = "script.txt") {
    auto steps = parse_script(text, name, [](std::string_view k) {
        return SDL_GetKeyFromName(std::string(k).c_str()) != SDLK_UNKNOWN;
    });
    if (auto* e = std::get_if<Diagnostic>(&steps))
        FAIL(e->str());
    return std::get<std::vector<ScriptStep>>(std::move(steps));
}

// A headless App on `deck` (the bundled one unless given).
inline std::unique_ptr<App> headless_app(const Options& o,
                                         const std::filesystem::path& deck = kBundledDeck) {
    std::string error;
    auto backend = open_headless(o.width, o.height, error);
    REQUIRE(backend);
    return std::make_unique<App>(o, std::move(backend), deck, find_assets_dir() / "fonts");
}

// Plays `script` into `app` as `hearth --headless` does; returns the exit status.
inline int play_script(App& app, const std::string& script,
                       const std::string& name = "script.txt") {
    HeadlessRunner runner(app, script_steps(script, name), name, app.options().out);
    return runner.run();
}

// A shot the script wrote, as ARGB8888.
inline SurfacePtr load_shot(const std::filesystem::path& dir, const std::string& name) {
    SurfacePtr raw(IMG_Load((dir / (name + ".png")).c_str()));
    REQUIRE(raw);
    return SurfacePtr(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));
}

// Sets an environment variable for a scope, and puts back what was there.
struct EnvSet {
    std::string name;
    std::optional<std::string> was;
    EnvSet(std::string n, const char* value) : name(std::move(n)) {
        if (const char* v = std::getenv(name.c_str()))
            was = v;
        if (value)
            setenv(name.c_str(), value, 1);
        else
            unsetenv(name.c_str());
    }
    ~EnvSet() {
        if (was)
            setenv(name.c_str(), was->c_str(), 1);
        else
            unsetenv(name.c_str());
    }
};

} // namespace hearth::test

// hearth: the shared-screen table. See docs/table.md.
#include "engine/app.hpp"
#include "engine/backend.hpp"
#include "engine/cli_options.hpp"
#include "engine/headless_runner.hpp"
#include "engine/headless_script.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "game/base/atomic_file.hpp"

#include <SDL.h>
#include <SDL_image.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <memory>

using namespace hearth;

namespace {

int fail(const std::string& message, int status = 1) {
    std::fprintf(stderr, "hearth: %s\n", message.c_str());
    return status;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    auto parsed = parse_options(args);
    if (auto* err = std::get_if<std::string>(&parsed))
        return fail(*err + "\nTry 'hearth --help'.", 2);
    Options options = std::get<Options>(std::move(parsed));
    if (options.help) {
        std::fputs(usage().data(), stdout);
        return 0;
    }
    if (options.version) {
        std::puts("hearth 0.1.0");
        return 0;
    }

    std::vector<ScriptStep> script;
    if (!options.script.empty()) {
        auto text = read_file(options.script, 1u << 20);
        if (!text) {
            std::fprintf(stderr, "%s\n",
                         file_error({options.script}, "cannot read the script").str().c_str());
            return 2;
        }
        auto r = parse_script(*text, options.script, [](std::string_view k) {
            return SDL_GetKeyFromName(std::string(k).c_str()) != SDLK_UNKNOWN;
        });
        if (auto* e = std::get_if<Diagnostic>(&r)) {
            // As compilers print it, so editors can jump to the line.
            std::fprintf(stderr, "%s\n", e->str().c_str());
            return 2;
        }
        script = std::get<std::vector<ScriptStep>>(std::move(r));
    }

    std::filesystem::path fonts = find_assets_dir() / "fonts";
    if (find_assets_dir().empty())
        return fail("cannot find the assets folder (fonts); run from the source tree or an "
                    "installed prefix");
    std::filesystem::path deck =
        options.deck.empty() ? find_default_deck() : std::filesystem::path(options.deck);
    if (deck.empty())
        return fail(
            "cannot find the bundled deck decks/microsolidarity; give one with --deck PATH");

    // The window's X11 class and Wayland app id name the desktop file, so the
    // desktop shows Hearth's icon. SDL 2.26 reads them from the environment
    // when video starts; a value the user set is kept.
    setenv("SDL_VIDEO_X11_WMCLASS", HEARTH_APP_ID, 0);
    setenv("SDL_VIDEO_WAYLAND_WMCLASS", HEARTH_APP_ID, 0);
    // A window deals a new game each time; a headless run the same one (seed 1).
    if (!options.seed && !options.headless)
        options.seed = std::uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                       std::uint64_t(std::chrono::system_clock::now().time_since_epoch().count());
    const int w = options.size_given || options.headless ? options.width : 1280;
    const int h = options.size_given || options.headless ? options.height : 720;

    int status = 0;
    std::unique_ptr<App> app;
    std::string error;
    if (!options.headless && software_renderer_chosen()) {
        // The software renderer draws into a canvas of its own: the deck,
        // the App and the first frame are made on a second thread while SDL
        // starts and the window opens, each about 20 ms (docs/performance.md).
        make_video_hints();
        SDL_GetTicks64(); // SDL's clock, started before two threads read it
        std::unique_ptr<SoftwareWindow> canvas = make_software_window(w, h, error);
        if (!canvas)
            return fail(error);
        SoftwareWindow& window_of = *canvas;
        std::future<std::unique_ptr<App>> first =
            std::async(std::launch::async, [&, canvas = std::move(canvas)]() mutable {
                auto made = std::make_unique<App>(options, std::move(canvas), deck, fonts,
                                                  std::future<LoadResult>());
                made->draw_first_frame();
                return made;
            });
        const bool video = SDL_Init(SDL_INIT_VIDEO) == 0;
        if (!video)
            error = std::string("no display found (") + SDL_GetError() +
                    "). To run without one: hearth --headless --script FILE [--out DIR]";
        WindowPtr window = video ? open_software_window(w, h, error) : nullptr;
        if (video && !window)
            error += ". To run without a display: hearth --headless --script FILE [--out DIR]";
        app = first.get();
        if (!window) {
            app.reset();
            SDL_Quit();
            return fail(error);
        }
        window_of.attach(std::move(window));
    } else {
        // The deck loads while SDL starts and the window opens: each takes
        // tens of milliseconds, and the first frame needs both.
        std::future<LoadResult> first_load = DeckKeeper::load_in_background(deck);
        // Game controllers start after the first frame (App::run_window).
        Uint32 systems = options.headless ? 0 : SDL_INIT_VIDEO;
        if (SDL_Init(systems) != 0) {
            if (!options.headless)
                return fail(std::string("no display found (") + SDL_GetError() +
                            "). To run without one: hearth --headless --script FILE [--out DIR]");
            return fail(SDL_GetError());
        }
        std::unique_ptr<Backend> backend =
            options.headless ? open_headless(w, h, error) : open_window(w, h, error);
        if (!backend) {
            SDL_Quit();
            if (options.headless)
                return fail(error);
            return fail(error + ". To run without a display: hearth --headless --script FILE "
                                "[--out DIR]");
        }
        app =
            std::make_unique<App>(options, std::move(backend), deck, fonts, std::move(first_load));
    }
    SDL_EventState(SDL_MOUSEMOTION, SDL_IGNORE); // motion would wake the loop for nothing
    if (script.empty()) {
        status = app->run_window();
    } else {
        HeadlessRunner runner(*app, std::move(script), options.script, options.out);
        status = options.headless ? runner.run() : runner.run_in_window();
    }
    app.reset();
    IMG_Quit();
    SDL_Quit();
    // Text the journal could not keep was put elsewhere and named on stderr:
    // never a clean exit.
    if (journal_entry_lost() && status == 0)
        status = 1;
    return status;
}

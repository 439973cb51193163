// Table rendering benchmark, headless (software renderer, no display):
// time from start to the first table frame at 1920x1080, the fit search for
// all 75 bundled cards at three sizes, drawing every card, and peak memory.
// Prints one line per figure; see docs/performance.md.
#include "engine/app.hpp"
#include "engine/headless_runner.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "game/deck/deck_loader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

long peak_rss_kb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

} // namespace

int main(int argc, char** argv) {
    using namespace hearth;
    auto t0 = Clock::now();
    std::filesystem::path deck_path = argc > 1 ? argv[1] : find_default_deck();
    Options o;
    o.headless = true;
    o.seed = 1;
    o.players = {"Ana", "Ben", "Caro"};
    o.format = "circle";
    o.out = (std::filesystem::temp_directory_path() / "hearth-bench").string();
    std::string error;
    auto backend = open_headless(1920, 1080, error);
    if (!backend) {
        std::fprintf(stderr, "bench_table: %s\n", error.c_str());
        return 1;
    }
    {
        App app(o, std::move(backend), deck_path, find_assets_dir() / "fonts");
        std::vector<ScriptStep> steps(2);
        steps[0].kind = ScriptStep::Kind::Key;
        steps[0].text = "Space";
        steps[1].kind = ScriptStep::Kind::Shot;
        steps[1].text = "first";
        HeadlessRunner(app, steps, "bench", o.out).run();
        std::printf("first table frame, 1920x1080, from start (fonts, deck, layout, draw, PNG): "
                    "%.1f ms\n",
                    ms_since(t0));
    }

    LoadResult r = load_deck(deck_path);
    if (!r.ok())
        return 1;
    const Deck& deck = *r.deck;
    FontLibrary fonts(find_assets_dir() / "fonts");
    for (int h : {619, 928, 1857}) {
        int w = int(h * kPrintCardAspect);
        auto t = Clock::now();
        int fit = 0, min_px = 1 << 30;
        for (const Card& c : deck.cards) {
            CardFitReport f = card_text_fit(fonts, deck, c, w, h);
            fit += f.fits;
            if (c.type != "blank")
                min_px = std::min(min_px, f.body_px);
        }
        std::printf("fit search, 75 cards at %dx%d: %.1f ms, %d fit, smallest body text %d px\n", w,
                    h, ms_since(t), fit, min_px);
    }
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, 664, 928, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    CardPainter painter(renderer.get(), fonts);
    auto t = Clock::now();
    for (const Card& c : deck.cards)
        painter.draw_front(deck, c, SDL_Rect{0, 0, 664, 928});
    std::printf("draw 75 card fronts at 664x928 (cold caches): %.1f ms\n", ms_since(t));
    t = Clock::now();
    for (const Card& c : deck.cards)
        painter.draw_front(deck, c, SDL_Rect{0, 0, 664, 928});
    std::printf("draw 75 card fronts again (warm caches): %.1f ms\n", ms_since(t));
    std::printf("peak memory (VmHWM): %ld kB\n", peak_rss_kb());
    return 0;
}

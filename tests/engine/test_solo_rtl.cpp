// Right-to-left text in the solo journal, drawn headless: an Arabic entry is
// ranged right, its caret stands where its reading order is drawn, Home goes
// to its start at the right, Left and Right are mirrored in it, and every
// word reaches the journal.
#include "engine/app.hpp"
#include "engine/backend.hpp"
#include "engine/cli_options.hpp"
#include "engine/headless_runner.hpp"
#include "engine/headless_script.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/render/sdl_handles.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/theme.hpp"
#include "game/journal/journal.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <random>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path =
        fs::temp_directory_path() / ("hearth-solo-rtl-" + std::to_string(std::random_device{}()));
    ~Folder() { fs::remove_all(path); }
};

struct Shot {
    SDL_Rect box{}, caret{};
    SurfacePtr picture;
    std::string saved; // the entry as the journal keeps it
};

// `script` in `hearth --headless --solo` at 1280x720, its shot named "shot"
// kept in `keep` when given (to look at).
Shot run(const std::string& script, const fs::path& keep = {}) {
    Folder data;
    ::setenv("XDG_DATA_HOME", data.path.c_str(), 1);
    Options o;
    o.headless = true;
    o.solo = true;
    o.width = 1280;
    o.height = 720;
    o.seed = 3;
    o.out = (data.path / "out").string();
    auto steps = parse_script(script, "solo", [](std::string_view k) {
        return SDL_GetKeyFromName(std::string(k).c_str()) != SDLK_UNKNOWN;
    });
    REQUIRE(std::holds_alternative<std::vector<ScriptStep>>(steps));
    std::string error;
    auto backend = open_headless(1280, 720, error);
    REQUIRE(backend);
    Shot out;
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
    Journal j(data.path / "hearth/journal");
    for (Date d : j.days())
        for (auto& e : j.read_day(d).entries)
            out.saved = e.text;
    const fs::path png = data.path / "out" / "shot.png";
    SurfacePtr raw(IMG_Load(png.c_str()));
    REQUIRE(raw);
    out.picture.reset(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    if (!keep.empty()) {
        fs::create_directories(keep);
        fs::copy_file(png, keep / "solo-rtl.png", fs::copy_options::overwrite_existing);
    }
    return out;
}

// Columns of the editor's first line where the text's cream ink is.
std::pair<int, int> ink_columns(const Shot& s) {
    int lo = -1, hi = -1;
    SDL_Surface* p = s.picture.get();
    for (int y = s.box.y; y < s.box.y + s.caret.h && y < p->h; ++y)
        for (int x = s.box.x; x < s.box.x + s.box.w && x < p->w; ++x) {
            Uint32 v = static_cast<Uint32*>(p->pixels)[y * (p->pitch / 4) + x];
            Uint8 r, g, b, a;
            SDL_GetRGBA(v, p->format, &r, &g, &b, &a);
            if (r > 200 && g > 190 && b > 150 && std::abs(int(r) - theme::kCream.r) < 40) {
                lo = lo < 0 ? x : std::min(lo, x);
                hi = std::max(hi, x);
            }
        }
    return {lo, hi};
}

} // namespace

SCENARIO("an Arabic entry in the journal is ranged right and its caret follows its reading") {
    const std::string words = "اليوم أصغيت، و 3 دقائق تكفي.";
    GIVEN("the entry typed") {
        Shot end = run("type " + words + "\nshot shot\n", HEARTH_TEST_OUT "/solo-rtl");
        THEN("every word is kept, and the line is ranged right") {
            CHECK(end.saved == words);
            auto [lo, hi] = ink_columns(end);
            INFO("ink " << lo << ".." << hi << " in " << end.box.x << "+" << end.box.w);
            REQUIRE(lo >= 0);
            CHECK(hi > end.box.x + end.box.w - 20); // its right edge on the box's
            CHECK(lo > end.box.x + end.box.w / 3);  // a short line: nothing at the left
            // The caret after the full stop stands at the line's left end.
            CHECK(std::abs(end.caret.x - lo) < 12);
        }
        Shot home = run("type " + words + "\nkey Home\nshot shot\n");
        THEN("Home puts the caret at the reading's start: the right") {
            CHECK(home.caret.x + home.caret.w >= home.box.x + home.box.w - 4);
        }
        Shot left = run("type " + words + "\nkey Home\nkey Left\nkey Left\nshot shot\n");
        Shot right = run("type " + words + "\nkey Right\nkey Right\nshot shot\n");
        THEN("Left goes on to the next letters (leftwards), Right back (rightwards)") {
            CHECK(left.caret.x < home.caret.x);
            CHECK(right.caret.x > end.caret.x);
        }
        Shot typed = run("type " + words + "\nkey Home\ntype «\nshot shot\n");
        THEN("what is typed at the start goes in at the start") {
            CHECK(typed.saved == "«" + words);
        }
    }
}

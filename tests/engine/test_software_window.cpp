// The software window (engine/software_window.cpp): drawn into a canvas that
// exists before the window, so the first frame is drawn while the window
// opens; shown whole once attached; the canvas follows the window's size with
// the textures made before still drawing; and an App on it shows its kept
// frame again for an expose instead of drawing it anew. Under SDL's dummy
// video driver, whose windows have a surface in memory.
#include "engine/backend.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::test;

namespace {

struct Video {
    Video() { REQUIRE(SDL_InitSubSystem(SDL_INIT_VIDEO) == 0); }
    ~Video() { SDL_QuitSubSystem(SDL_INIT_VIDEO); }
};

WindowPtr dummy_window(int w, int h) {
    WindowPtr window(SDL_CreateWindow("test", 0, 0, w, h, 0));
    REQUIRE(window);
    return window;
}

Uint32 pixel(SDL_Surface* s, int x, int y) {
    return static_cast<const Uint32*>(s->pixels)[y * (s->pitch / 4) + x] & 0xffffff;
}

// A texture of one colour, made with the window's renderer.
TexturePtr block(SDL_Renderer* r, Uint8 red, Uint8 green, Uint8 blue) {
    TexturePtr t(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 10, 10));
    REQUIRE(t);
    SDL_SetRenderTarget(r, t.get());
    SDL_SetRenderDrawColor(r, red, green, blue, 255);
    SDL_RenderClear(r);
    SDL_SetRenderTarget(r, nullptr);
    return t;
}

// Another backend, counting the frames the App draws and presents.
class Counting final : public Backend {
public:
    explicit Counting(std::unique_ptr<Backend> inner) : inner_(std::move(inner)) {}
    SDL_Renderer* renderer() override { return inner_->renderer(); }
    SDL_Point output_size() override { return inner_->output_size(); }
    bool keeps_frame() const override { return inner_->keeps_frame(); }
    void frame_drawn(bool animating) override {
        ++drawn;
        inner_->frame_drawn(animating);
    }
    void present() override {
        ++presented;
        inner_->present();
    }
    std::string describe() override { return inner_->describe(); }
    int drawn = 0, presented = 0;

private:
    std::unique_ptr<Backend> inner_;
};

SDL_Event window_event(Uint8 what) {
    SDL_Event e{};
    e.type = SDL_WINDOWEVENT;
    e.window.event = what;
    return e;
}

} // namespace

SCENARIO("the software window draws before its window opens, and shows it whole when it does",
         "[software-window]") {
    std::string error;
    auto canvas = make_software_window(200, 100, error);
    REQUIRE(canvas);
    SDL_Renderer* r = canvas->renderer();
    CHECK(canvas->output_size().x == 200);
    CHECK(canvas->output_size().y == 100);
    CHECK(canvas->keeps_frame());
    // Drawn with no video at all, as main does while SDL starts.
    TexturePtr red = block(r, 200, 30, 20);
    SDL_SetRenderDrawColor(r, 10, 60, 90, 255);
    SDL_RenderClear(r);
    SDL_Rect at{150, 70, 10, 10};
    SDL_RenderCopy(r, red.get(), nullptr, &at);
    canvas->frame_drawn(false);
    canvas->present(); // no window yet: the frame is kept

    Video video;
    WindowPtr window = dummy_window(200, 100);
    SDL_Window* w = window.get();
    canvas->attach(std::move(window));
    canvas->present();
    SDL_Surface* shown = SDL_GetWindowSurface(w);
    REQUIRE(shown);
    CHECK(pixel(shown, 5, 5) == 0x0a3c5a);
    CHECK(pixel(shown, 155, 75) == 0xc81e14);

    WHEN("the window grows") {
        SDL_SetWindowSize(w, 320, 180);
        THEN("the canvas takes its size, and a texture made before still draws") {
            SDL_Point size = canvas->output_size();
            CHECK(size.x == 320);
            CHECK(size.y == 180);
            SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
            SDL_RenderClear(r);
            SDL_Rect far{300, 160, 10, 10};
            SDL_RenderCopy(r, red.get(), nullptr, &far);
            canvas->frame_drawn(false);
            canvas->present();
            shown = SDL_GetWindowSurface(w);
            REQUIRE(shown->w == 320);
            CHECK(pixel(shown, 305, 165) == 0xc81e14);
            CHECK(pixel(shown, 250, 120) == 0);
        }
    }
    WHEN("only part of the next frame changes") {
        SDL_Rect moved{20, 20, 10, 10};
        SDL_RenderCopy(r, red.get(), nullptr, &moved);
        canvas->frame_drawn(false);
        canvas->present();
        THEN("the window's surface is the new frame") {
            CHECK(pixel(shown, 25, 25) == 0xc81e14);
            CHECK(pixel(shown, 155, 75) == 0xc81e14);
            CHECK(pixel(shown, 100, 50) == 0x0a3c5a);
        }
    }
}

SCENARIO("an App on the software window shows its kept frame again for an expose, and draws "
         "anew only for a new size",
         "[software-window]") {
    const auto dir = fresh_folder("software-window-app");
    Options o = table_options(dir, 320, 180);
    std::string error;
    auto canvas = make_software_window(o.width, o.height, error);
    REQUIRE(canvas);
    SoftwareWindow& window_of = *canvas;
    auto counting = std::make_unique<Counting>(std::move(canvas));
    Counting& frames = *counting;
    App app(o, std::move(counting), kBundledDeck, find_assets_dir() / "fonts");
    app.draw_first_frame();
    CHECK(frames.drawn == 1);
    CHECK(frames.presented == 0);

    Video video;
    WindowPtr window = dummy_window(o.width, o.height);
    SDL_Window* w = window.get();
    window_of.attach(std::move(window));
    THEN("the first present shows the frame drawn before the window opened") {
        CHECK(app.present_if_changed());
        CHECK(frames.drawn == 1);
        CHECK(frames.presented == 1);
        AND_THEN("an expose presents it again without drawing it") {
            app.handle(window_event(SDL_WINDOWEVENT_EXPOSED));
            CHECK(app.present_if_changed());
            CHECK(frames.drawn == 1);
            CHECK(frames.presented == 2);
        }
        AND_THEN("focus coming and going presents nothing") {
            app.handle(window_event(SDL_WINDOWEVENT_FOCUS_GAINED));
            app.handle(window_event(SDL_WINDOWEVENT_ENTER));
            CHECK_FALSE(app.present_if_changed());
            CHECK(frames.presented == 1);
        }
        AND_THEN("a new size draws the frame anew, at that size") {
            SDL_SetWindowSize(w, 400, 240);
            app.handle(window_event(SDL_WINDOWEVENT_SIZE_CHANGED));
            CHECK(app.present_if_changed());
            CHECK(frames.drawn == 2);
            CHECK(window_of.output_size().x == 400);
        }
    }
}

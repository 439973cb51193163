// Frame times at 1920x1080 through the software renderer, on the bundled
// deck, circle format, three players, Space pressed again and again:
//   key press to presented frame: from the key event entering the App to
//     the frame it causes being presented (handling the key, laying out and
//     painting a newly drawn card, drawing the table);
//   frame time during the draw animation: the frames of the 420 ms a drawn
//     card takes to fly from the pile and turn over.
// Two ways to run it:
//   bench_frames [DECK] [PRESSES]           headless (SDL's dummy driver):
//       the App's window loop runs a script that presses the key and steps
//       the clock 16 ms a frame, onto an offscreen surface; a frame's time
//       is the work it takes, from the step to the present.
//   bench_frames --window [DECK] [PRESSES]  a real window (e.g. under Xvfb):
//       a thread posts the key presses 700 ms apart to the App's own loop;
//       a frame's time is the interval between presents, as a viewer sees it.
// Prints median, p99 and max of each; see docs/performance.md.
#include "engine/app.hpp"
#include "engine/headless_runner.hpp"
#include "engine/headless_script.hpp"
#include "engine/render/asset_paths.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace hearth;

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

// Another backend with each present timed and marked as an animation frame
// or not (asked of the scene, on the loop's thread, as it presents).
class TimedBackend final : public Backend {
public:
    explicit TimedBackend(std::unique_ptr<Backend> inner) : inner_(std::move(inner)) {}
    SDL_Renderer* renderer() override { return inner_->renderer(); }
    // App::draw asks the size once, first: the last ask before a frame is
    // drawn is taken as its start of drawing (idle preparation asks too,
    // before it).
    SDL_Point output_size() override {
        drawing_ = Clock::now();
        return inner_->output_size();
    }
    SDL_Point window_size() override { return inner_->window_size(); }
    void toggle_fullscreen() override { inner_->toggle_fullscreen(); }
    bool keeps_frame() const override { return inner_->keeps_frame(); }
    void set_text_input(bool on) override { inner_->set_text_input(on); }
    std::string describe() override { return inner_->describe() + ", timed"; }
    void frame_drawn(bool animating) override {
        // SDL batches drawing until a flush: flushed here, a frame's drawing
        // time holds the pixels' work, and the comparison only its own.
        SDL_RenderFlush(inner_->renderer());
        drawn_ = Clock::now();
        inner_->frame_drawn(animating);
        compared_ = Clock::now();
    }
    void present() override {
        const Clock::time_point presenting = Clock::now();
        inner_->present();
        Frame f;
        f.at = Clock::now();
        f.drawing = drawing_;
        f.drawn = drawn_;
        f.compared = compared_;
        f.presenting = presenting;
        f.animating = app && app->scene() && app->scene()->animating(*app);
        f.key_at = last_key.exchange(0);
        frames.push_back(f);
    }

    struct Frame {
        Clock::time_point at;
        // When the App started and finished drawing it, when the backend had compared it
        // with the last frame (frame_drawn), and when its present started
        // (after the frame pacer's wait).
        Clock::time_point drawing, drawn, compared, presenting;
        bool animating = false;
        Clock::rep key_at = 0; // when a key was posted since the last frame, else 0
    };
    App* app = nullptr;
    std::vector<Frame> frames;
    std::atomic<Clock::rep> last_key{0};

private:
    std::unique_ptr<Backend> inner_;
    Clock::time_point drawing_{}, drawn_{}, compared_{};
};

struct Figures {
    double median = 0, p99 = 0, max = 0;
    std::size_t n = 0;
};

Figures figures(std::vector<double> v) {
    Figures f;
    f.n = v.size();
    if (v.empty())
        return f;
    std::sort(v.begin(), v.end());
    f.median = v[v.size() / 2];
    f.p99 = v[std::min(v.size() - 1, std::size_t(double(v.size()) * 0.99))];
    f.max = v.back();
    return f;
}

Options table_options() {
    Options o;
    o.seed = 1;
    o.players = {"Ana", "Ben", "Caro"};
    o.format = "circle";
    o.out = (std::filesystem::temp_directory_path() / "hearth-bench").string();
    return o;
}

ScriptStep key_step() {
    ScriptStep s;
    s.kind = ScriptStep::Kind::Key;
    s.text = "Space";
    return s;
}

void print(const char* how, const std::vector<double>& key_ms, const std::vector<double>& anim_ms) {
    Figures k = figures(key_ms), a = figures(anim_ms);
    if (std::getenv("HEARTH_BENCH_ALL")) {
        for (double t : key_ms)
            std::printf("%.1f ", t);
        std::printf("\n");
    }
    std::printf("key press to presented frame, 1920x1080, software, %s: median %.1f ms, p99 "
                "%.1f ms, max %.1f ms (%zu presses)\n",
                how, k.median, k.p99, k.max, k.n);
    std::printf("frame time during the draw animation, 1920x1080, software, %s: median %.1f ms, "
                "p99 %.1f ms, max %.1f ms (%zu frames)\n",
                how, a.median, a.p99, a.max, a.n);
}

// The headless script: the first press leaves the set-up screen; each later
// press is followed by 16 ms clock steps, one frame each.
int run_headless(const std::filesystem::path& deck_path, int presses) {
    constexpr int kW = 1920, kH = 1080, kStepsPerPress = 28;
    std::string error;
    auto headless = open_headless(kW, kH, error);
    if (!headless) {
        std::fprintf(stderr, "bench_frames: %s\n", error.c_str());
        return 1;
    }
    auto backend = std::make_unique<TimedBackend>(std::move(headless));
    TimedBackend* timed = backend.get();
    Options o = table_options();
    o.headless = true;
    std::vector<ScriptStep> steps{key_step()};
    for (int i = 0; i < presses; ++i) {
        steps.push_back(key_step());
        for (int f = 0; f < kStepsPerPress; ++f) {
            ScriptStep s;
            s.kind = ScriptStep::Kind::Wait;
            s.seconds = 0.016;
            steps.push_back(s);
        }
    }
    App app(o, std::move(backend), deck_path, find_assets_dir() / "fonts");
    timed->app = &app;
    // The runner in a window's manner: it draws after every step.
    HeadlessRunner(app, steps, "bench", ".").run_in_window();

    // Every step draws one frame, and the first frame comes before any
    // step: line frames up with steps from the end.
    const auto& fr = timed->frames;
    if (fr.size() < steps.size() + 1) {
        std::fprintf(stderr, "bench_frames: %zu frames for %zu steps\n", fr.size(), steps.size());
        return 1;
    }
    const std::size_t offset = fr.size() - steps.size();
    std::vector<double> key_ms, anim_ms;
    for (std::size_t k = 1; k < steps.size(); ++k) {
        const std::size_t f = offset + k;
        const double t = ms(fr[f].at - fr[f - 1].at);
        if (steps[k].kind == ScriptStep::Kind::Key)
            key_ms.push_back(t);
        else if (fr[f].animating)
            anim_ms.push_back(t);
    }
    print("headless", key_ms, anim_ms);
    return 0;
}

// A real window and the App's own loop; presses posted from a thread.
int run_in_window(const std::filesystem::path& deck_path, int presses) {
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::fprintf(stderr, "bench_frames: %s\n", SDL_GetError());
        return 1;
    }
    setenv("HEARTH_RENDERER", "software", 1);
    std::string error;
    auto window = open_window(1920, 1080, error);
    if (!window) {
        std::fprintf(stderr, "bench_frames: %s\n", error.c_str());
        return 1;
    }
    auto backend = std::make_unique<TimedBackend>(std::move(window));
    TimedBackend* timed = backend.get();
    int status = 0;
    {
        App app(table_options(), std::move(backend), deck_path, find_assets_dir() / "fonts");
        timed->app = &app;
        std::thread presser([&] {
            auto post = [&](SDL_EventType type) {
                SDL_Event e{};
                e.type = type;
                e.key.keysym.sym = SDLK_SPACE;
                e.key.keysym.scancode = SDL_SCANCODE_SPACE;
                e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
                if (type == SDL_KEYDOWN)
                    timed->last_key = Clock::now().time_since_epoch().count();
                SDL_PushEvent(&e);
            };
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            for (int i = 0; i <= presses; ++i) {
                post(SDL_KEYDOWN);
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                post(SDL_KEYUP);
                std::this_thread::sleep_for(std::chrono::milliseconds(670));
            }
            SDL_Event quit{};
            quit.type = SDL_QUIT;
            SDL_PushEvent(&quit);
        });
        status = app.run_window();
        presser.join();
    }
    const auto& fr = timed->frames;
    std::vector<double> key_ms, anim_ms;
    bool first_press = true;
    std::size_t flight_from = 0; // the frame of the last key press
    for (std::size_t f = 1; f < fr.size(); ++f) {
        if (fr[f].key_at != 0) {
            flight_from = f;
            Clock::time_point key{Clock::duration(fr[f].key_at)};
            if (!first_press) { // the first leaves the set-up screen
                key_ms.push_back(ms(fr[f].at - key));
                // HEARTH_BENCH_SLOW=MS: the same for a press, from the key's post.
                if (const char* slow = std::getenv("HEARTH_BENCH_SLOW");
                    slow && key_ms.back() >= std::atof(slow))
                    std::printf("press %.1f ms: to drawing %.1f, draw %.1f, compare %.1f, pacer "
                                "%.1f, present %.1f\n",
                                key_ms.back(), ms(fr[f].drawing - key),
                                ms(fr[f].drawn - fr[f].drawing), ms(fr[f].compared - fr[f].drawn),
                                ms(fr[f].presenting - fr[f].compared),
                                ms(fr[f].at - fr[f].presenting));
            }
            first_press = false;
        } else if (fr[f].animating && fr[f - 1].animating) {
            anim_ms.push_back(ms(fr[f].at - fr[f - 1].at));
            // HEARTH_BENCH_SLOW=MS: where the time of each longer interval
            // went, from the last present's end: the loop's wait, the
            // drawing, the comparison with the last frame, the pacer's wait
            // and the present itself.
            if (const char* slow = std::getenv("HEARTH_BENCH_SLOW");
                slow && anim_ms.back() >= std::atof(slow))
                std::printf("interval %.1f ms (frame %zu after the press): loop %.1f, draw %.1f, "
                            "compare %.1f, pacer %.1f, present %.1f\n",
                            anim_ms.back(), f - flight_from, ms(fr[f].drawing - fr[f - 1].at),
                            ms(fr[f].drawn - fr[f].drawing), ms(fr[f].compared - fr[f].drawn),
                            ms(fr[f].presenting - fr[f].compared), ms(fr[f].at - fr[f].presenting));
        }
    }
    print("window", key_ms, anim_ms);
    SDL_Quit();
    return status;
}

} // namespace

int main(int argc, char** argv) {
    int a = 1;
    bool window = argc > 1 && std::strcmp(argv[1], "--window") == 0;
    if (window)
        ++a;
    std::filesystem::path deck_path = argc > a ? argv[a] : find_default_deck();
    const int presses = argc > a + 1 ? std::max(1, std::atoi(argv[a + 1])) : 120;
    return window ? run_in_window(deck_path, presses) : run_headless(deck_path, presses);
}

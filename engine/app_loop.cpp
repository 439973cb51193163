// The App's window loop and its drivers: presenting what changed, idle
// preparation, polling and settling (headless runs use the same drivers).
#include "engine/app.hpp"
#include "engine/frame_priority.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace hearth {
namespace {

constexpr std::int64_t kRecorderPollMs = 100;
// Idle preparation starts this long after the first frame, so that it never
// delays the repaints a new window gets (an expose): start-up stays as fast.
constexpr std::int64_t kIdleAfterFirstFrameMs = 300;

} // namespace

// ---------------------------------------------------------------- the window loop and its drivers

int App::run_window() {
    auto t0 = std::chrono::steady_clock::now();
    auto clock = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - t0)
            .count();
    };
    pace_frames_ = true;
    // A frame's wakes come on time on a busy machine (frame_priority.hpp).
    ask_short_time_slices();
    // Game controllers start after the first frame, when preparation may:
    // SDL's joystick start (udev, each device) took 15-20 ms before the
    // window opened. Those plugged in come as SDL_CONTROLLERDEVICEADDED.
    std::int64_t controllers_from = -1;
    // The window was shown as it opened, so the display's expose of it is
    // already on its way: taken before the first frame, the first frame
    // answers it. Taken after, it cost a second whole frame (a repaint the
    // start then waited for).
    for (SDL_Event e; !quit_ && SDL_PollEvent(&e);)
        handle(e);
    while (!quit_) {
        const bool first = first_frame_ms_ < 0;
        if (present_if_changed()) {
            idle_work_ = true;
            idle_from_ = first ? clock() + kIdleAfterFirstFrameMs : 0;
            if (first)
                controllers_from = idle_from_;
        }
        // Sleep until an event (input, or a deck change with --watch) or the
        // next thing that changes on screen by itself (a timer's second, a
        // toast, an animation frame), whichever comes first.
        SDL_Event e;
        std::int64_t redraw = next_redraw_ms();
        // An animation's next frame starts drawing in time to be presented a
        // period after the last (frame_pacer.hpp).
        if (scene_ && scene_->animating(*this)) {
            auto start = pacer_.draw_at(std::chrono::steady_clock::now());
            redraw = std::max<std::int64_t>(0, std::chrono::ceil<std::chrono::milliseconds>(
                                                   start - std::chrono::steady_clock::now())
                                                   .count());
        }
        std::int64_t redraw_at = redraw < 0 ? -1 : now_ms_ + redraw;
        // While the recorder writes, wake now and then to show a failure soon.
        std::int64_t wait = redraw;
        if (recorder_ && recorder_->busy())
            wait = wait < 0 ? kRecorderPollMs : std::min(wait, kRecorderPollMs);
        // A preference to write, or the audio device to close.
        if (std::int64_t h = housekeeping_in_ms(); h >= 0)
            wait = wait < 0 ? h : std::min(wait, h);
        if (controllers_from >= 0) {
            if (std::int64_t until = controllers_from - clock(); until > 0) {
                wait = wait < 0 ? until : std::min(wait, until);
            } else {
                SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER);
                controllers_from = -1;
            }
        }
        // Idle: the scene prepares what later frames need, a piece per wake,
        // looking for input between pieces; not at once after the first
        // frame, so the repaints that follow it (an expose) are not delayed.
        if (idle_work_ && !paused_ && scene_ && !scene_->animating(*this)) {
            std::int64_t until = idle_from_ - clock();
            if (until > 0) {
                wait = wait < 0 ? until : std::min(wait, until);
            } else {
                idle_work_ = prepare_idle();
                if (idle_work_)
                    wait = 0;
            }
        }
        bool got = SDL_WaitEventTimeout(&e, int(wait));
        advance(clock() - now_ms_);
        if (got) {
            handle(e);
            while (!quit_ && SDL_PollEvent(&e))
                handle(e);
        }
        poll();
        report_recorder();
        if (redraw_at >= 0 && now_ms_ >= redraw_at)
            dirty_ = true;
    }
    finish_recording();
    return 0;
}

void App::draw_first_frame() {
    draw();
    backend_->frame_drawn(false);
    dirty_ = false;
    unshown_ = true;
}

bool App::present_if_changed() {
    if (!frames_since_)
        frames_since_ = std::chrono::steady_clock::now();
    if (!dirty_ && !(scene_ && scene_->animating(*this))) {
        // The frame drawn before the window opened, or the last one again
        // for a display that lost it.
        if (!unshown_)
            return false;
        backend_->present();
        unshown_ = false;
        note_first_frame();
        return true;
    }
    const auto drawing = std::chrono::steady_clock::now();
    draw();
    backend_->frame_drawn(scene_ && scene_->animating(*this));
    const auto drawn = std::chrono::steady_clock::now();
    if (pace_frames_)
        std::this_thread::sleep_until(pacer_.present_at(drawn));
    // The pace is kept from when each present starts: what a present itself
    // takes (a copy to the X server) is then in every interval alike.
    const auto presenting = std::chrono::steady_clock::now();
    backend_->present();
    dirty_ = false;
    unshown_ = false;
    if (pace_frames_)
        pacer_.presented(presenting,
                         std::chrono::duration_cast<FramePacer::Duration>(drawn - drawing),
                         scene_ && scene_->animating(*this));
    note_first_frame();
    return true;
}

void App::note_first_frame() {
    if (first_frame_ms_ >= 0)
        return;
    first_frame_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *frames_since_)
            .count();
    if (std::getenv("HEARTH_REPORT_FIRST_FRAME"))
        std::fprintf(stderr, "hearth: first frame after %.1f ms (%s)\n", first_frame_ms_,
                     backend_->describe().c_str());
}

bool App::prepare_idle() {
    if (!scene_ || paused_ || !errors_.empty() || scene_->animating(*this))
        return false;
    SDL_Renderer* r = backend_->renderer();
    SDL_Point size = backend_->output_size();
    Gfx g{r, cards_, size.x, size.y, text_scale_};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    return scene_->prepare(g, *this);
}

void App::poll() {
    if (scene_)
        scene_->poll(*this);
    pump_phones();
    housekeeping(false);
}

void App::settle() {
    if (next_scene_) {
        scene_ = std::move(next_scene_);
        dirty_ = true;
    }
    report_recorder();
}

void App::text_shown(std::size_t bytes) {
    if (text_shown_)
        text_shown_(bytes);
}

} // namespace hearth

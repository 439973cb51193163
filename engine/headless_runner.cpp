// The headless runner. Sections: running a script, its steps.
#include "engine/headless_runner.hpp"

#include "engine/app.hpp"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

namespace hearth {

HeadlessRunner::HeadlessRunner(App& app, std::vector<ScriptStep> script, std::string script_name,
                               std::filesystem::path out)
    : app_(app), script_(std::move(script)), script_name_(std::move(script_name)),
      out_(std::move(out)) {}

// ---------------------------------------------------------------- running a script

int HeadlessRunner::run() {
    // One summary name, so a script (and a test) knows where it went.
    app_.name_summaries("summary.md");
    app_.draw();
    for (const ScriptStep& s : script_) {
        if (app_.quitting())
            break;
        step(s);
    }
    app_.finish_recording();
    // Both were said on stderr: a script's caller learns of them by the status.
    if (app_.failed_to_start() || app_.recording_failed())
        status_ = 1;
    return status_;
}

int HeadlessRunner::run_in_window() {
    std::size_t next = 0;
    while (!app_.quitting()) {
        app_.present_if_changed();
        if (next == script_.size())
            break;
        step(script_[next++]);
    }
    app_.finish_recording();
    return status_;
}

// ---------------------------------------------------------------- steps

void HeadlessRunner::step(const ScriptStep& s) {
    switch (s.kind) {
    case ScriptStep::Kind::Key:
        key(s);
        break;
    case ScriptStep::Kind::Type:
        type(s.text);
        break;
    case ScriptStep::Kind::Click: {
        SDL_Event e{};
        e.type = SDL_MOUSEBUTTONUP;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.x = s.x;
        e.button.y = s.y;
        app_.handle(e);
        break;
    }
    case ScriptStep::Kind::Wheel: { // stamped with the script's clock, as SDL stamps its own
        SDL_Event e{};
        e.type = SDL_MOUSEWHEEL;
        e.wheel.y = s.y;
        e.wheel.timestamp = Uint32(app_.now_ms());
        app_.handle(e);
        break;
    }
    case ScriptStep::Kind::Wait: {
        app_.advance(std::int64_t(s.seconds * 1000 + 0.5));
        app_.redraw();
        // The time waited is idle time: the scene prepares what later frames
        // need, for at most as long in real time (at least one piece).
        auto end = std::chrono::steady_clock::now() +
                   std::chrono::microseconds(std::int64_t(s.seconds * 1e6));
        while (app_.prepare_idle() && std::chrono::steady_clock::now() < end) {
        }
        break;
    }
    case ScriptStep::Kind::Sleep:
        sleep(s.seconds);
        break;
    case ScriptStep::Kind::AwaitReload:
        await_reload(s);
        break;
    case ScriptStep::Kind::Shot:
        shot(s);
        break;
    case ScriptStep::Kind::ReportShown:
        report_shown();
        break;
    }
    app_.settle();
}

void HeadlessRunner::key(const ScriptStep& s) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDL_GetKeyFromName(s.text.c_str());
    e.key.keysym.scancode = SDL_GetScancodeFromKey(e.key.keysym.sym);
    e.key.keysym.mod =
        Uint16((s.ctrl ? KMOD_LCTRL : 0) | (s.shift ? KMOD_LSHIFT : 0) | (s.alt ? KMOD_LALT : 0));
    app_.handle(e);
}

// One text event per character, as a keyboard sends them.
void HeadlessRunner::type(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t n = 1;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0)
            n = 4;
        else if (c >= 0xE0)
            n = 3;
        else if (c >= 0xC0)
            n = 2;
        n = std::min(n, text.size() - i);
        SDL_Event t{};
        t.type = SDL_TEXTINPUT;
        std::memcpy(t.text.text, text.data() + i, n);
        app_.handle(t);
        i += n;
    }
}

void HeadlessRunner::sleep(double seconds) {
    auto end =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(std::int64_t(seconds * 1000));
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        SDL_Event pending;
        while (SDL_PollEvent(&pending))
            app_.handle(pending);
        app_.poll(); // wall-clock work (the journal's saves) goes on
    }
}

void HeadlessRunner::await_reload(const ScriptStep& s) {
    auto end = std::chrono::steady_clock::now() +
               std::chrono::milliseconds(std::int64_t(s.seconds * 1000));
    const std::uint64_t before = app_.reload_count();
    while (app_.reload_count() == before && std::chrono::steady_clock::now() < end) {
        SDL_Event pending;
        if (SDL_WaitEventTimeout(&pending, 50))
            do
                app_.handle(pending);
            while (app_.reload_count() == before && SDL_PollEvent(&pending));
        app_.poll();
    }
    if (app_.reload_count() == before) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%g", s.seconds);
        std::fprintf(
            stderr, "%s\n",
            file_error({script_name_, s.line, 0},
                       std::string("the deck was not reloaded within ") + seconds + " seconds")
                .str()
                .c_str());
        status_ = 1;
    }
    app_.redraw();
}

void HeadlessRunner::shot(const ScriptStep& s) {
    app_.draw();
    app_.backend().present();
    std::error_code ec;
    std::filesystem::create_directories(out_, ec);
    if (auto err = app_.backend().save_png(out_ / (s.text + ".png"))) {
        std::fprintf(
            stderr, "%s\n",
            file_error({script_name_, s.line, 0}, "cannot write the shot: " + *err).str().c_str());
        status_ = 1;
    }
}

void HeadlessRunner::report_shown() {
    app_.on_text_shown([](std::size_t bytes) {
        std::printf("solo: shown %zu\n", bytes);
        std::fflush(stdout); // a driver timestamps the line as it arrives
    });
}

} // namespace hearth

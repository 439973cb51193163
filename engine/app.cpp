// The App. Sections: start-up and the recorder, events. The window loop and
// its drivers are in app_loop.cpp, the deck and the first scene in
// app_start.cpp, the preferences and sound in app_preferences.cpp, drawing
// in app_draw.cpp.
#include "engine/app.hpp"
#include "engine/words/translation.hpp"

#include "engine/overlays.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/words/preference_words.hpp"
#include "engine/words/words.hpp"
#include "game/base/user_folders.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace hearth {
namespace {

constexpr std::int64_t kToastMs = 2500;

// Headless runs are silent unless SDL_AUDIODRIVER names a driver (a test
// records the chime with SDL's "disk" driver).
bool sound_wanted(const Options& o) {
    return !o.headless || std::getenv("SDL_AUDIODRIVER") != nullptr;
}

// The user's preferences in a window, --config's file if given, none headless.
std::filesystem::path preferences_file(const Options& o) {
    if (!o.config.empty())
        return o.config;
    return o.headless ? std::filesystem::path() : default_preferences_file();
}

} // namespace

// ---------------------------------------------------------------- start-up and the recorder

App::App(Options options, std::unique_ptr<Backend> backend, std::filesystem::path deck_path,
         std::filesystem::path fonts_dir, std::future<LoadResult> first_load)
    : options_(std::move(options)), backend_(std::move(backend)), fonts_(fonts_dir),
      cards_(backend_->renderer(), fonts_),
      deck_(std::move(deck_path), options_.watch, std::move(first_load)),
      audio_(fonts_dir.parent_path() / "sounds", sound_wanted(options_)),
      prefs_(preferences_file(options_)), read_aloud_(options_.speech_log) {
    // Without a seed, 1: main gives a window the clock's.
    if (options_.seed)
        seed_ = *options_.seed;
    // On the screen a card too long to show whole goes a page at a time.
    cards_.set_pages(true);
    // A window keeps rasterised art between runs, so its first frame need
    // not rasterise the back again; headless runs stay free of the cache.
    if (!options_.headless)
        if (auto cache = user_cache_folder(process_env))
            cards_.art().keep_on_disk(*cache / "art");
    if (!options_.resume.empty() || !options_.log.empty())
        recorder_ = std::make_unique<SessionRecorder>(options_.resume, options_.log);
    load_preferences();
    load_deck_file();
    start_phones();
    start_first_scene();
    show_preference_problems();
}

App::~App() {
    housekeeping(true); // changed preferences are kept on the way out
    phones_.reset();    // the server's thread ends before the App it wakes
}

void App::set_text_scale(double scale) {
    // Tenths from 70% to 160%; kept exact so the percent said is the one used.
    text_scale_ = std::clamp(std::round(scale * 10) / 10, 0.7, 1.6);
}

void App::toast(std::string message) {
    toast_ = std::move(message);
    toast_until_ = now_ms_ + kToastMs;
    dirty_ = true;
    read_aloud_.message(toast_);
}

void App::session_changed(const Session& session) {
    ++session_version_;
    phones_dirty_ = true;
    deck_.hold(session);
    remember_group(session);
    read_aloud_.session(deck(), session);
    if (recorder_ && !resume_blocked_)
        recorder_->record(session);
    report_recorder();
}

void App::finish_recording() {
    if (!recorder_)
        return;
    recorder_->flush(); // nothing on screen is lost on the way out
    report_recorder();
}

void App::report_recorder() {
    if (!recorder_)
        return;
    SessionRecorder::Failures f = recorder_->take_failures();
    recording_failed_ = recording_failed_ || !f.save.empty() || !f.log.empty();
    if (!f.save.empty()) {
        std::fprintf(stderr, "hearth: could not save the session: %s\n", f.save.c_str());
        toast(fill(tr("Could not save the session: {why}"), {{"why", f.save}}));
        save_failure_until_ = toast_until_;
    }
    if (!f.log.empty()) {
        std::fprintf(stderr, "hearth: could not write the log: %s\n", f.log.c_str());
        // The save is the more serious loss: its message stays up, and while
        // the save is still behind, a log failure says the save's again.
        if (now_ms_ >= save_failure_until_ && !f.save_behind.empty()) {
            toast(fill(tr("Could not save the session: {why}"), {{"why", f.save_behind}}));
            save_failure_until_ = toast_until_;
        } else if (now_ms_ >= save_failure_until_) {
            toast(fill(tr("Could not write the log: {why}"), {{"why", f.log}}));
        }
    }
}

void App::file_not_written(const std::string& message) {
    std::fprintf(stderr, "hearth: %s\n", message.c_str());
    recording_failed_ = true;
}

// ---------------------------------------------------------------- events

void App::handle(const SDL_Event& e) {
    if (deck_.watcher() && deck_.watcher()->is_change(e)) {
        bool had_scene = scene_ != nullptr;
        load_deck_file();
        ++reload_count_;
        if (!had_scene && deck_.live().has_deck())
            start_first_scene();
        return;
    }
    if (e.type == SDL_QUIT) {
        quit_ = true;
        return;
    }
    if (phones_ && e.type == phones_event_) {
        pump_phones();
        return;
    }
    if (e.type == SDL_WINDOWEVENT) {
        window_changed(e.window.event);
        return;
    }
    if (e.type == SDL_CONTROLLERDEVICEADDED) {
        SDL_GameControllerOpen(e.cdevice.which); // closed by SDL_Quit
        return;
    }
    SDL_FPoint scale = backend_->pointer_scale();
    SDL_Point ws = backend_->window_size();
    if (std::optional<InputEvent> in = input_.map(e, scale.x, scale.y, ws.x, ws.y))
        handle_input(*in);
}

// A window that keeps its last frame (the software window) shows it again
// when the display lost it; only a new size needs a frame drawn anew. Other
// windows draw anew at every window event.
void App::window_changed(Uint8 what) {
    if (!backend_->keeps_frame()) {
        dirty_ = true;
        return;
    }
    switch (what) {
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_RESIZED:
    case SDL_WINDOWEVENT_MAXIMIZED:
    case SDL_WINDOWEVENT_DISPLAY_CHANGED:
        dirty_ = true;
        break;
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_SHOWN:
    case SDL_WINDOWEVENT_RESTORED:
        unshown_ = true;
        break;
    default: // focus, the pointer's coming and going, a move: nothing to show
        break;
    }
}

// Hearth's events, from whatever device: the binding table gives them their
// meaning where the keys are (the scene's layer, or the overlay's); help,
// full screen, text size and pause are the App's, for every scene.
void App::handle_input(const InputEvent& e) {
    take_desktop_motion(); // a key pressed at once meets the desktop's setting
    if (const auto* text = std::get_if<TextInput>(&e.what)) {
        // Text is for a scene that types; behind the pause screen or the
        // errors nobody sees it land.
        if (!paused_ && errors_.empty() && scene_) {
            scene_->on_text(*text, *this);
            dirty_ = true;
        }
    } else {
        // A phone acts for its seat only: it never closes what the host
        // has open (app_phones.cpp checks its move first).
        const bool phone = e.origin.device == Origin::Device::Phone;
        if (scene_ && !phone)
            scene_->finish_animations(); // input never waits for an animation
        if (help_ && !phone) {           // any key closes the help
            help_ = false;
            dirty_ = true;
            return;
        }
        const bool overlay = paused_ || !errors_.empty() || !scene_;
        std::optional<Input> in =
            bindings().resolve(e, overlay ? Layer::Commands : scene_->layer());
        if (!in)
            return;
        dirty_ = true;
        if (!phone && phones_input(*in))
            return;
        if (paused_) {
            if (in->command == Command::Pause || in->command == Command::Leave ||
                in->command == Command::Next) {
                paused_ = false;
                if (scene_)
                    scene_->set_paused(false, *this);
            }
            return;
        }
        if (read_aloud_input(*in))
            return;
        switch (in->command) {
        case Command::Help:
            help_ = true;
            return;
        case Command::FullScreen:
            backend_->toggle_fullscreen();
            full_screen_ = !full_screen_;
            prefs_.set_full_screen(full_screen_);
            preferences_changed();
            return;
        case Command::Bigger:
        case Command::Smaller: {
            int percent = int(std::lround(text_scale_ * 100));
            percent = in->command == Command::Bigger ? std::min(kTextSizeMax, percent + 10)
                                                     : std::max(kTextSizeMin, percent - 10);
            set_text_scale(percent / 100.0);
            prefs_.set_text_size(percent);
            preferences_changed();
            toast(say(Message{MessageId::TableTextSize, {{"percent", std::int64_t(percent)}}}));
            return;
        }
        case Command::Mute:
            audio_.set_muted(!audio_.muted());
            prefs_.set_sound(!audio_.muted());
            preferences_changed();
            toast(sound_said(!audio_.muted()));
            return;
        case Command::Pause:
            paused_ = true;
            if (scene_)
                scene_->set_paused(true, *this);
            return;
        default:
            break;
        }
        if (!errors_.empty()) {
            // Errors cover the screen: Escape closes them (or quits when
            // there is no deck to play).
            if (in->command == Command::Leave) {
                if (!deck_.live().has_deck() || !scene_)
                    quit_ = true;
                errors_.clear();
                error_hint_.clear();
            }
            return;
        }
        if (scene_) {
            scene_->on_input(*in, *this);
            if (reduced_motion_)
                scene_->finish_animations(); // a cut: the card is open at once
        }
    }
    if (next_scene_) {
        scene_ = std::move(next_scene_);
        dirty_ = true;
    }
}

std::string App::clipboard_text() const {
    if (!SDL_HasClipboardText())
        return {};
    char* text = SDL_GetClipboardText();
    std::string out = text ? text : "";
    SDL_free(text);
    return out;
}

void App::set_clipboard_text(const std::string& text) {
    SDL_SetClipboardText(text.c_str());
}

void App::advance(std::int64_t ms) {
    take_desktop_motion();
    if (ms <= 0)
        return;
    now_ms_ += ms;
    if (scene_ && !paused_) {
        scene_->advance(ms, *this);
        if (reduced_motion_)
            scene_->finish_animations(); // no pulsing cloth at a timer's end
        read_session_aloud();            // a timer's last minute, its end
    }
    if (!toast_.empty() && now_ms_ >= toast_until_) {
        toast_.clear();
        dirty_ = true;
    }
}

std::int64_t App::next_redraw_ms() {
    if (scene_ && scene_->animating(*this))
        return 16;
    std::int64_t wake = -1;
    auto take = [&wake](std::int64_t w) {
        if (w >= 0)
            wake = wake < 0 ? w : std::min(wake, w);
    };
    if (scene_ && !paused_)
        take(scene_->wake_in_ms());
    if (!toast_.empty())
        take(std::max<std::int64_t>(1, toast_until_ - now_ms_));
    return wake;
}

} // namespace hearth

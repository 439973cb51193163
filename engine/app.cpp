// The App. Sections: start-up and the deck, events, the window loop, the
// headless script, drawing.
#include "engine/app.hpp"

#include "engine/live_reload.hpp"
#include "engine/overlays.hpp"
#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/live_deck.hpp"
#include "game/deck/own_cards.hpp"
#include "game/session/session.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"

#include <SDL_image.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace hearth {
namespace {

constexpr std::int64_t kToastMs = 2500;
constexpr std::int64_t kRecorderPollMs = 100;

} // namespace

// ---------------------------------------------------------------- start-up and the deck

App::App(Options options, std::unique_ptr<Backend> backend, std::filesystem::path deck_path,
         std::filesystem::path fonts_dir)
    : options_(std::move(options)), backend_(std::move(backend)), fonts_(fonts_dir),
      cards_(backend_->renderer(), fonts_), deck_(std::move(deck_path), options_.watch) {
    if (options_.seed)
        seed_ = *options_.seed;
    else if (!options_.headless)
        seed_ = std::uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                std::uint64_t(std::chrono::system_clock::now().time_since_epoch().count());
    SDL_EventState(SDL_MOUSEMOTION, SDL_IGNORE); // motion would wake the loop for nothing
    if (!options_.resume.empty() || !options_.log.empty())
        recorder_ = std::make_unique<SessionRecorder>(options_.resume, options_.log);
    load_deck_file();
    start_first_scene();
}

App::~App() = default;

// The deck keeper loads the deck; a reload that is not taken leaves the last
// good deck in play, and its problems show over it until a save fixes them.
void App::load_deck_file() {
    DeckKeeper::Loaded loaded = deck_.load();
    const LiveDeck& live = deck_.live();
    errors_.clear();
    error_hint_.clear();
    if (loaded.taken) {
        cards_.clear();
        if (loaded.reload)
            toast("Reloaded " + deck_.file_name());
    } else {
        error_title_ = loaded.reload ? "The deck file has errors; the last good deck stays in play"
                                     : "The deck could not be loaded";
        for (const Diagnostic& d : live.problems()) {
            errors_.push_back(d.str());
            std::fprintf(stderr, "%s\n", d.str().c_str());
        }
    }
    if (loaded.reload && recorder_)
        recorder_->reload(loaded.log_line);
    dirty_ = true;
}

void App::load_own_cards_file() {
    std::vector<Diagnostic> problems = deck_.load_own_cards();
    if (problems.empty())
        return;
    error_title_ = "Your own cards could not be read";
    error_hint_ = "The file is left as it was, and cards written now are not saved to it. " +
                  bindings().key(Command::Leave, Layer::Commands) + " plays on without them.";
    errors_.clear();
    for (const Diagnostic& d : problems) {
        errors_.push_back(d.str());
        std::fprintf(stderr, "%s\n", d.str().c_str());
    }
}

void App::keep_own_card(const Card& written) {
    toast(deck_.keep_own_card(written));
}

void App::start_first_scene() {
    if (!deck_.live().has_deck())
        return;
    const Deck& deck = deck_.live().deck();
    if (!options_.solo)
        load_own_cards_file();
    if (!options_.format.empty() && !deck.find_format(options_.format)) {
        error_title_ = "No such format";
        errors_ = {"the deck has no format '" + options_.format + "'"};
        return;
    }
    // Solo is a session with one seat: started, resumed, logged and saved as
    // any other, and played in the journal scene.
    std::optional<std::filesystem::path> journal;
    if (options_.solo) {
        journal = user_journal_folder();
        if (!journal) {
            error_title_ = "The journal has no home";
            errors_ = {"neither XDG_DATA_HOME nor HOME is set to an absolute path, so there is "
                       "nowhere to keep the journal"};
            return;
        }
    }
    auto play = [&](Session s) -> std::unique_ptr<Scene> {
        if (journal)
            return std::make_unique<SoloScene>(std::move(s), *journal, *this);
        return std::make_unique<TableScene>(std::move(s));
    };
    if (!options_.skip_setup()) {
        scene_ = std::make_unique<SetupScene>(deck, seed_, options_.format);
        return;
    }
    if (!options_.resume.empty()) {
        std::error_code ec;
        if (std::filesystem::exists(options_.resume, ec)) {
            SaveReading reading;
            auto loaded = load_session(deck, options_.resume, &reading);
            if (auto* e = std::get_if<Diagnostic>(&loaded)) {
                // Shown, never overwritten: the file stays as it is.
                error_title_ = "The saved session could not be read";
                errors_ = {say(*e)};
                std::fprintf(stderr, "%s\n", errors_.front().c_str());
                resume_blocked_ = true;
                return;
            }
            for (const Diagnostic& d : reading.warnings) {
                std::fprintf(stderr, "%s\n", d.str().c_str());
                toast(d.str());
            }
            Session s = std::get<Session>(std::move(loaded));
            // A version-1 save or a torn one is written anew, once; a whole
            // version-2 save is appended to as it is.
            if (recorder_)
                recorder_->resumed(s, reading.version == kSaveVersion && reading.appendable);
            session_changed(s);
            scene_ = play(std::move(s));
            return;
        }
        if (options_.players.empty() && options_.player_count == 0 && !options_.solo) {
            scene_ = std::make_unique<SetupScene>(deck, seed_, options_.format);
            return;
        }
    }
    // --players names them, --player-count counts them, --solo is one.
    const int count = options_.player_count > 0 ? options_.player_count : options_.solo ? 1 : 0;
    SessionStart start =
        new_session_start(deck, options_.format,
                          options_.player_count > 0 ? std::vector<std::string>{} : options_.players,
                          count, seed_, deck_.own_cards());
    if (start.format.empty())
        // The first format that seats this many players (--solo: one).
        if (const Format* f = first_format_seating(deck, int(start.players.size()), options_.solo))
            start.format = f->id;
    if (journal)
        start = solo_start_today(deck, seed_, options_.format); // the card of the day first
    auto r = start_session(deck, start);
    if (auto* e = std::get_if<StartError>(&r)) {
        error_title_ = "The session could not start";
        errors_ = {start.format.empty() ? "the deck has no format for one player"
                                        : say(e->message)};
        return;
    }
    Session s = std::get<Session>(std::move(r));
    session_changed(s);
    scene_ = play(std::move(s));
}

void App::toast(std::string message) {
    toast_ = std::move(message);
    toast_until_ = now_ms_ + kToastMs;
    dirty_ = true;
}

void App::session_changed(const Session& session) {
    deck_.hold(session);
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
    if (!f.save.empty()) {
        std::fprintf(stderr, "hearth: could not save the session: %s\n", f.save.c_str());
        toast("Could not save the session: " + f.save);
        save_failure_until_ = toast_until_;
    }
    if (!f.log.empty()) {
        std::fprintf(stderr, "hearth: could not write the log: %s\n", f.log.c_str());
        // The save is the more serious loss: its message stays up.
        if (now_ms_ >= save_failure_until_)
            toast("Could not write the log: " + f.log);
    }
}

std::string App::save_folder() const {
    if (options_.headless || options_.out != ".")
        return options_.out;
    if (auto data = user_data_folder(process_env))
        return (*data / "summaries").string();
    return ".";
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
    if (e.type == SDL_WINDOWEVENT) {
        dirty_ = true;
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

// Hearth's events, from whatever device: the binding table gives them their
// meaning where the keys are (the scene's layer, or the overlay's); help,
// full screen, text size and pause are the App's, for every scene.
void App::handle_input(const InputEvent& e) {
    if (const auto* text = std::get_if<TextInput>(&e.what)) {
        // Text is for a scene that types; behind the pause screen or the
        // errors nobody sees it land.
        if (!paused_ && errors_.empty() && scene_) {
            scene_->on_text(*text, *this);
            dirty_ = true;
        }
    } else {
        if (scene_)
            scene_->finish_animations(); // input never waits for an animation
        if (help_) {                     // any key closes the help
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
        if (paused_) {
            if (in->command == Command::Pause || in->command == Command::Leave ||
                in->command == Command::Next) {
                paused_ = false;
                if (scene_)
                    scene_->set_paused(false, *this);
            }
            return;
        }
        switch (in->command) {
        case Command::Help:
            help_ = true;
            return;
        case Command::FullScreen:
            backend_->toggle_fullscreen();
            return;
        case Command::Bigger:
            text_scale_ = std::min(1.6, text_scale_ + 0.1);
            return;
        case Command::Smaller:
            text_scale_ = std::max(0.7, text_scale_ - 0.1);
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
        if (scene_)
            scene_->on_input(*in, *this);
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
    if (ms <= 0)
        return;
    now_ms_ += ms;
    if (scene_ && !paused_)
        scene_->advance(ms, *this);
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

// ---------------------------------------------------------------- the window loop

int App::run_window(const std::vector<ScriptStep>* script) {
    auto t0 = std::chrono::steady_clock::now();
    auto clock = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - t0)
            .count();
    };
    std::size_t next_step = 0;
    int status = 0;
    while (!quit_) {
        if (dirty_ || (scene_ && scene_->animating(*this))) {
            draw();
            backend_->present();
            dirty_ = false;
            if (first_frame_ms_ < 0) {
                first_frame_ms_ = clock();
                if (std::getenv("HEARTH_REPORT_FIRST_FRAME"))
                    std::fprintf(stderr, "hearth: first frame after %.1f ms (%s)\n",
                                 first_frame_ms_, backend_->describe().c_str());
            }
        }
        if (script && next_step < script->size()) {
            step_script((*script)[next_step++], status);
            continue;
        }
        if (script && next_step == script->size())
            break;
        // Sleep until an event (input, or a deck change with --watch) or the
        // next thing that changes on screen by itself (a timer's second, a
        // toast, an animation frame), whichever comes first.
        SDL_Event e;
        std::int64_t redraw = next_redraw_ms();
        // An animation's frames start 16 ms apart, however long drawing took:
        // waiting 16 ms after each frame ran them at 1000 / (16 + draw) a second.
        if (scene_ && scene_->animating(*this))
            redraw = std::max<std::int64_t>(0, now_ms_ + 16 - clock());
        std::int64_t redraw_at = redraw < 0 ? -1 : now_ms_ + redraw;
        // While the recorder writes, wake now and then to show a failure soon.
        std::int64_t wait = redraw;
        if (recorder_ && recorder_->busy())
            wait = wait < 0 ? kRecorderPollMs : std::min(wait, kRecorderPollMs);
        bool got = SDL_WaitEventTimeout(&e, int(wait));
        advance(clock() - now_ms_);
        if (got) {
            handle(e);
            while (!quit_ && SDL_PollEvent(&e))
                handle(e);
        }
        if (scene_)
            scene_->poll(*this);
        report_recorder();
        if (redraw_at >= 0 && now_ms_ >= redraw_at)
            dirty_ = true;
    }
    finish_recording();
    return status;
}

// ---------------------------------------------------------------- the headless script

void App::step_script(const ScriptStep& step, int& status) {
    SDL_Event e{};
    switch (step.kind) {
    case ScriptStep::Kind::Key:
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = SDL_GetKeyFromName(step.text.c_str());
        e.key.keysym.scancode = SDL_GetScancodeFromKey(e.key.keysym.sym);
        e.key.keysym.mod = Uint16((step.ctrl ? KMOD_LCTRL : 0) | (step.shift ? KMOD_LSHIFT : 0) |
                                  (step.alt ? KMOD_LALT : 0));
        handle(e);
        break;
    case ScriptStep::Kind::Type: {
        // One text event per character, as a keyboard sends them.
        std::size_t i = 0;
        while (i < step.text.size()) {
            std::size_t n = 1;
            unsigned char c = static_cast<unsigned char>(step.text[i]);
            if (c >= 0xF0)
                n = 4;
            else if (c >= 0xE0)
                n = 3;
            else if (c >= 0xC0)
                n = 2;
            n = std::min(n, step.text.size() - i);
            SDL_Event t{};
            t.type = SDL_TEXTINPUT;
            std::memcpy(t.text.text, step.text.data() + i, n);
            handle(t);
            i += n;
        }
        break;
    }
    case ScriptStep::Kind::Click:
        e.type = SDL_MOUSEBUTTONUP;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.x = step.x;
        e.button.y = step.y;
        handle(e);
        break;
    case ScriptStep::Kind::Wait:
        advance(std::int64_t(step.seconds * 1000 + 0.5));
        dirty_ = true;
        break;
    case ScriptStep::Kind::Sleep: {
        auto end = std::chrono::steady_clock::now() +
                   std::chrono::milliseconds(std::int64_t(step.seconds * 1000));
        while (std::chrono::steady_clock::now() < end) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            SDL_Event pending;
            while (SDL_PollEvent(&pending))
                handle(pending);
            if (scene_)
                scene_->poll(*this); // wall-clock work (the journal's saves) goes on
        }
        break;
    }
    case ScriptStep::Kind::AwaitReload: {
        auto end = std::chrono::steady_clock::now() +
                   std::chrono::milliseconds(std::int64_t(step.seconds * 1000));
        std::uint64_t before = reload_count_;
        while (reload_count_ == before && std::chrono::steady_clock::now() < end) {
            SDL_Event pending;
            if (SDL_WaitEventTimeout(&pending, 50))
                do
                    handle(pending);
                while (reload_count_ == before && SDL_PollEvent(&pending));
            if (scene_)
                scene_->poll(*this);
        }
        if (reload_count_ == before) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%g", step.seconds);
            std::fprintf(
                stderr, "%s\n",
                file_error({options_.script, step.line, 0},
                           std::string("the deck was not reloaded within ") + seconds + " seconds")
                    .str()
                    .c_str());
            status = 1;
        }
        dirty_ = true;
        break;
    }
    case ScriptStep::Kind::Shot: {
        draw();
        backend_->present();
        std::filesystem::path dir(options_.out);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (auto err = backend_->save_png(dir / (step.text + ".png"))) {
            std::fprintf(
                stderr, "%s\n",
                file_error({options_.script, step.line, 0}, "cannot write the shot: " + *err)
                    .str()
                    .c_str());
            status = 1;
        }
        break;
    }
    }
    if (next_scene_) {
        scene_ = std::move(next_scene_);
        dirty_ = true;
    }
    report_recorder();
}

int App::run_script(const std::vector<ScriptStep>& script) {
    int status = 0;
    draw();
    for (const ScriptStep& step : script) {
        if (quit_)
            break;
        step_script(step, status);
    }
    finish_recording();
    if (!deck_.live().has_deck() || resume_blocked_)
        status = 1;
    return status;
}

// ---------------------------------------------------------------- drawing

void App::draw() {
    SDL_Renderer* r = backend_->renderer();
    SDL_Point size = backend_->output_size();
    Gfx g{r, cards_, size.x, size.y, text_scale_};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    if (paused_) {
        draw_pause(g, bindings().keys(Command::Pause, Layer::Commands));
        return;
    }
    if (scene_) {
        scene_->draw(g, *this);
    } else {
        SDL_SetRenderDrawColor(r, 0x2a, 0x1e, 0x18, 0xff);
        SDL_RenderClear(r);
    }
    if (help_) {
        KeyHelp keys = scene_ ? scene_->help(bindings()) : KeyHelp{};
        draw_help(g, keys);
    }
    if (!errors_.empty()) {
        const std::string leave = bindings().key(Command::Leave, Layer::Commands);
        draw_errors(g, error_title_, errors_,
                    !error_hint_.empty() ? error_hint_
                    : resume_blocked_    ? "The file is left as it was. " + leave + " quits."
                    : deck_.live().has_deck() && scene_
                        ? "Fix the file and save: it reloads by itself. " + leave + " hides this."
                        : "Fix the file and save: it reloads by itself. " + leave + " quits.");
    }
    if (!toast_.empty())
        draw_toast(g, toast_);
}

} // namespace hearth

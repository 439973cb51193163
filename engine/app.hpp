// The App: the scene host and the loop. It holds the backend, the fonts, the
// deck keeper (the deck, its reloads, the user's own cards), the session
// recorder (log and save) and the current scene, and runs the frame loop.
// Calm by design: it sleeps in SDL_WaitEventTimeout until input, a timer's
// next second or an animation frame, and draws only then. A script is
// played into it from outside, by the headless runner (headless_runner.hpp).
#pragma once

#include "engine/audio.hpp"
#include "engine/backend.hpp"
#include "engine/cli_options.hpp"
#include "engine/deck_keeper.hpp"
#include "engine/desktop_motion.hpp"
#include "engine/frame_pacer.hpp"
#include "engine/input_map.hpp"
#include "engine/phones/phone_server.hpp"
#include "engine/preferences.hpp"
#include "engine/render/card_view.hpp"
#include "engine/scene.hpp"
#include "engine/session_recorder.hpp"
#include "engine/speech/read_aloud.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/live_deck.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class App final : public SceneHost {
public:
    // `deck_path` is the deck to load; `fonts_dir` the folder of font files;
    // `first_load`, when main started it, the deck's load under way
    // (DeckKeeper::load_in_background).
    App(Options options, std::unique_ptr<Backend> backend, std::filesystem::path deck_path,
        std::filesystem::path fonts_dir, std::future<LoadResult> first_load = {});
    ~App() override;

    // Runs a window until the user quits. Returns the exit status.
    int run_window();
    // The text painter every screen draws with (the fit tests read its clipped lines).
    TextPainter& text_painter() { return cards_.text(); }

    // SceneHost
    const Deck& deck() const override { return deck_.live().deck(); }
    std::uint64_t deck_generation() const override { return deck_.live().generation(); }
    const Options& options() const override { return options_; }
    std::int64_t now_ms() const override { return now_ms_; }
    void switch_to(std::unique_ptr<Scene> next) override { next_scene_ = std::move(next); }
    void toast(std::string message) override;
    void session_changed(const Session& session) override;
    void text_input(bool on) override { backend_->set_text_input(on); }
    std::filesystem::path summary_file() const override;
    bool summary_may_replace() const override { return summary_name_.has_value(); }
    const std::vector<Card>& own_cards() const override { return deck_.own_cards(); }
    void keep_own_card(const Card& written) override;
    std::string clipboard_text() const override;
    void set_clipboard_text(const std::string& text) override;
    void quit() override { quit_ = true; }
    void text_shown(std::size_t bytes) override;
    void play(Sound s) override { audio_.play(s); }
    bool animations_coming() override { return !reduced_motion_; }

    // ---- for a driver of the loop (the headless runner, tests): the
    // platform's events go in as SDL events, the clock moves when it says.

    // An SDL event: the platform's own (quit, a deck change), or input,
    // which the input map turns into Hearth's events.
    void handle(const SDL_Event& e);
    // Moves the clock on by `ms`: timers, animations, toasts.
    void advance(std::int64_t ms);
    // Wall-clock work of the scene (the journal's saves), as when the loop wakes.
    void poll();
    // After a step: the next scene comes in, and what the recorder could
    // not write is shown.
    void settle();
    // Draws the frame (without presenting it).
    void draw();
    // Draws and presents the frame when something changed (the window
    // loop's); true when it did.
    bool present_if_changed();
    // Draws the first frame without presenting it: main draws it while the
    // window opens, and the first present_if_changed shows it.
    void draw_first_frame();
    // One piece of the scene's idle preparation (Scene::prepare), unless
    // something moves; true while more remains.
    bool prepare_idle();
    // The next frame is drawn anew.
    void redraw() { dirty_ = true; }
    Backend& backend() { return *backend_; }
    // Deck reloads tried after a change on disk, taken or refused.
    std::uint64_t reload_count() const { return reload_count_; }
    bool quitting() const { return quit_; }
    // The run cannot play: the deck never loaded, the save is unreadable, or
    // the session asked for on the command line could not start.
    bool failed_to_start() const {
        return !deck_.live().has_deck() || resume_blocked_ || start_failed_;
    }
    // A save, log or summary write failed during the run (it was said on stderr).
    bool recording_failed() const { return recording_failed_; }
    void file_not_written(const std::string& message) override;
    // Waits for the recorder's writes at the end of a run, and reports them.
    void finish_recording();
    // Summaries are saved under this one name in --out (a script's run),
    // not named by the date and time.
    void name_summaries(std::string name) { summary_name_ = std::move(name); }
    // Called with the length of the text a scene shows each time it changes.
    void on_text_shown(std::function<void(std::size_t)> listener) {
        text_shown_ = std::move(listener);
    }

    // For tests: the scene now showing, the recorder (null without --resume
    // and --log), the message at the bottom of the screen (empty: none).
    Scene* scene() { return scene_.get(); }
    SessionRecorder* recorder() { return recorder_.get(); }
    const std::string& toast_shown() const { return toast_; }
    // The sounds and the preferences (for tests).
    const Audio& audio() const { return audio_; }
    const PreferencesFile& preferences() const { return prefs_; }
    // Read aloud: what it said (for tests).
    const ReadAloud& read_aloud() const { return read_aloud_; }
    // Reduced motion: animations are cuts (the option, else the preference,
    // else the desktop's setting; headless: off unless asked).
    bool reduced_motion() const { return reduced_motion_; }
    // The problems shown over everything (empty: none).
    const std::vector<std::string>& errors_shown() const { return errors_; }
    // The + and - keys' text size (1.0 = 100%), for the preferences to keep.
    double text_scale() const { return text_scale_; }
    void set_text_scale(double scale);
    // The phones' server (--phones), or null (app_phones.cpp).
    PhoneServer* phones() { return phones_.get(); }
    // The J overlay is up.
    bool phones_shown() const { return phones_shown_; }
    // The help overlay's lines: the scene's keys, then (with --phones, at the
    // table) the phones' join panel's (app_phones.cpp).
    KeyHelp help_keys() const;
    // Phones' actions become the table's commands; their state is sent back.
    void pump_phones();

private:
    void load_deck_file();
    // What a window event asks: a frame drawn anew, shown again, or nothing.
    void window_changed(Uint8 what);
    // The first present's time after the loop began (HEARTH_REPORT_FIRST_FRAME).
    void note_first_frame();
    // Reads the user's own cards for the deck; a damaged file is shown and
    // left alone (never written over).
    void load_own_cards_file();
    // Toasts what the recorder could not write: a failed save before a failed log.
    void report_recorder();
    void start_first_scene();
    // Reads the preferences and puts them in force; shows a damaged file's problems.
    void load_preferences();
    // Shows the preferences' problems unless other problems are showing.
    void show_preference_problems();
    // The last group and format, once a table session has them.
    void remember_group(const Session& session);
    // A setting changed: written a moment later, off the frame path.
    void preferences_changed();
    // Writes changed preferences when due (or now, with `now`), and the
    // device's closing; what the loop does when it wakes.
    void housekeeping(bool now);
    // Milliseconds until housekeeping has work, or -1.
    std::int64_t housekeeping_in_ms() const;
    // Seeing and hearing (app_access.cpp): the theme, the font and reduced
    // motion put in force from the options and the preferences; read aloud
    // the same, its keys (true when `in` was one), what the scene's session
    // now says, and its one notice, shown.
    void apply_seeing();
    void take_desktop_motion(); // the desktop's answer on motion, once it has come
    void start_read_aloud();
    bool read_aloud_input(const Input& in);
    void read_session_aloud();
    void show_read_aloud_notice();
    void start_scene(); // the part of start_first_scene that picks the scene
    void handle_input(const InputEvent& e);
    // Milliseconds until the screen changes by itself, or -1.
    std::int64_t next_redraw_ms();

    Options options_;
    std::unique_ptr<Backend> backend_;
    FontLibrary fonts_;
    CardPainter cards_;
    InputMap input_;
    DeckKeeper deck_;                // the deck in play, its reloads, the user's own cards
    std::uint64_t reload_count_ = 0; // reloads tried after a change on disk (for `await reload`)
    // The save and the log (--resume, --log), appended off the frame path.
    std::unique_ptr<SessionRecorder> recorder_;
    std::int64_t save_failure_until_ = -1; // a save failure's toast is up until then
    std::unique_ptr<Scene> scene_, next_scene_;
    std::int64_t now_ms_ = 0;
    bool quit_ = false;
    bool dirty_ = true;
    bool unshown_ = false; // the frame drawn is yet to be presented (or shown again)
    bool help_ = false;
    bool paused_ = false;
    double text_scale_ = 1.0;
    bool full_screen_ = false;
    Audio audio_;
    PreferencesFile prefs_;       // the user's (a window), --config's, or none (headless)
    ReadAloud read_aloud_;        // off unless turned on; --speech-log writes instead of speaking
    bool reduced_motion_ = false; // animations are cuts
    DesktopMotionQuestion desktop_motion_; // asked at start when nothing else says
    std::optional<std::chrono::steady_clock::time_point> prefs_due_; // changed preferences' write
    std::string toast_;
    std::int64_t toast_until_ = 0;
    std::string error_title_;
    bool start_failed_ = false;       // start_first_scene could not start what was asked
    bool recording_failed_ = false;   // a write of the save or the log failed
    std::vector<std::string> errors_; // shown over everything while not empty
    double first_frame_ms_ = -1;
    bool idle_work_ = false;     // the scene may have preparation to do since the last frame
    std::int64_t idle_from_ = 0; // the window loop's clock when it may start
    std::optional<std::chrono::steady_clock::time_point> frames_since_; // the first frame's clock
    FramePacer pacer_;         // a window's animation frames, presented a period apart
    bool pace_frames_ = false; // the window loop paces them; a script's run does not
    std::uint64_t seed_ = 1;
    bool resume_blocked_ = false;             // the save file is damaged: never write over it
    std::string error_hint_;                  // what to do about errors_, when not the deck's
    std::optional<std::string> summary_name_; // name_summaries

    // ---- the phones (app_phones.cpp)
    void start_phones();
    // The J overlay's keys; true when the input was the overlay's.
    bool phones_input(const Input& in);
    void publish_phones();
    void write_from_phone(const PhoneAction& a);
    void draw_phones(Gfx& g);
    std::unique_ptr<PhoneServer> phones_;
    std::uint32_t phones_event_ = 0;              // the server's wake-up call
    bool phones_shown_ = false;                   // the J overlay
    int phones_lit_ = 0;                          // the phone the overlay's keys act on
    bool phones_dirty_ = true;                    // the state changed since it was sent
    std::uint64_t session_version_ = 0;           // counts session_changed
    std::uint64_t phones_sent_ = 0;               // states sent
    std::uint64_t roster_seen_ = 0;               // the roster the screen shows
    std::function<void(std::size_t)> text_shown_; // on_text_shown
};

} // namespace hearth

// The App: the scene host and the loop. It holds the backend, the fonts, the
// deck keeper (the deck, its reloads, the user's own cards), the session
// recorder (log and save) and the current scene; runs the frame loop (a
// window) or a script (headless). Calm by design: it sleeps in
// SDL_WaitEventTimeout until input, a timer's next second or an animation
// frame, and draws only then.
#pragma once

#include "engine/backend.hpp"
#include "engine/cli_options.hpp"
#include "engine/deck_keeper.hpp"
#include "engine/headless_script.hpp"
#include "engine/input_map.hpp"
#include "engine/render/card_view.hpp"
#include "engine/scene.hpp"
#include "engine/session_recorder.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/live_deck.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class App final : public SceneHost {
public:
    // `deck_path` is the deck to load; `fonts_dir` the folder of font files.
    App(Options options, std::unique_ptr<Backend> backend, std::filesystem::path deck_path,
        std::filesystem::path fonts_dir);
    ~App() override;

    // Runs a window until the user quits. Returns the exit status.
    int run_window(const std::vector<ScriptStep>* script = nullptr);
    // Runs `script` headless. Returns the exit status.
    int run_script(const std::vector<ScriptStep>& script);

    // SceneHost
    const Deck& deck() const override { return deck_.live().deck(); }
    std::uint64_t deck_generation() const override { return deck_.live().generation(); }
    const Options& options() const override { return options_; }
    std::int64_t now_ms() const override { return now_ms_; }
    void switch_to(std::unique_ptr<Scene> next) override { next_scene_ = std::move(next); }
    void toast(std::string message) override;
    void session_changed(const Session& session) override;
    void text_input(bool on) override { backend_->set_text_input(on); }
    std::string save_folder() const override;
    const std::vector<Card>& own_cards() const override { return deck_.own_cards(); }
    void keep_own_card(const Card& written) override;
    std::string clipboard_text() const override;
    void set_clipboard_text(const std::string& text) override;
    void quit() override { quit_ = true; }

    // For tests: the scene now showing, the recorder (null without --resume
    // and --log).
    Scene* scene() { return scene_.get(); }
    SessionRecorder* recorder() { return recorder_.get(); }

private:
    void load_deck_file();
    // Reads the user's own cards for the deck; a damaged file is shown and
    // left alone (never written over).
    void load_own_cards_file();
    // Toasts what the recorder could not write: a failed save before a failed log.
    void report_recorder();
    // Waits for the recorder's writes at the end of a run, and reports them.
    void finish_recording();
    void start_first_scene();
    // An SDL event: the platform's own (quit, a deck change), or input,
    // which the input map turns into Hearth's events for handle_input.
    void handle(const SDL_Event& e);
    void handle_input(const InputEvent& e);
    void advance(std::int64_t ms);
    void draw();
    // One piece of the scene's idle preparation (Scene::prepare); true while
    // more remains.
    bool prepare_idle();
    void step_script(const ScriptStep& step, int& status);
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
    bool help_ = false;
    bool paused_ = false;
    double text_scale_ = 1.0;
    std::string toast_;
    std::int64_t toast_until_ = 0;
    std::string error_title_;
    std::vector<std::string> errors_; // shown over everything while not empty
    double first_frame_ms_ = -1;
    bool idle_work_ = false;     // the scene may have preparation to do since the last frame
    std::int64_t idle_from_ = 0; // the window loop's clock when it may start
    std::uint64_t seed_ = 1;
    bool resume_blocked_ = false; // the save file is damaged: never write over it
    std::string error_hint_;      // what to do about errors_, when not the deck's
};

} // namespace hearth

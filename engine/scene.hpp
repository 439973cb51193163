// Scenes: a screen that turns input into actions and draws the state.
// The set-up screen and the table are scenes; the solo journal plugs in the
// same way. The App owns the window, the clock and the overlays.
#pragma once

#include "engine/bindings.hpp"
#include "engine/render/card_view.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hearth {

struct Session;
struct Options;
enum class Sound : std::uint8_t; // engine/audio.hpp

// What a scene draws with, for one frame.
struct Gfx {
    SDL_Renderer* renderer = nullptr;
    CardPainter& cards;
    int w = 0, h = 0;        // output size in pixels
    double text_scale = 1.0; // the + and - keys

    TextPainter& text() { return cards.text(); }
    ShapePainter& shapes() { return cards.shapes(); }
    // A length given for a 1920x1080 screen, scaled to this one.
    int px(double at_1080) const;
    // A text size given for 1080p, scaled and with the +/- factor applied.
    int font(double at_1080) const;
};

class Scene;

// What a scene may ask of the App.
class SceneHost {
public:
    virtual ~SceneHost() = default;
    virtual const Deck& deck() const = 0;
    // Changes whenever another deck is put in play (live reload): pictures of
    // cards are keyed on it.
    virtual std::uint64_t deck_generation() const { return 1; }
    virtual const Options& options() const = 0;
    // The engine clock in milliseconds (real time in a window, script time headless).
    virtual std::int64_t now_ms() const = 0;
    // Switches to `next` after the current event.
    virtual void switch_to(std::unique_ptr<Scene> next) = 0;
    // A short message shown for a moment at the bottom of the screen.
    virtual void toast(std::string message) = 0;
    // The session changed (an action was applied): the App records it (log, save).
    virtual void session_changed(const Session& session) = 0;
    // Text entry on or off (on-screen keyboards, IME).
    virtual void text_input(bool on) = 0;
    // Where to save the summary now: the host decides the folder and the
    // name (a window names it by the date and time, a script's run keeps one).
    virtual std::filesystem::path summary_file() const = 0;
    // True when the summary's file is the run's own and a later save replaces
    // it (a script's `summary.md`); else every save is a new file beside the
    // others (engine/new_file.hpp).
    virtual bool summary_may_replace() const { return true; }
    // A file the person asked for (the summary) could not be written: said
    // on the screen by the scene, and here on stderr and in the run's exit
    // status, so a script learns of it.
    virtual void file_not_written(const std::string& message) { (void)message; }
    // The user's own cards for this deck (written at earlier sessions), for
    // a new session's draw pile.
    virtual const std::vector<Card>& own_cards() const {
        static const std::vector<Card> none;
        return none;
    }
    // Keeps a card written at the table as one of the user's own; says how it
    // went in a toast.
    virtual void keep_own_card(const Card&) {}
    // The binding table the scene's help and hints name keys from.
    virtual const Bindings& bindings() const { return Bindings::standard(); }
    // The clipboard (text fields' copy, cut and paste).
    virtual std::string clipboard_text() const { return {}; }
    virtual void set_clipboard_text(const std::string&) {}
    virtual void quit() = 0;
    // Sounds `s` for the room (unless muted; headless only with SDL_AUDIODRIVER).
    virtual void play(Sound /*s*/) {}
    // What the scene shows changed: its text (the journal's entry) is now
    // `bytes` long. A script's driver may report it (`report shown`).
    virtual void text_shown(std::size_t /*bytes*/) {}
    // Animations are coming (the table has left set-up): the backend may
    // make ready now, while idle, what comparing their frames needs. False
    // when animations are cuts (reduced motion): nothing need be made.
    virtual bool animations_coming() { return true; }
};

class Scene {
public:
    virtual ~Scene() = default;
    // Where the keys are now (the table's commands, a text field, ...): the
    // binding table gives each event its meaning in this layer.
    virtual Layer layer() const { return Layer::Commands; }
    // Text typed or being composed, while a text field has the keys.
    virtual void on_text(const TextInput&, SceneHost&) {}
    // A command from any device, in the scene's layer.
    virtual void on_input(const Input& input, SceneHost& host) = 0;
    // The clock moved by `ms` (timers).
    virtual void advance(std::int64_t ms, SceneHost& host) = 0;
    // Called whenever the loop wakes, also during a headless script's real
    // `sleep`: work that runs on the wall clock, such as saving the journal.
    virtual void poll(SceneHost&) {}
    // Ends any running animation at once (input never waits for one).
    virtual void finish_animations() {}
    virtual void draw(Gfx& gfx, SceneHost& host) = 0;
    // Does one bounded piece of work a later frame will need (art at the size
    // it will be drawn, the next card's layout), so that no key press pays for
    // it; true while more remains. The loop calls it only after a frame, while
    // nothing moves, and looks for input between pieces.
    virtual bool prepare(Gfx&, SceneHost&) { return false; }
    // True while something moves; the loop then draws every frame.
    virtual bool animating(const SceneHost&) const { return false; }
    // Milliseconds until what is shown changes by itself (a timer's next
    // second), or -1: the loop may sleep until the next event.
    virtual std::int64_t wake_in_ms() const { return -1; }
    // Pause and resume (the blank screen).
    virtual void set_paused(bool, SceneHost&) {}
    // The key lines the help overlay shows for this scene, in the words of
    // `keys` for what the scene offers now.
    virtual KeyHelp help(const Bindings&) const { return {}; }
    // Where a toast may go on a w x h screen without covering what must be
    // read (a card's text, a list's rows): the band it is centred in.
    virtual SDL_Rect toast_band(int w, int h) const;
    // The session the scene plays, if any (the host records a snapshot of it
    // when the deck changes under it).
    virtual const Session* session_in_play() const { return nullptr; }
    // The text the user is writing (the solo journal's entry), which read
    // aloud reads on request; empty when the scene has none.
    virtual std::string entry_text() const { return {}; }
};

} // namespace hearth

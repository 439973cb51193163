// The solo reflection scene: one card (the card of the day, or drawn), a
// quiet reflection timer, and the journal entry typed right beside it. The
// editing, the journal file and when to save live in game/ (TextEditor,
// Journal, EntryWriter); this scene turns keys into editor calls and draws.
//
// Saving runs on the real clock, not the script clock: what is on screen is
// on disk within a second even in a headless run that only sleeps.
#pragma once

#include "engine/scene.hpp"
#include "game/base/rng.hpp"
#include "game/journal/entry_writer.hpp"
#include "game/journal/journal.hpp"
#include "game/journal/journal_lookback.hpp"
#include "game/text/editor_layout.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hearth {

// Where this user's journal lives ($XDG_DATA_HOME or ~/.local/share, see
// docs/journal.md); nullopt when neither HOME nor XDG_DATA_HOME is usable.
std::optional<std::filesystem::path> user_journal_folder();

class SoloScene : public Scene {
public:
    // `journal_folder` is where day files go; `seed` shuffles the cards drawn.
    SoloScene(const Deck& deck, std::filesystem::path journal_folder, std::uint64_t seed,
              SceneHost& host);
    // Saves what is unsaved.
    ~SoloScene() override;

    Layer layer() const override;
    void on_text(const TextInput& text, SceneHost& host) override;
    void on_input(const Input& input, SceneHost& host) override;
    void advance(std::int64_t ms, SceneHost& host) override;
    void poll(SceneHost& host) override;
    void draw(Gfx& gfx, SceneHost& host) override;
    std::int64_t wake_in_ms() const override;
    // The pause screen stops the reflection timer too (and starts it again).
    void set_paused(bool paused, SceneHost& host) override;
    KeyHelp help(const Bindings& keys) const override;

    // For tests.
    const EntryWriter& writer() const { return writer_; }
    const std::string& card_id() const { return card_id_; }
    const ReflectionTimer& timer() const { return timer_; }
    bool editing() const { return focus_ == Focus::Editor; }
    const std::optional<JournalEntry>& earlier() const { return earlier_; }
    // Where the editor's text area and the caret were last drawn.
    SDL_Rect editor_box() const { return editor_box_; }
    SDL_Rect caret_rect() const { return caret_rect_; }

private:
    enum class Focus { Editor, Card, LookBack };

    // Cards and entries.
    void show_card(const Deck& deck, const std::string& card_id, bool of_the_day, SceneHost& host);
    void next_card(SceneHost& host);
    void show_today(SceneHost& host);
    void save_now(SceneHost& host);
    void after_edit(SceneHost& host);
    void report(SceneHost& host);

    // Commands in the editor and while looking back; false when not theirs.
    bool editor_input(const Input& in, SceneHost& host);
    bool lookback_input(const Input& in, SceneHost& host);
    void focus_editor(SceneHost& host);
    void leave_editor(SceneHost& host);
    void open_lookback(SceneHost& host, bool by_card, const std::string& entry_id);

    // Drawing (solo_view.cpp).
    // The layout of the editor's text (with any IME composition) at the
    // last drawn size; rebuilt when the text changed.
    const EditorLayout* current_layout();
    void draw_editor(Gfx& g, SDL_Rect box);
    void draw_lookback(Gfx& g, SceneHost& host);

    Journal journal_;
    EntryWriter writer_;
    ReflectionTimer timer_;
    int timer_seconds_ = 300;
    std::int64_t engine_now_ = 0; // the engine clock at the last advance
    Rng rng_;
    std::vector<std::string> pool_; // shuffled card ids; drawn from the back
    std::string card_id_;
    bool of_the_day_ = false;
    std::optional<JournalEntry> earlier_; // an earlier entry about this card
    Focus focus_ = Focus::Editor;
    std::size_t reported_bytes_ = std::string::npos;
    std::uint64_t reported_revision_ = 0;
    std::string last_error_;
    bool paused_with_screen_ = false; // the pause screen paused the running timer
    bool leave_anyway_ = false;       // Escape pressed once with an entry that could not be saved

    // Looking back.
    std::vector<JournalEntry> past_;
    std::vector<CardGroup> groups_;
    bool by_card_ = false;
    std::size_t selected_ = 0;

    // Editor view state.
    int scroll_ = 0; // pixels scrolled off the top of the editor box
    std::pair<std::uint64_t, std::size_t> followed_{}; // revision and caret last scrolled to
    SDL_Rect editor_box_{}, caret_rect_{};             // as last drawn
    int line_h_ = 0;                                   // the editor's line height, last drawn
    TextPainter* painter_ = nullptr;                   // from the first draw, for measuring
    std::unique_ptr<EditorLayout> layout_;
    std::string layout_text_;
    int layout_width_ = 0, layout_px_ = 0;
    std::unordered_map<std::string, int> widths_; // measured text widths at layout_px_
};

} // namespace hearth

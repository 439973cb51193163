// The solo reflection scene: a session with one seat, its card (the card of
// the day first, then drawn from the session's pile), the session's prompt
// timer as a quiet reflection timer, and the journal entry typed right beside
// it. The session's rules (game/session/solo_session.hpp) decide the cards and
// the timer; the editing, the journal file and when to save live in
// game/journal (TextEditor, Journal, EntryWriter). This scene turns keys into
// session actions and editor calls, and draws.
//
//   solo_scene.cpp    starting, the session's actions, commands, the clock
//   solo_journal.cpp  the entry: saving, the editor's keys, looking back
//   solo_view.cpp     drawing
//
// Saving runs on the real clock, not the script clock: what is on screen is
// on disk within a second even in a headless run that only sleeps.
#pragma once

#include "engine/scene.hpp"
#include "game/journal/entry_writer.hpp"
#include "game/journal/journal.hpp"
#include "game/journal/journal_lookback.hpp"
#include "game/session/session.hpp"
#include "game/text/editor_layout.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hearth {

// Where this user's journal lives ($XDG_DATA_HOME or ~/.local/share, see
// docs/journal.md); nullopt when neither HOME nor XDG_DATA_HOME is usable.
std::optional<std::filesystem::path> user_journal_folder();

// True once a solo scene closed with journal text it could not save in the
// journal (it was kept elsewhere, or shown on stderr): Hearth then exits non-zero.
bool journal_entry_lost();

// "4:05": a countdown's minutes and seconds, rounded up (0:01 until it is done).
std::string countdown_text(std::int64_t ms);

// How a solo session of `deck` starts today (the card of the day on this
// computer's date first); `format` empty: the deck's solo format.
SessionStart solo_start_today(const Deck& deck, std::uint64_t seed, std::string_view format = {});

class SoloScene : public Scene {
public:
    // A journal notice in the interface's words.
    static std::string notice_words(const JournalNotice& n);
    // A new solo session of the deck's solo format: `journal_folder` is where
    // day files go; `seed` shuffles the session's pile.
    SoloScene(const Deck& deck, std::filesystem::path journal_folder, std::uint64_t seed,
              SceneHost& host);
    // Solo on `session` (one seat), started or resumed by the App; one still
    // in set-up draws its first card.
    SoloScene(Session session, std::filesystem::path journal_folder, SceneHost& host);
    // Saves what is unsaved.
    ~SoloScene() override;

    Layer layer() const override;
    std::string entry_text() const override { return writer_.editor().text(); }
    void on_text(const TextInput& text, SceneHost& host) override;
    void on_input(const Input& input, SceneHost& host) override;
    void advance(std::int64_t ms, SceneHost& host) override;
    void poll(SceneHost& host) override;
    void draw(Gfx& gfx, SceneHost& host) override;
    std::int64_t wake_in_ms() const override;
    // The pause screen pauses the session, and with it the reflection timer.
    void set_paused(bool paused, SceneHost& host) override;
    KeyHelp help(const Bindings& keys) const override;
    // Over the line above the editor (the card of the day's date), within
    // the editor's column: never across the card or the line saying where
    // the entry is saved.
    SDL_Rect toast_band(int w, int h) const override;

    // For tests.
    const EntryWriter& writer() const { return writer_; }
    const std::string& card_id() const { return card_id_; }
    // The session: its pile, its timer, its log.
    const Session& session() const { return session_; }
    bool editing() const { return focus_ == Focus::Editor; }
    const std::optional<JournalEntry>& earlier() const { return earlier_; }
    // Where the editor's text area and the caret were last drawn.
    SDL_Rect editor_box() const { return editor_box_; }
    SDL_Rect caret_rect() const { return caret_rect_; }

private:
    enum class Focus { Editor, Card, LookBack };

    // The session (solo_scene.cpp). `act` takes a move's result: a refusal is
    // told in a toast; a session showing another card is taken only if the
    // entry so far could be saved (else the card stays, and so does the text).
    bool act(Applied moved, SceneHost& host);
    void next_card(SceneHost& host);
    void show_today(SceneHost& host);
    void toggle_timer(SceneHost& host);
    // Gives the session the time that passed since its last tick.
    void flush_clock(SceneHost& host);
    bool of_the_day() const;

    // The entry (solo_journal.cpp). Begins the entry about `card`; false when
    // the one so far could not be saved.
    bool begin_entry(const Deck& deck, const Card& card, SceneHost& host);
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
    Session session_;
    std::int64_t pending_ms_ = 0;         // time not yet given to the session
    std::string card_id_;                 // the card on show, which the entry is about
    std::optional<JournalEntry> earlier_; // an earlier entry about this card
    Focus focus_ = Focus::Editor;
    std::size_t reported_bytes_ = std::string::npos;
    std::uint64_t reported_revision_ = 0;
    std::string last_error_;
    bool paused_with_screen_ = false; // the pause screen paused the session
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
    // A card too long to show whole goes a page at a time (Ctrl+PageDown,
    // T with the journal aside, or a click on its "1/2"), as at the table.
    std::string card_page_of_;
    int card_page_ = 0, card_pages_ = 1;
    SDL_Rect page_marker_{};         // as last drawn
    int line_h_ = 0;                 // the editor's line height, last drawn
    TextPainter* painter_ = nullptr; // from the first draw, for measuring
    std::unique_ptr<EditorLayout> layout_;
    std::string layout_text_;
    int layout_width_ = 0, layout_px_ = 0;
    std::unordered_map<std::string, int> widths_; // measured text widths at layout_px_
};

} // namespace hearth

// The table: what a group sees on the TV while it plays. Reads the session,
// turns commands into session actions, and draws seats, piles, mission,
// timer and the current card. The rules live in game/session*, never here.
#pragma once

#include "engine/render/sdl_handles.hpp"
#include "engine/scene.hpp"
#include "engine/scenes/card_texture.hpp"
#include "engine/scenes/table_panel.hpp"
#include "engine/table_layout.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace hearth {

// "no timer" -> "No timer": a refusal's description as a toast.
std::string sentence(std::string_view s);

class TableScene : public Scene {
public:
    explicit TableScene(Session session);

    Layer layer() const override;
    void on_text(const TextInput& text, SceneHost& host) override;
    void on_input(const Input& input, SceneHost& host) override;
    void advance(std::int64_t ms, SceneHost& host) override;
    void finish_animations() override;
    void draw(Gfx& gfx, SceneHost& host) override;
    bool prepare(Gfx& gfx, SceneHost& host) override;
    bool animating(const SceneHost& host) const override;
    std::int64_t wake_in_ms() const override;
    void set_paused(bool paused, SceneHost& host) override;
    KeyHelp help(const Bindings& keys) const override;
    SDL_Rect toast_band(int w, int h) const override;
    // The keys the status line names now, in the words of `keys`.
    std::string hints(const Bindings& keys, const Deck& deck) const;

    const Session& session() const { return session_; }
    // The header's progress: "Round 2 of 2", the time or cards left, the turn.
    std::string progress_text(const Deck& deck) const;
    // How many times the whole table has been drawn (tests, benchmarks).
    std::size_t tables_drawn() const { return tables_drawn_; }
    // How often a frame painted the centre card's face or back afresh
    // (idle preparation's paints are not counted).
    std::size_t centre_paints() const { return centre_paints_; }
    // While a drawn card flies, the table under it is drawn once into a
    // texture and each frame copies it and draws the card; off, every frame
    // draws the whole table (tests compare the two).
    void use_still_table(bool on) { use_still_ = on; }
    const Session* session_in_play() const override { return &session_; }
    // A seat's phone writes the blank card on the table (what W's form
    // applies, for that seat, and kept as the host's own card as W keeps it).
    // True when the session took it (else a toast says why).
    bool write_for_seat(int seat, const std::string& title, const std::string& text,
                        SceneHost& host);
    // The form over the table (writing a card, a name), for tests.
    const TablePanel& panel() const { return panel_; }

private:
    // Applies `action`; shows the refusal as a toast. True when applied.
    bool act(const Action& action, SceneHost& host);
    // Applies the time that passed since the last tick.
    void flush_clock(SceneHost& host);
    void draw_table(Gfx& gfx, SceneHost& host);
    // A frame of a card's flight drawn over the still table (table_still.cpp);
    // false when this frame must draw the whole table.
    bool draw_over_still(Gfx& gfx, SceneHost& host);
    // The back the centre card shows before a card is drawn and while it
    // turns over (table_card.cpp), rendered once per type, size and deck.
    SDL_Texture* centre_back(Gfx& gfx, const SceneHost& host, SDL_Rect rect);
    static std::string back_key(const Card& card, SDL_Rect rect, std::uint64_t generation);
    void draw_summary(Gfx& gfx, SceneHost& host);
    // The status line's hints for the step, without the clicker's choices.
    std::string step_hints(const Bindings& keys, const Deck& deck) const;
    void draw_center_card(Gfx& gfx, const SceneHost& host, const TableLayout& L, std::int64_t now);
    // The closing round's words in the middle, in place of a card.
    void draw_closing(Gfx& gfx, const TableLayout& L);
    // Saves the summary (at the end, by itself); S then says where it is.
    // The seats with their marks, and the header's progress (table_seats.cpp).
    void draw_seats(Gfx& gfx, SceneHost& host, const TableLayout& L, std::int64_t now);
    void draw_header(Gfx& gfx, SceneHost& host, const TableLayout& L);
    // The seat the room should look at: the talking piece's holder in a
    // discussion, else whose turn it is; -1 when none.
    int lit_seat() const;
    // The turn's card was kept: it has left the middle.
    bool turn_card_kept() const;
    // A card shown big over the centre (the mission, a "see" reference), in
    // table_look.cpp; true when the input was the look's.
    bool look_input(const Input& input, SceneHost& host);
    void draw_look(Gfx& gfx, SceneHost& host, const TableLayout& L);
    void save_summary(SceneHost& host);
    void summary_again(SceneHost& host);
    // The clicker's choices (table_choices.cpp): B (or period) lights the
    // next one, PageDown takes it, PageUp closes them.
    struct Choice {
        enum class Kind { Pass, Keep, Skip, Take, End, Where, Quit, Page };
        Kind kind = Kind::End;
        int seat = -1; // Take: the seat
        std::string words;
    };
    std::vector<Choice> choices(const Deck& deck) const;
    bool choice_input(const Input& input, SceneHost& host);
    void do_choice(const Choice& c, SceneHost& host);
    void draw_choice_band(Gfx& g, SDL_Rect band, const Bindings& keys, const Deck& deck);
    // The group's mission being chosen at set-up: the same choose step.
    bool choosing_mission(const Deck& deck) const;
    // The choose step (table_offered.cpp): the cards laid out side by side,
    // B or \u2193 lights the next, PageDown takes the lit one, a number or a
    // click takes that one; at set-up, the missions (S draws one at random).
    bool choosing_card() const;
    bool offer_input(const Input& input, SceneHost& host);
    void draw_offered(Gfx& g, SceneHost& host);
    // The cards laid out: the table's, or (a session saved under rules 1
    // or 2 at set-up) the format's missions, chosen by name.
    std::vector<std::string> offer_ids(const Deck& deck) const;
    void offer_pick(int i, SceneHost& host);
    // Set-up again, at its names, with this table's seated (the missions' back).
    void back_to_setup(SceneHost& host);
    // The seat commands and the writing form (table_edits.cpp).
    bool edit_input(const Input& input, SceneHost& host);
    void open_write(SceneHost& host);
    void open_rename(int seat);
    void panel_result(TablePanel::Result r, SceneHost& host);
    void draw_remove_band(Gfx& gfx, const TableLayout& L, const Bindings& keys);
    // The step timer's ring, and the cue at its end (table_timer.cpp).
    void draw_timer(Gfx& gfx, const TableLayout& L, std::int64_t now);
    void draw_time_up_cue(Gfx& gfx, std::int64_t now);
    // The cloth's colour now: it glows pink while a timer's end pulses.
    Color cloth(std::int64_t now) const;
    // After a tick: a timer that ended sounds, and its cue starts.
    void notice_timer_end(SceneHost& host);

    Session session_;
    std::int64_t pending_ms_ = 0;         // time not yet given to the session
    bool confirm_end_ = false;            // Escape pressed once
    int confirm_remove_ = -1;             // Delete pressed once: the seat that would leave
    TablePanel panel_;                    // writing a card or a name, over the table
    int rename_seat_ = -1;                // the seat the name form renames
    std::string write_type_;              // the blank type the card form writes
    std::string saved_to_;                // where the summary was saved
    std::string save_failed_;             // why the summary could not be saved
    int choice_ = -1;                     // the lit choice of choices(), or -1: none shown
    int offer_lit_ = 0;                   // the lit card of a choose step
    std::vector<std::string> offer_seen_; // the cards offer_lit_ is for
    std::vector<SDL_Rect> offer_rects_;   // for clicks on the laid-out cards
    TableLayout last_layout_;             // for hit tests of clicks and taps

    // Animations, in engine-clock milliseconds; they never block input.
    struct Anim {
        std::int64_t start = 0;
        std::int64_t length = 0;
        bool active(std::int64_t now) const { return now - start < length; }
        double t(std::int64_t now) const {
            return length <= 0 ? 1.0 : std::clamp(double(now - start) / length, 0.0, 1.0);
        }
    };
    Anim flip_;      // a card drawn: it flies from the pile and turns over
    Anim seat_move_; // the active mark or the talking piece moves seats
    Anim time_up_;   // a timer ended: the screen's edge pulses
    int from_active_ = -1, from_talker_ = -1, from_lit_ = -1;
    std::string look_card_;     // the card shown big over the centre, or empty
    std::size_t look_next_ = 0; // the next "see" reference F shows
    bool look_back_ = false;    // the look shows look_card_'s other side (T)
    // A card too long to show whole (a reader's wider font) is shown a page
    // at a time: T, a click on its "1/2" or B's choice turns the page.
    // card_pages_ is what the last frame drew for card_page_of_.
    std::string card_page_of_;
    int card_page_ = 0;
    int card_pages_ = 1;
    SDL_Rect page_marker_{}; // on the screen, for clicks and taps
    // The same for the card a look shows (its key: the card, "#back" for its
    // other side).
    std::string look_page_of_;
    int look_page_ = 0;
    int look_pages_ = 1;
    std::string look_key() const { return look_card_ + (look_back_ ? "#back" : ""); }
    bool paged_look_showing() const {
        return !look_card_.empty() && look_pages_ > 1 && look_page_of_ == look_key();
    }
    bool paged_card_showing(const Deck& deck) const;
    void turn_page() { card_page_ = card_page_ + 1 < card_pages_ ? card_page_ + 1 : 0; }
    std::int64_t last_now_ = 0;

    // The current card, rendered once into a texture and reused every frame.
    CardTexture card_tex_, back_tex_;
    // Prepared while the table is idle (table_prepare.cpp): the next card at
    // the centre's size, its back (it flies showing it), and a scratch
    // picture for the pictures' caches.
    CardTexture next_tex_, next_back_tex_, scratch_tex_;
    std::unordered_set<std::string> prepared_; // the idle jobs done, by key
    CardTexture still_;                        // the table without the flying card
    bool use_still_ = true;                    // see use_still_table
    bool skip_centre_ = false;                 // draw_table leaves out the centre card (for still_)
    bool skip_seats_ = false;                  // ... and the seats (for still_, while they move)
    bool still_without_seats_ = false;         // still_ was made so: each frame draws them
    std::size_t tables_drawn_ = 0;
    std::size_t centre_paints_ = 0;
};

} // namespace hearth

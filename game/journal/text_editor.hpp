// The journal editor as a model: a UTF-8 buffer with a caret, a selection,
// the moves and edits a person expects from a text box, and undo. No SDL:
// the engine turns key and text-input events into these calls, talks to the
// clipboard, and lays the text out (LineLayout) for up/down and Home/End.
//
// Positions are byte offsets into text(), always on grapheme boundaries
// (grapheme.hpp). The selection runs from anchor() to caret(); it is empty
// when they are equal. Sections: layout interface, the editor (state, moves,
// edits, clipboard, composition, undo).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// How the text is laid out on screen, for moves by visual line. The engine
// implements it with its text layout; tests with a fixed-width wrap.
class LineLayout {
public:
    virtual ~LineLayout() = default;
    // Number of visual lines (at least 1, even for empty text).
    virtual std::size_t line_count() const = 0;
    // The visual line the caret at `pos` is drawn on.
    virtual std::size_t line_of(std::size_t pos) const = 0;
    // The caret's horizontal position at `pos`, in any unit.
    virtual double x_of(std::size_t pos) const = 0;
    // The position on visual `line` closest to `x`.
    virtual std::size_t pos_at(std::size_t line, double x) const = 0;
    // Where Home and End put the caret on visual `line`: its first and last
    // positions in reading order (a right-to-left line starts at its right).
    virtual std::size_t line_first(std::size_t line) const { return pos_at(line, -1e300); }
    virtual std::size_t line_last(std::size_t line) const { return pos_at(line, 1e300); }
};

class TextEditor {
public:
    explicit TextEditor(std::string text = {});

    // --- state
    const std::string& text() const { return text_; }
    std::size_t caret() const { return caret_; }
    std::size_t anchor() const { return anchor_; }
    bool has_selection() const { return caret_ != anchor_; }
    std::size_t selection_begin() const { return caret_ < anchor_ ? caret_ : anchor_; }
    std::size_t selection_end() const { return caret_ < anchor_ ? anchor_ : caret_; }
    // Grows by one on every change to text(); autosave compares it.
    std::uint64_t revision() const { return revision_; }
    // Replaces everything, caret at the end, history cleared.
    void reset(std::string text);

    // --- moves; `extend` keeps the anchor (Shift held)
    void move_left(bool extend = false);
    void move_right(bool extend = false);
    void move_word_left(bool extend = false);
    void move_word_right(bool extend = false);
    // Start/end of the visual line with a layout, else of the text line.
    void move_home(bool extend = false, const LineLayout* layout = nullptr);
    void move_end(bool extend = false, const LineLayout* layout = nullptr);
    void move_up(const LineLayout& layout, bool extend = false);
    void move_down(const LineLayout& layout, bool extend = false);
    void move_to_start(bool extend = false);
    void move_to_end(bool extend = false);
    // Puts the caret at `pos` (snapped to a grapheme boundary), e.g. a click.
    void move_to(std::size_t pos, bool extend = false);
    void select_all();

    // --- edits
    // Typed or IME-committed text; replaces the selection. Control
    // characters other than newline and tab are dropped, CR LF becomes LF,
    // invalid UTF-8 becomes U+FFFD.
    void insert(std::string_view typed);
    // Like insert, but always its own undo step.
    void paste(std::string_view text);
    void backspace();
    void delete_forward();
    // Ctrl+Backspace / Ctrl+Delete: to the word boundary (or the selection).
    void delete_word_back();
    void delete_word_forward();

    // --- clipboard (the engine moves the text to and from the system)
    std::string copy() const;
    std::string cut();

    // --- IME composition: shown at the caret, not yet part of text()
    void set_composition(std::string text) { composition_ = std::move(text); }
    const std::string& composition() const { return composition_; }

    // --- history
    bool undo();
    bool redo();
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // Oldest steps are dropped beyond this many.
    static constexpr std::size_t max_history = 500;

private:
    enum class EditKind { Typing, Deleting, Other };
    // One change: `removed` at `pos` was replaced by `inserted`.
    struct Step {
        std::size_t pos = 0;
        std::string removed;
        std::string inserted;
        std::size_t anchor_before = 0, caret_before = 0;
        std::size_t anchor_after = 0, caret_after = 0;
        EditKind kind = EditKind::Other;
    };

    void replace(std::size_t begin, std::size_t end, std::string_view with, EditKind kind);
    void set_caret(std::size_t pos, bool extend);
    void end_coalescing() { coalesce_ = false; }
    std::size_t word_left_of(std::size_t pos) const;
    std::size_t word_right_of(std::size_t pos) const;
    std::size_t line_start(std::size_t pos) const;
    std::size_t line_end(std::size_t pos) const;
    void move_vertically(const LineLayout& layout, bool extend, int direction);

    std::string text_;
    std::size_t caret_ = 0, anchor_ = 0;
    std::uint64_t revision_ = 0;
    std::string composition_;
    std::vector<Step> undo_, redo_;
    bool coalesce_ = false; // the next edit of the same kind may join the last step
    double goal_x_ = -1;    // remembered x for consecutive up/down moves
};

// Word boundaries of `text` by UAX #29 (libunibreak): the byte offsets where
// a word starts or ends, ascending, including 0 and text.size().
std::vector<std::size_t> word_boundaries(std::string_view text);

// True when the code points of text[begin, end) include a letter, digit or
// other word character (not only spaces and punctuation).
bool is_word_segment(std::string_view text, std::size_t begin, std::size_t end);

// `text` made safe to insert: CR LF and CR become LF, other control
// characters but tab are dropped, invalid UTF-8 becomes U+FFFD.
std::string clean_typed_text(std::string_view text);

} // namespace hearth

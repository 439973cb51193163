#include "game/journal/text_editor.hpp"

#include "game/base/grapheme.hpp"
#include "game/base/utf8.hpp"

#include <wordbreak.h>

#include <algorithm>
#include <mutex>

namespace hearth {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t';
}

} // namespace

// ---------------------------------------------------------------- words

std::vector<std::size_t> word_boundaries(std::string_view text) {
    static std::once_flag init;
    std::call_once(init, [] { init_wordbreak(); });
    std::vector<std::size_t> out{0};
    if (text.empty())
        return out;
    std::vector<char> brks(text.size());
    set_wordbreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), nullptr,
                        brks.data());
    // Keep only breaks that fall between grapheme clusters, walked in step.
    for (std::size_t g = next_grapheme(text, 0); g < text.size(); g = next_grapheme(text, g))
        if (brks[g - 1] == WORDBREAK_BREAK)
            out.push_back(g);
    out.push_back(text.size());
    return out;
}

bool is_word_segment(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end;) {
        char32_t cp = utf8_next(text, i);
        if (cp < 0x80) {
            if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                cp == '_')
                return true;
            continue;
        }
        bool punctuation_or_space = (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 &&
                                     cp != 0xBA) || // Latin-1 symbols
                                    cp == 0xD7 ||
                                    cp == 0xF7 ||                     // × ÷
                                    (cp >= 0x2000 && cp <= 0x206F) || // general punctuation
                                    (cp >= 0x3000 && cp <= 0x3003) || // CJK space and stops
                                    (cp >= 0xFE00 && cp <= 0xFE0F) || // variation selectors
                                    (cp >= 0xFF01 && cp <= 0xFF0F) || // full-width punctuation
                                    cp == 0xFFFD;
        if (!punctuation_or_space)
            return true;
    }
    return false;
}

std::string clean_typed_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = utf8_next(text, i);
        if (cp == U'\r') {
            if (i < text.size() && text[i] == '\n')
                ++i;
            out += '\n';
        } else if (cp == U'\n' || cp == U'\t' || (cp >= 0x20 && cp != 0x7F)) {
            append_utf8(out, cp);
        }
    }
    return out;
}

// ---------------------------------------------------------------- state

TextEditor::TextEditor(std::string text) {
    reset(std::move(text));
}

void TextEditor::reset(std::string text) {
    text_ = clean_typed_text(text);
    caret_ = anchor_ = text_.size();
    undo_.clear();
    redo_.clear();
    composition_.clear();
    coalesce_ = false;
    goal_x_ = -1;
    ++revision_;
}

void TextEditor::set_caret(std::size_t pos, bool extend) {
    caret_ = std::min(pos, text_.size());
    if (!extend)
        anchor_ = caret_;
    goal_x_ = -1;
    end_coalescing();
}

// ---------------------------------------------------------------- moves

void TextEditor::move_left(bool extend) {
    if (has_selection() && !extend)
        return set_caret(selection_begin(), false);
    set_caret(prev_grapheme(text_, caret_), extend);
}

void TextEditor::move_right(bool extend) {
    if (has_selection() && !extend)
        return set_caret(selection_end(), false);
    set_caret(next_grapheme(text_, caret_), extend);
}

std::size_t TextEditor::word_left_of(std::size_t pos) const {
    auto b = word_boundaries(text_);
    for (std::size_t k = b.size() - 1; k-- > 0;)
        if (b[k] < pos && is_word_segment(text_, b[k], b[k + 1]))
            return b[k];
    return 0;
}

std::size_t TextEditor::word_right_of(std::size_t pos) const {
    auto b = word_boundaries(text_);
    for (std::size_t k = 1; k < b.size(); ++k)
        if (b[k] > pos && is_word_segment(text_, b[k - 1], b[k]))
            return b[k];
    return text_.size();
}

void TextEditor::move_word_left(bool extend) {
    set_caret(word_left_of(caret_), extend);
}
void TextEditor::move_word_right(bool extend) {
    set_caret(word_right_of(caret_), extend);
}

std::size_t TextEditor::line_start(std::size_t pos) const {
    if (pos == 0)
        return 0;
    auto nl = text_.rfind('\n', pos - 1);
    return nl == std::string::npos ? 0 : nl + 1;
}

std::size_t TextEditor::line_end(std::size_t pos) const {
    auto nl = text_.find('\n', pos);
    return nl == std::string::npos ? text_.size() : nl;
}

void TextEditor::move_home(bool extend, const LineLayout* layout) {
    if (layout)
        return move_to(layout->line_first(layout->line_of(caret_)), extend);
    set_caret(line_start(caret_), extend);
}

void TextEditor::move_end(bool extend, const LineLayout* layout) {
    if (layout)
        return move_to(layout->line_last(layout->line_of(caret_)), extend);
    set_caret(line_end(caret_), extend);
}

void TextEditor::move_vertically(const LineLayout& layout, bool extend, int direction) {
    double x = goal_x_ >= 0 ? goal_x_ : layout.x_of(caret_);
    std::size_t line = layout.line_of(caret_);
    std::size_t target;
    if (direction < 0 && line == 0)
        target = 0;
    else if (direction > 0 && line + 1 >= layout.line_count())
        target = text_.size();
    else
        target = layout.pos_at(direction < 0 ? line - 1 : line + 1, x);
    move_to(target, extend);
    goal_x_ = x; // kept, so a run of up/down moves holds its column
}

void TextEditor::move_up(const LineLayout& layout, bool extend) {
    move_vertically(layout, extend, -1);
}
void TextEditor::move_down(const LineLayout& layout, bool extend) {
    move_vertically(layout, extend, +1);
}
void TextEditor::move_to_start(bool extend) {
    set_caret(0, extend);
}
void TextEditor::move_to_end(bool extend) {
    set_caret(text_.size(), extend);
}

void TextEditor::move_to(std::size_t pos, bool extend) {
    pos = std::min(pos, text_.size());
    if (!is_grapheme_boundary(text_, pos))
        pos = prev_grapheme(text_, pos);
    set_caret(pos, extend);
}

void TextEditor::select_all() {
    anchor_ = 0;
    caret_ = text_.size();
    goal_x_ = -1;
    end_coalescing();
}

// ---------------------------------------------------------------- edits

void TextEditor::replace(std::size_t begin, std::size_t end, std::string_view with, EditKind kind) {
    if (begin == end && with.empty())
        return;
    Step step{begin, text_.substr(begin, end - begin), std::string(with), anchor_, caret_, 0, 0,
              kind};
    text_.replace(begin, end - begin, with);
    caret_ = anchor_ = begin + with.size();
    step.anchor_after = anchor_;
    step.caret_after = caret_;
    ++revision_;
    redo_.clear();
    goal_x_ = -1;

    // Typing joins the step before it while it continues the same run, and
    // starts a new step at each new word; deleting joins while it continues
    // backwards or forwards from the same spot.
    Step* last = (coalesce_ && !undo_.empty()) ? &undo_.back() : nullptr;
    bool joined = false;
    if (last && last->kind == kind && kind == EditKind::Typing && step.removed.empty() &&
        last->pos + last->inserted.size() == begin &&
        !(is_space(last->inserted.back()) && !is_space(with.front()))) {
        last->inserted += with;
        joined = true;
    } else if (last && last->kind == kind && kind == EditKind::Deleting && step.inserted.empty() &&
               last->inserted.empty()) {
        if (end == last->pos) { // backspace
            last->removed.insert(0, step.removed);
            last->pos = begin;
            joined = true;
        } else if (begin == last->pos) { // delete forward
            last->removed += step.removed;
            joined = true;
        }
    }
    if (joined) {
        last->anchor_after = anchor_;
        last->caret_after = caret_;
    } else {
        undo_.push_back(std::move(step));
        if (undo_.size() > max_history)
            undo_.erase(undo_.begin());
    }
    coalesce_ = kind != EditKind::Other;
}

void TextEditor::insert(std::string_view typed) {
    std::string clean = clean_typed_text(typed);
    if (clean.empty())
        return;
    replace(selection_begin(), selection_end(), clean, EditKind::Typing);
}

void TextEditor::paste(std::string_view pasted) {
    std::string clean = clean_typed_text(pasted);
    if (clean.empty() && !has_selection())
        return;
    replace(selection_begin(), selection_end(), clean, EditKind::Other);
}

void TextEditor::backspace() {
    if (has_selection())
        return replace(selection_begin(), selection_end(), {}, EditKind::Other);
    replace(prev_grapheme(text_, caret_), caret_, {}, EditKind::Deleting);
}

void TextEditor::delete_forward() {
    if (has_selection())
        return replace(selection_begin(), selection_end(), {}, EditKind::Other);
    replace(caret_, next_grapheme(text_, caret_), {}, EditKind::Deleting);
}

void TextEditor::delete_word_back() {
    if (has_selection())
        return replace(selection_begin(), selection_end(), {}, EditKind::Other);
    replace(word_left_of(caret_), caret_, {}, EditKind::Other);
}

void TextEditor::delete_word_forward() {
    if (has_selection())
        return replace(selection_begin(), selection_end(), {}, EditKind::Other);
    replace(caret_, word_right_of(caret_), {}, EditKind::Other);
}

std::string TextEditor::copy() const {
    return text_.substr(selection_begin(), selection_end() - selection_begin());
}

std::string TextEditor::cut() {
    std::string out = copy();
    if (!out.empty())
        replace(selection_begin(), selection_end(), {}, EditKind::Other);
    return out;
}

// ---------------------------------------------------------------- history

bool TextEditor::undo() {
    if (undo_.empty())
        return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    text_.replace(step.pos, step.inserted.size(), step.removed);
    anchor_ = step.anchor_before;
    caret_ = step.caret_before;
    redo_.push_back(std::move(step));
    ++revision_;
    end_coalescing();
    goal_x_ = -1;
    return true;
}

bool TextEditor::redo() {
    if (redo_.empty())
        return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    text_.replace(step.pos, step.removed.size(), step.inserted);
    anchor_ = step.anchor_after;
    caret_ = step.caret_after;
    undo_.push_back(std::move(step));
    ++revision_;
    end_coalescing();
    goal_x_ = -1;
    return true;
}

} // namespace hearth

// The table's form: keys, typing and drawing. Sections: opening, keys,
// drawing.
#include "engine/scenes/table_panel.hpp"
#include "engine/words/translation.hpp"

#include "engine/text_field_keys.hpp"

#include "engine/theme.hpp"
#include "game/text/editor_layout.hpp"

#include <SDL_ttf.h>

#include <algorithm>

namespace hearth {

// ---------------------------------------------------------------- opening

void TablePanel::open_write(std::string type_name, Color paper, Color ink) {
    kind_ = Kind::Write;
    heading_ = tr("Write a new card");
    note_ = fill(tr("A \u201c{type}\u201d card: it joins this session and is kept as your own "
                    "for later ones."),
                 {{"type", type_name}});
    paper_ = paper;
    ink_ = ink;
    fields_[0].reset({});
    fields_[1].reset({});
    field_ = 0;
}

void TablePanel::open_name(Kind kind, std::string heading, std::string name) {
    kind_ = kind;
    heading_ = std::move(heading);
    note_.clear();
    paper_ = theme::kCream;
    ink_ = theme::kInk;
    fields_[0].reset(std::move(name));
    fields_[0].select_all();
    fields_[1].reset({});
    field_ = 0;
}

// ---------------------------------------------------------------- keys

void TablePanel::on_text(const TextInput& in) {
    if (!is_open())
        return;
    TextEditor& ed = fields_[std::size_t(field_)];
    if (in.composing) {
        ed.set_composition(in.text);
        return;
    }
    std::string typed = in.text;
    if (field_ == 0) // titles and names are one line
        std::replace_if(
            typed.begin(), typed.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    ed.set_composition({});
    ed.insert(typed);
}

TablePanel::Result TablePanel::on_input(const Input& in, SceneHost& host) {
    if (!is_open())
        return Result::Used;
    TextEditor& ed = fields_[std::size_t(field_)];
    switch (in.command) {
    case Command::Leave:
        return Result::Cancel;
    case Command::Submit:
        return Result::Submit;
    case Command::NewLine:
        if (kind_ != Kind::Write)
            return Result::Submit;
        if (field_ == 0)
            field_ = 1; // from the title on to the text
        else
            ed.insert("\n");
        return Result::Used;
    case Command::NextField:
    case Command::PrevField:
        field_ =
            (field_ + (in.command == Command::PrevField ? field_count() - 1 : 1)) % field_count();
        return Result::Used;
    case Command::Up:
    case Command::Down:
        if (kind_ == Kind::Rename)
            return in.command == Command::Up ? Result::PrevSeat : Result::NextSeat;
        if (kind_ == Kind::Write)
            field_ = in.command == Command::Up ? 0 : 1;
        return Result::Used;
    case Command::LineStart:
    case Command::TextStart:
        ed.move_to_start(in.extend);
        return Result::Used;
    case Command::LineEnd:
    case Command::TextEnd:
        ed.move_to_end(in.extend);
        return Result::Used;
    case Command::CaretLeft:
    case Command::CaretRight:
    case Command::WordLeft:
    case Command::WordRight: {
        // As in the journal: mirrored in a right-to-left paragraph.
        Input moved = in;
        if (rtl_paragraph_at(ed.text(), ed.caret()))
            moved.command = mirrored_arrow(in.command);
        apply_text_field_command(ed, moved, host, field_ == 0);
        return Result::Used;
    }
    default:
        apply_text_field_command(ed, in, host, field_ == 0);
        return Result::Used; // letters arrive as text; never as table commands
    }
}

std::string TablePanel::hints(const Bindings& keys) const {
    using C = Command;
    if (kind_ == Kind::Write)
        return keys.hints({{{C::NextField}, tr_later("next field")},
                           {{C::Submit}, tr_later("write the card")},
                           {{C::Leave}, tr_later("cancel")}},
                          Layer::Form);
    if (kind_ == Kind::Rename)
        return keys.hints({{{C::NewLine}, tr_later("rename")},
                           {{C::Up, C::Down}, tr_later("another seat")},
                           {{C::Leave}, tr_later("cancel")}},
                          Layer::Form);
    return keys.hints({{{C::NewLine}, tr_later("sit down")}, {{C::Leave}, tr_later("cancel")}},
                      Layer::Form);
}

// ---------------------------------------------------------------- drawing

namespace {

// One field: a box, its label above, the text wrapped inside, the caret.
void draw_field(Gfx& g, const TextEditor& ed, const std::string& label, SDL_Rect box, int px,
                bool focused, Color ink, const std::string& placeholder) {
    const int lp = std::max(12, px * 7 / 10);
    g.text().draw_line(label, Face::BodyBold, lp, ink, box.x, box.y - lp * 3 / 2);
    g.shapes().rounded_rect(box, g.px(12), Color{0xff, 0xfb, 0xf4, 0xff},
                            focused ? theme::kOrange : with_alpha(ink, 0x60),
                            std::max(2, focused ? g.px(4) : g.px(2)));
    const int pad = g.px(18);
    SDL_Rect inner{box.x + pad, box.y + pad / 2, box.w - 2 * pad, box.h - pad};
    if (inner.w <= 0 || inner.h <= 0)
        return;
    const int line_h = TTF_FontLineSkip(g.text().fonts().get(Face::Body, px));
    std::string shown = ed.text();
    shown.insert(ed.caret(), ed.composition());
    const std::size_t caret = ed.caret() + ed.composition().size();
    EditorLayout l(shown, inner.w, [&](std::string_view s) {
        return s.empty() ? 0 : g.text().measure(s, Face::Body, px);
    });
    // Keep the caret's line in view: scroll by whole lines.
    const int rows = std::max(1, inner.h / line_h);
    const int caret_line = int(l.line_of(caret));
    const int first = std::max(0, caret_line - rows + 1);
    SDL_RenderSetClipRect(g.renderer, &inner);
    if (shown.empty())
        g.text().draw_line(placeholder, Face::BodyItalic, px, with_alpha(ink, 0x90), inner.x,
                           inner.y);
    const std::size_t sel_b = std::min(ed.selection_begin(), shown.size());
    const std::size_t sel_e = std::min(ed.selection_end(), shown.size());
    for (int i = first; i < int(l.line_count()) && i < first + rows + 1; ++i) {
        const EditorLine& line = l.lines()[std::size_t(i)];
        int y = inner.y + (i - first) * line_h;
        if (focused && sel_b < sel_e && sel_b <= line.end && sel_e >= line.begin)
            for (const auto& [x0, x1] : l.spans(std::size_t(i), sel_b, sel_e))
                g.shapes().rounded_rect({inner.x + x0, y, std::max(1, x1 - x0), line_h}, 0,
                                        with_alpha(theme::kSky, 0xa0));
        // Each run where the layout put it: a right-to-left paragraph is
        // ranged right, and the caret stands by the letters it is between.
        for (const EditorRun& run : line.runs)
            g.text().draw_line(std::string_view(shown).substr(run.begin, run.end - run.begin),
                               Face::Body, px, theme::kInk, inner.x + run.x, y,
                               run.rtl ? TextDirection::RightToLeft : TextDirection::LeftToRight);
    }
    if (focused) {
        int x = std::min(l.caret_x(std::size_t(caret_line), caret), inner.w - std::max(2, g.px(3)));
        SDL_Rect c{inner.x + x, inner.y + (caret_line - first) * line_h, std::max(2, g.px(3)),
                   line_h};
        g.shapes().rounded_rect(c, 0, theme::kOrange);
        SDL_SetTextInputRect(&c); // the input method's window goes by the caret
    }
    SDL_RenderSetClipRect(g.renderer, nullptr);
}

// `px`, or smaller until `text` fits `width` (the + key can make lines long).
int fitting_px(Gfx& g, const std::string& text, Face face, int px, int width) {
    while (px > 10 && g.text().measure(text, face, px) > width)
        px = px * 9 / 10;
    return px;
}

} // namespace

void TablePanel::draw(Gfx& g, const Bindings& keys) const {
    if (!is_open())
        return;
    SDL_SetRenderDrawBlendMode(g.renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 150);
    SDL_RenderFillRect(g.renderer, nullptr);
    const bool write = kind_ == Kind::Write;
    const int px = g.font(40);
    const int hp = g.font(56);
    const int pad = g.px(56);
    const int line_h = TTF_FontLineSkip(g.text().fonts().get(Face::Body, px));
    const int label_h = px * 7 / 10 * 3 / 2;
    const int title_h = line_h + g.px(18);
    const int text_h = write ? line_h * 5 + g.px(18) : 0;
    const int hint_px = g.font(28);
    int w = std::min(g.w - 2 * g.px(60), g.px(write ? 1300 : 1000));
    const int np = g.font(28);
    const int note_h = note_.empty() ? 0 : np * 2;
    int h = pad + hp * 3 / 2 + note_h + label_h + title_h +
            (write ? g.px(40) + label_h + text_h : 0) + g.px(40) + hint_px * 2 + pad / 2;
    h = std::min(h, g.h - 2 * g.px(30));
    SDL_Rect panel{(g.w - w) / 2, std::max(g.px(30), (g.h - h) / 2 - g.px(40)), w, h};
    g.shapes().rounded_rect(panel, g.px(32), paper_, ink_, std::max(2, g.px(4)));
    int x = panel.x + pad;
    int y = panel.y + pad * 3 / 4;
    const int fw = panel.w - 2 * pad;
    g.text().draw_line(heading_, Face::Title, fitting_px(g, heading_, Face::Title, hp, fw), ink_, x,
                       y);
    y += hp * 3 / 2;
    if (!note_.empty()) {
        g.text().draw_line(note_, Face::BodyItalic, fitting_px(g, note_, Face::BodyItalic, np, fw),
                           ink_, x, y - hp / 6);
        y += note_h;
    }
    y += label_h;
    draw_field(g, fields_[0], write ? tr("Title") : tr("Name"), {x, y, fw, title_h}, px,
               field_ == 0, ink_, write ? tr("A few words") : "");
    y += title_h;
    if (write) {
        y += g.px(40) + label_h;
        draw_field(g, fields_[1], tr("Text"), {x, y, fw, text_h}, px, field_ == 1, ink_,
                   tr("The question or activity (may be left empty)"));
        y += text_h;
    }
    std::string hint = hints(keys);
    g.text().draw_line(hint, Face::BodyBold, fitting_px(g, hint, Face::BodyBold, hint_px, fw), ink_,
                       x, y + g.px(36));
}

} // namespace hearth

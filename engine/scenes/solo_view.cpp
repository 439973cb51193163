// Drawing the solo scene: the card, the journal editor beside it (below it
// on a tall screen), the timer, what was written before, and looking back.
#include "engine/scenes/solo_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/translation.hpp"

#include <SDL_ttf.h>

#include <algorithm>

namespace hearth {
namespace {

// Tabs are drawn and measured as four spaces (fonts have no tab glyph).
std::string visible(std::string_view s) {
    std::string out;
    for (char c : s)
        out += c == '\t' ? std::string("    ") : std::string(1, c);
    return out;
}

std::string long_date(Date d) {
    return long_date_words(d.year, std::clamp(d.month, 1, 12), std::clamp(d.day, 1, 31));
}

} // namespace

std::string countdown_text(std::int64_t ms) {
    std::int64_t s = std::max<std::int64_t>(0, ms + 999) / 1000; // 0:01 until it is done
    return std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
}

const EditorLayout* SoloScene::current_layout() {
    if (!painter_ || layout_width_ <= 0)
        return nullptr;
    const TextEditor& ed = writer_.editor();
    std::string shown = ed.text();
    shown.insert(ed.caret(), ed.composition());
    if (!layout_ || shown != layout_text_) {
        layout_text_ = shown;
        int px = layout_px_;
        layout_ =
            std::make_unique<EditorLayout>(shown, layout_width_, [this, px](std::string_view s) {
                if (s.empty())
                    return 0;
                std::string key(s);
                auto it = widths_.find(key);
                if (it != widths_.end())
                    return it->second;
                if (widths_.size() > 20000)
                    widths_.clear();
                int w = painter_->measure(visible(s), Face::Body, px);
                widths_.emplace(std::move(key), w);
                return w;
            });
    }
    return layout_.get();
}

void SoloScene::draw_editor(Gfx& g, SDL_Rect box) {
    g.shapes().rounded_rect(box, g.px(18), theme::kClothLight,
                            focus_ == Focus::Editor ? theme::kOrange : theme::kClothLight,
                            std::max(1, g.px(2)));
    const int pad = g.px(26);
    const int px = g.font(34);
    const int line_h = TTF_FontLineSkip(g.text().fonts().get(Face::Body, px));
    SDL_Rect inner{box.x + pad, box.y + pad, box.w - 2 * pad, box.h - 2 * pad};
    if (inner.w <= 0 || inner.h <= 0)
        return;
    painter_ = &g.text();
    editor_box_ = inner;
    line_h_ = line_h;
    caret_rect_ = {};
    if (layout_px_ != px || layout_width_ != inner.w) {
        layout_px_ = px;
        layout_width_ = inner.w;
        widths_.clear();
        layout_.reset();
    }
    const EditorLayout* l = current_layout();
    const TextEditor& ed = writer_.editor();
    if (ed.text().empty() && ed.composition().empty()) {
        // Smaller until it fits the box (a long language, a wide font).
        const std::string hint = tr("Write what comes. Every word is kept as you type.");
        int hp = px;
        while (hp > 10 && g.text().measure(hint, Face::BodyItalic, hp) > inner.w)
            hp = hp * 19 / 20;
        g.text().draw_line(hint, Face::BodyItalic, hp, theme::kMuted, inner.x, inner.y);
        if (focus_ == Focus::Editor)
            g.shapes().rounded_rect({inner.x, inner.y, std::max(2, g.px(3)), line_h}, 0,
                                    theme::kOrange);
        return;
    }
    // Positions in the shown text: the composition sits at the caret.
    const std::size_t comp_begin = ed.caret();
    const std::size_t comp_end = comp_begin + ed.composition().size();
    auto shown_pos = [&](std::size_t p) {
        return p <= comp_begin ? p : p + ed.composition().size();
    };
    const std::size_t caret = comp_end;
    const std::size_t sel_b = shown_pos(ed.selection_begin());
    const std::size_t sel_e = shown_pos(ed.selection_end());

    // Keep the caret in view when it moved or the text changed (the wheel
    // scrolls freely otherwise), and never scroll past the end.
    const int caret_y = int(l->line_of(caret)) * line_h;
    const std::pair<std::uint64_t, std::size_t> now_at{ed.revision(), caret};
    if (now_at != followed_) {
        followed_ = now_at;
        if (caret_y < scroll_)
            scroll_ = caret_y;
        if (caret_y + line_h > scroll_ + inner.h)
            scroll_ = caret_y + line_h - inner.h;
    }
    scroll_ = std::clamp(scroll_, 0, std::max(0, int(l->line_count()) * line_h - inner.h));

    SDL_RenderSetClipRect(g.renderer, &inner);
    const std::string& text = l->text();
    for (std::size_t i = 0; i < l->line_count(); ++i) {
        int y = inner.y + int(i) * line_h - scroll_;
        if (y + line_h < inner.y || y > inner.y + inner.h)
            continue;
        const EditorLine& line = l->lines()[i];
        if (sel_b < sel_e && sel_b <= line.end && sel_e >= line.begin) {
            std::vector<std::pair<int, int>> spans = l->spans(i, sel_b, sel_e);
            if (sel_e > line.end && !line.wrapped) {
                // The newline is selected too, past the line's end.
                const int at = l->caret_x(i, line.end);
                spans.emplace_back(line.rtl ? at - g.px(10) : at, line.rtl ? at : at + g.px(10));
            }
            for (const auto& [x0, x1] : spans)
                g.shapes().rounded_rect({inner.x + x0, y, std::max(1, x1 - x0), line_h}, 0,
                                        with_alpha(theme::kSky, 0x70));
        }
        // Each run where the layout put it, shaped in its direction: the
        // caret and the selection are drawn where the letters are.
        for (const EditorRun& run : line.runs)
            g.text().draw_line(
                visible(std::string_view(text).substr(run.begin, run.end - run.begin)), Face::Body,
                px, theme::kCream, inner.x + run.x, y,
                run.rtl ? TextDirection::RightToLeft : TextDirection::LeftToRight);
        if (comp_begin < comp_end && comp_begin < line.end && comp_end > line.begin)
            for (const auto& [x0, x1] : l->spans(i, comp_begin, comp_end))
                g.shapes().rounded_rect({inner.x + x0, y + line_h - g.px(4), x1 - x0, g.px(3)}, 0,
                                        theme::kSky);
    }
    if (focus_ == Focus::Editor) {
        std::size_t li = l->line_of(caret);
        int x = std::min(l->caret_x(li, caret), inner.w - std::max(2, g.px(3)));
        int y = inner.y + int(li) * line_h - scroll_;
        caret_rect_ = {inner.x + x, y, std::max(2, g.px(3)), line_h};
        g.shapes().rounded_rect(caret_rect_, 0, theme::kOrange);
        // Input methods put their candidate window by the caret.
        SDL_Rect ime = caret_rect_;
        SDL_SetTextInputRect(&ime);
    }
    SDL_RenderSetClipRect(g.renderer, nullptr);
}

void SoloScene::draw(Gfx& g, SceneHost& host) {
    set_draw_color(g.renderer, theme::kCloth);
    SDL_RenderClear(g.renderer);
    painter_ = &g.text();
    if (focus_ == Focus::LookBack)
        return draw_lookback(g, host);
    const Deck& deck = host.deck();
    const Card* card = find_session_card(deck, session_, card_id_);
    const int m = g.px(56);
    const bool wide = g.w >= g.h * 11 / 10;

    // The card: as tall as the screen allows beside the journal, or on top.
    SDL_Rect card_rect{};
    SDL_Rect panel{};
    if (wide) {
        int ch = g.h - 2 * m;
        int cw = int(ch * kPrintCardAspect);
        if (cw > g.w * 42 / 100) {
            cw = g.w * 42 / 100;
            ch = int(cw / kPrintCardAspect);
        }
        card_rect = {m, (g.h - ch) / 2, cw, ch};
        panel = {card_rect.x + cw + m, m, g.w - cw - 3 * m, g.h - 2 * m};
    } else {
        int ch = g.h * 45 / 100;
        int cw = int(ch * kPrintCardAspect);
        card_rect = {(g.w - cw) / 2, m, cw, ch};
        panel = {m, card_rect.y + ch + m / 2, g.w - 2 * m, g.h - ch - m * 5 / 2};
    }
    page_marker_ = SDL_Rect{};
    if (card) {
        if (card_page_of_ != card->id) {
            card_page_of_ = card->id;
            card_page_ = 0;
        }
        card_pages_ = g.cards.page_count(deck, *card, card_rect.w, card_rect.h);
        card_page_ = std::min(card_page_, card_pages_ - 1);
        if (card_pages_ > 1) {
            const SDL_Rect pm = g.cards.layout(deck, *card, card_rect.w, card_rect.h).page_marker;
            page_marker_ = SDL_Rect{card_rect.x + pm.x, card_rect.y + pm.y, pm.w, pm.h};
        }
        g.cards.draw_front(deck, *card, card_rect, card_page_);
    }

    // Above the journal: which card this is, and the session's timer.
    const int small = g.font(28);
    const int small_h = small * 3 / 2;
    auto [date, time] = std::pair{writer_.entry().date, writer_.entry().time};
    const auto& kept = session_.table.kept;
    bool is_kept = std::any_of(kept.begin(), kept.end(),
                               [&](const KeptCard& k) { return k.card == card_id_; });
    std::string what = (of_the_day() ? tr("Card of the day") : tr("Drawn card")) + " \u00b7 " +
                       (is_kept ? tr("kept") + " \u00b7 " : std::string()) + long_date(date) +
                       " \u00b7 " + format_hour_minute(time);
    g.text().draw_line(what, Face::BodyBold, small, theme::kMuted, panel.x, panel.y);
    const TimerView tv = timer_view(session_);
    const bool timing = tv.state != TimerState::None;
    std::string timer =
        timing ? countdown_text(tv.remaining_ms - pending_ms_) +
                     (session_.paused ? "  " + tr("paused") : std::string())
               : host.bindings().key(Command::Timer, Layer::Journal) + ": " + tr("a quiet timer");
    Color timer_color = !timing ? theme::kMuted
                        : tv.state == TimerState::Expired || tv.remaining_ms <= pending_ms_
                            ? theme::kPink
                            : theme::kLeaf;
    int tw = g.text().measure(timer, Face::BodyBold, small);
    g.text().draw_line(timer, Face::BodyBold, small, timer_color, panel.x + panel.w - tw, panel.y);

    // Below it: what was written about this card before, and the save state.
    int bottom = panel.y + panel.h;
    std::string status;
    Color status_color = theme::kMuted;
    if (!writer_.error().empty()) {
        status = tr("Not saved yet (trying again):") + " " + writer_.error();
        status_color = theme::kPink;
    } else if (writer_.unsaved()) {
        status = tr("Saving\u2026");
    } else if (writer_.saves() > 0) {
        status = fill(tr("Saved in {path}"), {{"path", journal_.day_file(date).string()}});
    } else {
        status = fill(tr("Your journal: {path}"), {{"path", journal_.folder().string()}});
    }
    // A quiet line of the keys that are not typing.
    bottom -= small_h;
    {
        using C = Command;
        const Bindings& keys = host.bindings();
        std::string quiet = keys.hints({{{C::Help}, tr_later("keys")},
                                        {{C::Submit}, tr_later("another card")},
                                        {{C::LookBack}, tr_later("look back")}},
                                       Layer::Journal);
        if (card_pages_ > 1 && card)
            quiet = keys.hints({{{C::TurnOver}, tr_later("next page")}}, Layer::Journal) +
                    "  \u00b7  " + quiet;
        int qp = small;
        while (qp > 10 && g.text().measure(quiet, Face::Body, qp) > panel.w)
            --qp;
        g.text().draw_line(quiet, Face::Body, qp, theme::kMuted, panel.x, bottom);
    }
    bottom -= small_h;
    // A long folder's path (and a long language's words) smaller, not past the edge.
    int sp = small;
    while (sp > 10 && g.text().measure(status, Face::Body, sp) > panel.w)
        --sp;
    g.text().draw_line(status, Face::Body, sp, status_color, panel.x, bottom);
    if (earlier_) {
        bottom -= small_h;
        // As much of the earlier text as fits the line.
        std::string line;
        for (std::size_t n = 72;; n = n * 3 / 4) {
            line =
                fill(tr("You wrote about this card on {date}: \u201c{text}\u201d"),
                     {{"date", long_date(earlier_->date)}, {"text", excerpt(earlier_->text, n)}}) +
                "  " + host.bindings().key(Command::Earlier, Layer::Journal);
            if (n < 8 || g.text().measure(line, Face::BodyItalic, small) <= panel.w)
                break;
        }
        g.text().draw_line(line, Face::BodyItalic, small, theme::kSky, panel.x, bottom);
    }
    SDL_Rect box{panel.x, panel.y + small_h + g.px(8), panel.w,
                 bottom - g.px(12) - (panel.y + small_h + g.px(8))};
    draw_editor(g, box);
}

void SoloScene::draw_lookback(Gfx& g, SceneHost& host) {
    const Bindings& keys = host.bindings();
    const int m = g.px(56);
    const int small = g.font(28);
    const int body = g.font(32);
    const int row_h = small * 3;
    g.text().draw_line(fill(by_card_ ? tr("Looking back \u00b7 by card  ({key}: by date)")
                                     : tr("Looking back \u00b7 by date  ({key}: by card)"),
                            {{"key", keys.key(Command::NextField, Layer::List)}}),
                       Face::BodyBold, g.font(36), theme::kCream, m, m);
    g.text().draw_line(keys.hints({{{Command::Up, Command::Down}, tr_later("choose")},
                                   {{Command::Journal}, tr_later("back to writing")}},
                                  Layer::List),
                       Face::Body, small, theme::kMuted, m, m + g.font(36) * 3 / 2);
    const int top = m + g.font(36) * 3;
    const int list_w = (g.w - 3 * m) * 2 / 5;
    std::size_t count = by_card_ ? groups_.size() : past_.size();
    if (count == 0) {
        g.text().draw_line(tr("Nothing written yet."), Face::BodyItalic, body, theme::kMuted, m,
                           top);
        return;
    }
    // The list, scrolled so the chosen row shows.
    int rows = std::max(1, (g.h - top - m) / row_h);
    std::size_t first = selected_ >= std::size_t(rows) ? selected_ - rows + 1 : 0;
    for (std::size_t i = first; i < count && i < first + std::size_t(rows); ++i) {
        int y = top + int(i - first) * row_h;
        SDL_Rect r{m, y, list_w, row_h - g.px(8)};
        if (i == selected_)
            g.shapes().rounded_rect(r, g.px(12), theme::kClothLight, theme::kOrange,
                                    std::max(1, g.px(2)));
        std::string title, sub;
        if (by_card_) {
            const CardGroup& grp = groups_[i];
            title = std::to_string(grp.card_number) + " \u00b7 " + grp.card_title;
            sub = fill(tr_n("{n} entry, last on {date}", "{n} entries, last on {date}",
                            std::int64_t(grp.entries.size())),
                       {{"n", std::to_string(grp.entries.size())},
                        {"date", long_date(grp.entries.front().date)}});
        } else {
            const JournalEntry& e = past_[i];
            title = long_date(e.date) + " " + format_hour_minute(e.time) + " \u00b7 " +
                    std::to_string(e.card_number) + " " + e.card_title;
            sub = excerpt(e.text, 48);
        }
        g.text().draw_line(title, Face::BodyBold, small, theme::kCream, r.x + g.px(16),
                           y + g.px(6));
        g.text().draw_line(sub, Face::Body, small, theme::kMuted, r.x + g.px(16),
                           y + g.px(6) + small * 5 / 4);
    }
    // The chosen entry (or every entry about the chosen card) in full, each
    // under the card's question it answers.
    const Deck& deck = host.deck();
    auto question = [&](const JournalEntry& e) {
        const Card* c = deck.find_card(e.card_id);
        std::string q = std::to_string(e.card_number) + " \u00b7 " + e.card_title;
        if (c && !c->text.empty()) {
            std::string plain;
            for (char ch : c->text) // the card's text without its markup's marks
                if (ch != '*' && ch != '_' && ch != '#')
                    plain += ch;
            q += "\n" + plain;
        }
        return q;
    };
    struct Block {
        std::string text;
        Face face;
        Color color;
    };
    std::vector<Block> blocks;
    if (by_card_) {
        const CardGroup& grp = groups_[selected_];
        if (!grp.entries.empty())
            blocks.push_back({question(grp.entries.front()), Face::BodyItalic, theme::kSky});
        for (const JournalEntry& e : grp.entries)
            blocks.push_back(
                {long_date(e.date) + ", " + format_hour_minute(e.time) + "\n" + e.text + "\n",
                 Face::Body, theme::kCream});
    } else {
        blocks.push_back({question(past_[selected_]), Face::BodyItalic, theme::kSky});
        blocks.push_back({past_[selected_].text, Face::Body, theme::kCream});
    }
    SDL_Rect pane{m * 2 + list_w, top, g.w - list_w - 3 * m, g.h - top - m};
    g.shapes().rounded_rect(pane, g.px(18), theme::kClothLight);
    int pad = g.px(24);
    SDL_Rect inner{pane.x + pad, pane.y + pad, pane.w - 2 * pad, pane.h - 2 * pad};
    SDL_RenderSetClipRect(g.renderer, &inner);
    int y = inner.y;
    for (const Block& b : blocks) {
        EditorLayout l(b.text, inner.w, [&](std::string_view s) {
            return s.empty() ? 0 : g.text().measure(visible(s), b.face, body);
        });
        int line_h = TTF_FontLineSkip(g.text().fonts().get(b.face, body));
        for (std::size_t i = 0; i < l.line_count() && y < inner.y + inner.h; ++i, y += line_h) {
            for (const EditorRun& run : l.lines()[i].runs) // a right-to-left entry ranged right
                g.text().draw_line(
                    visible(std::string_view(b.text).substr(run.begin, run.end - run.begin)),
                    b.face, body, b.color, inner.x + run.x, y,
                    run.rtl ? TextDirection::RightToLeft : TextDirection::LeftToRight);
        }
        y += line_h / 2;
    }
    SDL_RenderSetClipRect(g.renderer, nullptr);
}

} // namespace hearth

// The table scene's drawing. Sections: helpers, the frame, the status
// line's hints, the table (seats, side column). The centre card is drawn in
// table_card.cpp, the summary at the end in table_summary.cpp.
#include "engine/scenes/table_scene.hpp"
#include "engine/words/translation.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "engine/scenes/table_motion.hpp"
#include "engine/theme.hpp"
#include "engine/words/hint_fit.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/words.hpp"
#include "game/session/group_mission.hpp"

#include <cmath>

namespace hearth {
namespace {

// ---------------------------------------------------------------- helpers

// Draws `text` fitted on up to `lines` lines in `box` (title face), centred.
void draw_fitted_title(Gfx& g, std::string_view text, SDL_Rect box, int max_px, int lines,
                       Color color) {
    TtfMeasurer m(g.text().fonts(), kTitleFaces);
    CardText t;
    t.blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{std::string(text)}}});
    LayoutParams p;
    p.align = TextAlign::Center;
    p.line_spacing = 0.92;
    p.keep_words = true; // smaller before "Abschlussrun-de"
    TextFit f = fit_text(t, m, p, box.w, box.h, 8, max_px, lines);
    g.text().draw(f.layout, kTitleFaces, color, box.x, box.y + (box.h - f.layout.height) / 2);
}

} // namespace

// ---------------------------------------------------------------- the frame

void TableScene::draw(Gfx& g, SceneHost& host) {
    set_draw_color(g.renderer, cloth(host.now_ms()));
    SDL_RenderClear(g.renderer);
    if (session_.table.phase == Phase::Ended)
        draw_summary(g, host);
    else if (choosing_mission(host.deck()) || choosing_card())
        draw_offered(g, host);
    else if (!draw_over_still(g, host))
        draw_table(g, host);
    if (session_.table.phase != Phase::Ended)
        draw_time_up_cue(g, host.now_ms());
    panel_.draw(g, host.bindings());
}

std::string TableScene::step_hints(const Bindings& keys, const Deck& deck) const {
    using C = Command;
    const Session& s = session_;
    const Layer L = Layer::Commands;
    if (!look_card_.empty() && s.table.phase != Phase::Ended) {
        const Card* c = find_session_card(deck, s, look_card_);
        if (look_back_ && c)
            return fill(tr("The card\u2019s other side  \u00b7  {key}: its front again"),
                        {{"key", keys.key(C::TurnOver, L)}});
        const Card* mission = group_mission(deck, s);
        if ((mission && look_card_ == mission->id) || !c)
            return say(Message{MessageId::TableLookMission, {{"key", keys.key(C::Mission, L)}}});
        return say(
            Message{MessageId::TableLookSee,
                    {{"key", keys.key(C::FollowSee, L)}, {"number", std::int64_t{c->number}}}});
    }
    if (s.table.phase == Phase::Ended)
        return keys.hints({{{C::Skip}, tr_later("where the summary is")},
                           {{C::Back}, tr_later("back to the table")},
                           {{C::Leave}, tr_later("quit")}},
                          L);
    if (s.table.phase == Phase::Setup)
        return keys.hints({{{C::Next}, tr_later("begin")}, {{C::Help}, tr_later("keys")}}, L);
    if (s.table.phase == Phase::Opening)
        return keys.hints({{{C::Next}, words::kFirstTurn}, {{C::Back}, tr_later("back")}}, L);
    if (s.table.phase == Phase::Closing)
        return keys.hints({{{C::Next}, tr_later("next speaker")}, {{C::Pass}, tr_later("pass")}},
                          L);
    StepView step = current_step(deck, s);
    if (step.kind == TurnKind::Draw) {
        // A blank card of the deck's own (not one already written) asks to be written.
        const Card* c = deck.find_card(s.table.in_play);
        std::string write =
            c && deck.find_type(c->type) && deck.find_type(c->type)->blank
                ? keys.hints({{{C::Write}, tr_later("write this card")}}, L) + "  \u00b7  "
                : "";
        if (!s.table.in_play.empty())
            return write + keys.hints({{{C::Next}, tr_later("go on")},
                                       {{C::Skip}, tr_later("skip")},
                                       {{C::Keep}, tr_later("keep")}},
                                      L);
        if (turn_card_kept()) // kept: nothing left to skip or keep
            return keys.hints({{{C::Next}, tr_later("go on")}, {{C::Back}, tr_later("undo")}}, L);
        return write +
               keys.hints({{{C::Next}, tr_later("draw")}, {{C::Back}, tr_later("back")}}, L);
    }
    if (step.kind == TurnKind::Prompt && s.table.in_play.empty())
        return keys.hints({{{C::Next}, tr_later("done")},
                           {{C::Pass}, tr_later("pass")},
                           {{C::Back}, tr_later("undo")}},
                          L);
    if (step.kind == TurnKind::Prompt)
        return keys.hints({{{C::Next}, tr_later("done")},
                           {{C::Pass}, tr_later("pass")},
                           {{C::Skip}, tr_later("skip")},
                           {{C::Keep}, tr_later("keep")}},
                          L);
    if (step.kind == TurnKind::Choose)
        return keys.hints({{{C::Take}, words::kChooseByNumber},
                           {{C::Choose}, words::kAnotherCard},
                           {{C::Next}, words::kThisCard}},
                          L);
    if (step.kind == TurnKind::Do)
        return keys.hints({{{C::Next}, words::kDoneHint},
                           {{C::Keep}, tr_later("keep")},
                           {{C::Back}, tr_later("undo")}},
                          L);
    if (step.kind == TurnKind::Discussion) {
        const Format* format = format_of(deck, s);
        Speaking sp = format ? format->speaking : Speaking::Round;
        int talker = talking_seat(s);
        if (talker >= 0 && talker < int(seat_names(s).size()))
            return sp == Speaking::Popcorn ? keys.hints({{{C::Take}, tr_later("take the piece")},
                                                         {{C::Next}, tr_later("done")}},
                                                        L)
                                           : keys.hints({{{C::Next}, tr_later("next speaker")},
                                                         {{C::Pass}, tr_later("pass")}},
                                                        L);
        if (sp == Speaking::Popcorn)
            return keys.hints({{{C::Next}, tr_later("end the discussion")}}, L);
        return keys.hints({{{C::Next}, tr_later("done")}}, L);
    }
    return {};
}

// The closing round's place in the middle: what it is, in big words.
void TableScene::draw_closing(Gfx& g, const TableLayout& L) {
    SDL_Rect c = L.card;
    g.shapes().rounded_rect(c, std::max(2, c.w / 18), theme::kClothLight, theme::kCream,
                            std::max(2, c.h / 120));
    const int pad = c.w / 10;
    SDL_Rect title{c.x + pad, c.y + c.h / 8, c.w - 2 * pad, c.h * 3 / 8};
    draw_fitted_title(g, tr(words::kClosing), title, g.font(72), 3, theme::kCream);
    TtfMeasurer bm(g.text().fonts(), kBodyFaces);
    CardText about;
    about.blocks.push_back(
        TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{tr(words::kClosingAbout)}}});
    LayoutParams p;
    p.align = TextAlign::Center;
    SDL_Rect box{c.x + pad, title.y + title.h + c.h / 16, c.w - 2 * pad,
                 c.y + c.h - c.h / 8 - (title.y + title.h + c.h / 16)};
    TextFit f = fit_text(about, bm, p, box.w, box.h, 8, g.font(36), 6);
    g.text().draw(f.layout, kBodyFaces, theme::kCream, box.x, box.y);
}

void TableScene::draw_table(Gfx& g, SceneHost& host) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    std::vector<std::string> names = seat_names(s);
    TableLayout L = table_layout(g.w, g.h, int(names.size()), kPrintCardAspect);
    last_layout_ = L;
    ++tables_drawn_;
    std::int64_t now = host.now_ms();
    TextPainter& text = g.text();
    ShapePainter& shapes = g.shapes();
    const Format* format = format_of(deck, s);

    draw_header(g, host, L);
    int active = s.table.phase == Phase::Playing ? active_seat(s) : -1;
    int talker = talking_seat(s);
    if (!skip_seats_)
        draw_seats(g, host, L, now);

    // ------------------------------------------------------------ side column
    const Card* mission = mission_card(deck, s);
    {
        SDL_Rect m = L.mission;
        if (mission) {
            shapes.rounded_rect(m, m.h / 8, theme::kOrange, theme::kInk, std::max(2, m.h / 60));
            int lp = g.font(24);
            std::string label = tr("Mission") + "  \u00b7  " + std::to_string(mission->number);
            text.draw_centered(label, Face::BodyBold, lp, theme::kInk, m.x + m.w / 2,
                               m.y + m.h / 10);
            SDL_Rect box{m.x + m.w / 12, m.y + m.h / 10 + lp * 3 / 2, m.w * 10 / 12,
                         m.h - m.h / 10 - lp * 3 / 2 - m.h / 10};
            draw_fitted_title(g, mission->title, box, g.font(56), 3, theme::kInk);
        } else if (format) {
            int fp = g.font(34);
            text.draw_line(format->name, Face::Title, fp, theme::kCream, m.x, m.y);
            TtfMeasurer bm(text.fonts(), kBodyFaces);
            LayoutParams p;
            p.px = g.font(24);
            p.max_width = m.w;
            TextLayout d = layout_text(parse_card_text(format->description), bm, p);
            text.draw(d, kBodyFaces, theme::kMuted, m.x, m.y + fp * 3 / 2);
        }
    }

    draw_timer(g, L, now);

    PileCounts piles = pile_counts(s);
    int lp = g.font(24);
    text.draw_centered(tr("Draw") + "  " + std::to_string(piles.draw), Face::BodyBold, lp,
                       theme::kMuted, L.draw_pile.x + L.draw_pile.w / 2,
                       L.draw_pile.y - lp * 8 / 5);
    text.draw_centered(tr("Discard") + "  " + std::to_string(piles.discard), Face::BodyBold, lp,
                       theme::kMuted, L.discard.x + L.discard.w / 2, L.discard.y - lp * 8 / 5);
    int radius = std::max(2, L.draw_pile.w / 18);
    // The centre's back first: the pile's, a third as large, is shrunk from it.
    centre_back(g, host, L.card);
    if (piles.draw > 0) {
        const Card* top = find_session_card(deck, s, s.table.draw_pile.back());
        int layers = std::min(3, piles.draw);
        int step = std::max(2, L.draw_pile.w / 40);
        for (int k = layers - 1; k >= 0; --k) {
            SDL_Rect r{L.draw_pile.x + k * step, L.draw_pile.y - k * step, L.draw_pile.w,
                       L.draw_pile.h};
            if (top)
                g.cards.draw_back(deck, *top, r);
        }
    } else {
        shapes.rounded_rect(L.draw_pile, radius, {0, 0, 0, 0}, theme::kClothLight, 3);
    }
    if (piles.discard > 0) {
        if (const Card* top = find_session_card(deck, s, s.table.discard.back()))
            g.cards.draw_front(deck, *top, L.discard);
    } else {
        shapes.rounded_rect(L.discard, radius, {0, 0, 0, 0}, theme::kClothLight, 3);
    }

    if (!skip_centre_ && s.table.phase == Phase::Closing) {
        draw_closing(g, L);
        draw_look(g, host, L);
    } else if (!skip_centre_) {
        draw_center_card(g, host, L, now);
        draw_look(g, host, L);
    }

    // ------------------------------------------------------------ status line
    std::string who, what, keys = hints(host.bindings(), deck);
    StepView step = current_step(deck, s);
    std::string active_name =
        active >= 0 && active < int(names.size()) ? names[std::size_t(active)] : "";
    if (!look_card_.empty()) {
        what = keys; // the look's own hint, in the middle
        keys.clear();
    } else if (s.table.phase == Phase::Setup) {
        what = tr("Everyone is seated.");
    } else if (s.table.phase == Phase::Opening) {
        what = tr(words::kOpening);
    } else if (s.table.phase == Phase::Closing) {
        if (talker >= 0 && talker < int(names.size())) {
            who = names[std::size_t(talker)];
            what = tr(" has the talking piece");
        } else {
            what = tr(words::kClosing);
        }
    } else if (step.kind == TurnKind::Draw && turn_card_kept()) {
        who = active_name;
        what = say(Message{MessageId::TableKeptStatus, {{"player", std::string()}}});
    } else if (step.kind == TurnKind::Draw) {
        who = active_name;
        bool drawn = !s.table.in_play.empty();
        what = drawn ? tr(" drew this card") : tr(" draws a card");
    } else if (step.kind == TurnKind::Prompt) {
        who = active_name;
        what = tr(" answers");
    } else if (step.kind == TurnKind::Do) {
        who = active_name;
        what = tr(words::kDoesThis);
    } else if (step.kind == TurnKind::Discussion) {
        Speaking sp = format ? format->speaking : Speaking::Round;
        if (talker >= 0 && talker < int(names.size())) {
            who = names[std::size_t(talker)];
            what = tr(" has the talking piece");
        } else if (sp == Speaking::Popcorn) {
            what = tr("Anyone may speak: press your seat number");
        } else {
            what = tr("Open discussion");
        }
    }
    int sp = g.font(34);
    int ww = text.measure(who, Face::BodyBold, sp);
    int wt = text.measure(what, Face::Body, sp);
    // A long status (a look's keys, a wide font, a long language) is set
    // smaller until it fits the screen, then loses its last hints.
    const int wide = g.w - 2 * g.px(24);
    while (ww + wt > wide && sp > g.font(22)) {
        sp = sp * 19 / 20;
        ww = text.measure(who, Face::BodyBold, sp);
        wt = text.measure(what, Face::Body, sp);
    }
    drop_hints(what,
               [&](const std::string& t) { return ww + text.measure(t, Face::Body, sp) <= wide; });
    wt = text.measure(what, Face::Body, sp);
    int sy = L.status.y + (L.status.h - sp * 6 / 5) / 2;
    int sx = L.card.x + L.card.w / 2 - (ww + wt) / 2;
    text.draw_line(who, Face::BodyBold, sp, theme::kOrange, sx, sy);
    text.draw_line(what, Face::Body, sp, theme::kCream, sx + ww, sy);
    int kp = g.font(24);
    int kw = text.measure(keys, Face::Body, kp);
    // Hints that do not fit beside the status lose some (drop_hints).
    const int room = L.status.x + L.status.w - (sx + ww + wt + g.px(40));
    drop_hints(keys, [&](const std::string& t) { return text.measure(t, Face::Body, kp) < room; });
    kw = text.measure(keys, Face::Body, kp);
    int ky = L.status.y + (L.status.h - kp * 6 / 5) / 2;
    if (sx + ww + wt + g.px(40) < L.status.x + L.status.w - kw)
        text.draw_line(keys, Face::Body, kp, theme::kMuted, L.status.x + L.status.w - kw, ky);
    if (confirm_end_) {
        SDL_Rect band{0, L.status.y, g.w, L.status.h};
        set_draw_color(g.renderer, theme::kPink);
        SDL_RenderFillRect(g.renderer, &band);
        text.draw_centered(
            fill(tr("{key} again ends the session  \u00b7  any other key carries on"),
                 {{"key", host.bindings().key(Command::Leave, Layer::Commands)}}),
            Face::BodyBold, sp, theme::kInk, g.w / 2, sy);
    }
    draw_remove_band(g, L, host.bindings());
    draw_choice_band(g, {0, L.status.y, g.w, L.status.h}, host.bindings(), deck);
}

} // namespace hearth

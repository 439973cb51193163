// The table's last screen: the summary of the session (the cards played,
// the opening card, the mission, who kept what, the cards written at the
// table) and the keys
// to save it, go back or quit.
#include "engine/scenes/table_scene.hpp"

#include "engine/words/translation.hpp"
#include <algorithm>

#include "engine/summary_layout.hpp"
#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "game/session/summary.hpp"

namespace hearth {

void TableScene::draw_summary(Gfx& g, SceneHost& host) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    TextPainter& text = g.text();
    const Format* format = format_of(deck, s);
    int m = g.px(80);
    int y = g.px(60);
    int tp = g.font(72);
    text.draw_line(tr("Thank you for playing"), Face::Title, tp, theme::kOrange, m, y);
    y += tp * 5 / 4;
    int sp = g.font(30);
    const auto cards = std::int64_t(s.table.played.size());
    const auto rounds = std::int64_t(std::max(1, s.table.round));
    std::string line =
        (format ? format->name + "  \u00b7  " : std::string()) +
        fill(tr_n("{n} card", "{n} cards", cards), {{"n", std::to_string(cards)}}) + "  \u00b7  " +
        fill(tr_n("{n} round", "{n} rounds", rounds), {{"n", std::to_string(rounds)}});
    text.draw_line(line, Face::Body, sp, theme::kMuted, m, y);
    y += sp * 2;
    std::vector<std::string> names;
    for (const Player& p : s.table.players)
        names.push_back(p.name);

    int col_w = (g.w - 3 * m) / 2;
    int lp = g.font(32);
    int hp = g.font(36);
    const SummaryLayout foot = summary_layout(g.w, g.h);
    int bottom = foot.rows_bottom; // above a toast's band, the saved line and the hints
    // Left: the cards played.
    int ly = y;
    text.draw_line(tr("Cards played"), Face::BodyBold, hp, theme::kCream, m, ly);
    ly += hp * 3 / 2;
    // The cards' numbers right-aligned in a column of their own, so the
    // titles start in a line ("7  Pair walk" under "47  Troika").
    int num_w = 0;
    for (const PlayedCard& p : s.table.played)
        if (const Card* c = find_session_card(deck, s, p.card))
            num_w = std::max(num_w, text.measure(std::to_string(c->number), Face::Body, lp));
    const int title_x = m + num_w + (num_w > 0 ? lp / 2 : 0);
    for (const PlayedCard& p : s.table.played) {
        if (ly + lp > bottom) {
            text.draw_line("\u2026", Face::Body, lp, theme::kMuted, m, ly);
            break;
        }
        const Card* c = find_session_card(deck, s, p.card);
        std::string who =
            p.player >= 0 && p.player < int(names.size()) ? names[std::size_t(p.player)] : "";
        if (c) {
            const std::string number = std::to_string(c->number);
            text.draw_line(number, Face::Body, lp, theme::kCream,
                           m + num_w - text.measure(number, Face::Body, lp), ly);
        }
        text.draw_line(c ? c->title : p.card, Face::Body, lp, theme::kCream, c ? title_x : m, ly);
        text.draw_line(who, Face::Body, lp * 8 / 10, theme::kMuted,
                       m + col_w - text.measure(who, Face::Body, lp * 8 / 10), ly + lp / 8);
        ly += lp * 3 / 2;
    }
    // Right: the mission and what people said they would do.
    int rx = 2 * m + col_w;
    int ry = y;
    if (const Card* opening = opening_card(deck, s); opening && opened(s)) {
        text.draw_line(tr("Opening"), Face::BodyBold, hp, theme::kCream, rx, ry);
        ry += hp * 3 / 2;
        text.draw_line(opening->title, Face::Title, lp, theme::kSky, rx, ry);
        ry += lp * 2;
    }
    if (const Card* mission = mission_card(deck, s)) {
        text.draw_line(tr("Mission"), Face::BodyBold, hp, theme::kCream, rx, ry);
        ry += hp * 3 / 2;
        text.draw_line(mission->title, Face::Title, lp, theme::kOrange, rx, ry);
        ry += lp * 2;
    }
    text.draw_line(tr("Kept: \u201cI\u2019ll do this one\u201d"), Face::BodyBold, hp, theme::kCream,
                   rx, ry);
    ry += hp * 3 / 2;
    if (s.table.kept.empty()) {
        text.draw_line(tr("No cards were kept."), Face::Body, lp, theme::kMuted, rx, ry);
        ry += lp * 3 / 2;
    }
    for (const KeptCard& k : s.table.kept) {
        if (ry + lp > bottom)
            break;
        const Card* c = find_session_card(deck, s, k.card);
        std::string who =
            k.player >= 0 && k.player < int(names.size()) ? names[std::size_t(k.player)] : "";
        int w = text.draw_line(who + ": ", Face::BodyBold, lp, theme::kOrange, rx, ry);
        text.draw_line(c ? c->title : k.card, Face::Body, lp, theme::kCream, rx + w, ry);
        ry += lp * 3 / 2;
    }
    // Cards written at the table (kept as the user's own for later sessions).
    if (!s.table.written.empty() && ry + hp * 3 < bottom) {
        ry += lp / 2;
        text.draw_line(tr("Written at the table"), Face::BodyBold, hp, theme::kCream, rx, ry);
        ry += hp * 3 / 2;
        for (std::size_t i = 0; i < s.table.written.size() && ry + lp <= bottom; ++i) {
            int by = i < s.table.written_by.size() ? s.table.written_by[i] : -1;
            std::string who = by >= 0 && by < int(names.size()) ? names[std::size_t(by)] : "";
            int w = text.draw_line(who + ": ", Face::BodyBold, lp, theme::kOrange, rx, ry);
            text.draw_line(s.table.written[i].title, Face::Body, lp, theme::kCream, rx + w, ry);
            ry += lp * 3 / 2;
        }
    }
    int kp = g.font(26);
    std::string keys = hints(host.bindings(), deck);
    text.draw_centered(keys, Face::Body, kp, theme::kMuted, g.w / 2, foot.hints_y);
    // The clicker's keys too: PageDown and B light the choices (the summary's
    // place, quit), PageUp goes back to the table.
    text.draw_centered(host.bindings().clicker_hint(words::kSummaryChoices, words::kNextChoice,
                                                    words::kBackToTable, Layer::Commands),
                       Face::Body, g.font(22), theme::kMuted, g.w / 2, foot.hints_y + kp * 3 / 2);
    // Where the summary went (saved when the session ended), said once,
    // clear of the choices' band (it covers the hint lines) and under a
    // toast's band.
    const int said_y = foot.saved_y;
    if (!saved_to_.empty())
        text.draw_centered(words::summary_saved_to(saved_to_), Face::Body, kp, theme::kLeaf,
                           g.w / 2, said_y);
    else if (!save_failed_.empty())
        text.draw_centered(save_failed_, Face::Body, kp, theme::kPink, g.w / 2, said_y);
    draw_choice_band(g, foot.choices, host.bindings(), deck);
}

} // namespace hearth

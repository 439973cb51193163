// Drawing set-up: the format, the names, the phones' panel.
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/solo_scene.hpp"

#include "engine/cli_options.hpp"
#include "engine/render/ttf_measurer.hpp"
#include "engine/scenes/mission_list.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/base/rng.hpp"
#include "game/session/estimate.hpp"
#include "game/session/same_name.hpp"
#include "game/session/session.hpp"

#include <algorithm>

namespace hearth {

void SetupScene::draw(Gfx& g, SceneHost& host) {
    const Deck& deck = host.deck();
    TextPainter& text = g.text();
    ShapePainter& shapes = g.shapes();
    set_draw_color(g.renderer, theme::kCloth);
    SDL_RenderClear(g.renderer);
    int m = g.px(100);
    int y = g.px(70);
    int tp = g.font(84);
    text.draw_line(deck.info.name, Face::Title, tp, theme::kOrange, m, y);
    y += tp * 5 / 4;
    int sp = g.font(30);
    const std::string step =
        focus_ == Focus::Format ? tr("1  Choose how to play") : tr("2  Who is at the table?");
    text.draw_line(step, Face::BodyBold, sp, theme::kSky, m, y);
    y += sp * 2;

    int col = g.w / 2 - m;
    std::string clicker = clicker_hints(host.bindings(), deck);

    // Formats, one row each; the chosen one lit and described.
    int lp = g.font(40);
    rows_.clear();
    for (std::size_t i = 0; i < deck.formats.size(); ++i) {
        const Format& f = deck.formats[i];
        bool sel = int(i) == format_index_;
        SDL_Rect r{m, y, col, lp * 2};
        if (focus_ == Focus::Format)
            rows_.push_back(r);
        if (sel)
            shapes.rounded_rect(r, r.h / 2,
                                focus_ == Focus::Format ? theme::kOrange : theme::kClothLight);
        Color ink = sel && focus_ == Focus::Format ? theme::kInk : theme::kCream;
        text.draw_line(f.name, sel ? Face::BodyBold : Face::Body, lp, ink, r.x + lp / 2,
                       r.y + (r.h - lp * 6 / 5) / 2);
        std::string seats =
            f.min_players == f.max_players
                ? std::to_string(f.min_players)
                : std::to_string(f.min_players) + "\u2013" + std::to_string(f.max_players);
        int sw = text.measure(seats, Face::Body, lp * 7 / 10);
        text.draw_line(seats, Face::Body, lp * 7 / 10, sel ? ink : theme::kMuted,
                       r.x + r.w - sw - lp / 2, r.y + (r.h - lp * 7 / 10 * 6 / 5) / 2);
        y += lp * 2 + g.px(10);
    }
    // Right column: the chosen format's description, then the players.
    const Format& f = format(deck);
    int rx = g.w / 2 + g.px(40);
    int rw = g.w - rx - (host.options().phones ? g.px(520) : m); // the phones' panel (app_phones)
    int ry = g.px(70) + tp * 5 / 4 + sp * 2;
    TtfMeasurer bm(text.fonts(), kBodyFaces);
    LayoutParams p;
    p.px = g.font(32);
    p.max_width = rw;
    TextLayout d = layout_text(parse_card_text(f.description), bm, p);
    text.draw(d, kBodyFaces, theme::kMuted, rx, ry);
    ry += d.height + g.px(16);
    // How long it takes for the people named (before any: a table of six, or
    // as near as the format seats).
    const int people = names_.empty() ? std::clamp(6, min_seats(f), max_seats(f))
                                      : static_cast<int>(names_.size());
    const Estimate e = estimate(deck, f, people);
    // A do step whose cards' minutes spread says so: "About 15 to 70 minutes".
    // Smaller when a long language at a large text size would run past the
    // column.
    const std::string about = e.ranged()
                                  ? words::about_minutes_range(e.low, e.high, people, e.open_ended)
                                  : words::about_minutes(e.minutes, people, e.open_ended);
    int ap = g.font(30);
    while (ap > 10 && text.measure(about, Face::BodyBold, ap) > rw)
        ap = ap * 9 / 10;
    text.draw_line(about, Face::BodyBold, ap, theme::kCream, rx, ry);
    ry += g.font(30) * 6 / 5 + g.px(34);

    if (focus_ == Focus::Players) {
        // The names flow in rows, so twelve and the field fit at any size.
        int np = g.font(36);
        int gap = g.px(12);
        int pill_h = np * 8 / 5;
        auto flow_height = [&](int size) {
            int x = 0, rows = 1, h = size * 8 / 5;
            for (const std::string& n : names_) {
                int w = text.measure(n, Face::BodyBold, size) + size;
                if (x > 0 && x + w > rw) {
                    ++rows;
                    x = 0;
                }
                x += w + gap;
            }
            return rows * (h + gap);
        };
        int room = g.h - g.px(150) - ry - (pill_h + g.px(70)); // leave the field and its note
        while (np > 12 && !names_.empty() && flow_height(np) > room) {
            --np;
            pill_h = np * 8 / 5;
            room = g.h - g.px(150) - ry - (g.font(36) * 8 / 5 + g.px(70));
        }
        int x = 0;
        for (const std::string& n : names_) {
            int w = text.measure(n, Face::BodyBold, np) + np;
            if (x > 0 && x + w > rw) {
                x = 0;
                ry += pill_h + gap;
            }
            SDL_Rect pill{rx + x, ry, std::min(w, rw), pill_h};
            shapes.rounded_rect(pill, pill.h / 2, theme::kClothLight);
            text.draw_line(n, Face::BodyBold, np, theme::kCream, pill.x + np / 2,
                           ry + (pill.h - np * 6 / 5) / 2);
            x += w + gap;
        }
        if (!names_.empty())
            ry += pill_h + gap + g.px(6);
        int fp = g.font(36);
        SDL_Rect field{rx, ry, rw, fp * 8 / 5};
        shapes.rounded_rect(field, field.h / 2, theme::kCream);
        std::string shown = typing_.empty() && names_.empty()
                                ? words::seat_by_number_or_name(std::max(2, min_seats(f)),
                                                                std::min(9, most_names(deck)))
                                : typing_ + "|";
        // The field's words fit inside it: the placeholder shrinks (the
        // column is narrow beside the phones' join panel), and a long name
        // being typed shows its end.
        const int inner = field.w - fp;
        int field_px = fp;
        while (field_px > fp * 2 / 3 && text.measure(shown, Face::Body, field_px) > inner)
            --field_px;
        while (shown.size() > 1 && text.measure(shown, Face::Body, field_px) > inner) {
            std::size_t cut = 1;
            while (cut < shown.size() && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
                ++cut;
            shown.erase(0, cut);
        }
        text.draw_line(shown, Face::Body, field_px,
                       typing_.empty() && names_.empty() ? theme::kMuted : theme::kInk, rx + fp / 2,
                       ry + (field.h - field_px * 6 / 5) / 2);
        const std::string next_name = host.bindings().key(Command::NewLine, Layer::Names);
        int notep = g.font(28);
        if (!note_.empty()) // why the name was not seated, where the eyes are
            text.draw_line(note_, Face::BodyBold, notep, theme::kPink, rx, ry + field.h + g.px(14));
        else
            text.draw_line(names_.empty()
                               ? fill(tr("{key} after each name"), {{"key", next_name}})
                               : fill(tr("{key} on an empty line starts  \u00b7  {n} of {most}"),
                                      {{"key", next_name},
                                       {"n", std::to_string(names_.size())},
                                       {"most", std::to_string(most_names(deck))}}),
                           Face::Body, g.font(26), theme::kMuted, rx, ry + field.h + g.px(14));
    }
    std::string keys = hints(host.bindings());
    text.draw_line(keys, Face::Body, g.font(26), theme::kMuted, m, g.h - g.px(90));
    text.draw_line(clicker, Face::Body, g.font(22), theme::kMuted, m, g.h - g.px(50));
}

} // namespace hearth

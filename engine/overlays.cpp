#include "engine/overlays.hpp"
#include "engine/words/translation.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "engine/theme.hpp"

#include <algorithm>

namespace hearth {

const Color kPauseHint{0xb4, 0xa8, 0x9c, 0xff};

void draw_help(Gfx& g, const KeyHelp& keys) {
    SDL_SetRenderDrawBlendMode(g.renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 170);
    SDL_RenderFillRect(g.renderer, nullptr);
    int m = g.px(120);
    SDL_Rect panel{m, g.px(70), g.w - 2 * m, g.h - g.px(140)};
    g.shapes().rounded_rect(panel, g.px(36), theme::kCream, theme::kInk, std::max(2, g.px(4)));
    int tp = g.font(60);
    int x = panel.x + g.px(70);
    int y = panel.y + g.px(50);
    g.text().draw_line(tr("Keys"), Face::Title, tp, theme::kInk, x, y);
    y += tp * 3 / 2;
    int rows = int(keys.size()) + 1;
    int lp = std::min(g.font(34), (panel.y + panel.h - g.px(50) - y) * 10 / (rows * 16));
    // Smaller until the widest key and the widest words fit side by side in
    // the panel (long languages, long key names).
    const int room = panel.x + panel.w - g.px(40) - x - g.px(40);
    int key_w = 0;
    for (;; --lp) {
        int words_w = 0;
        key_w = 0;
        for (const auto& [k, what] : keys) {
            key_w = std::max(key_w, g.text().measure(k, Face::BodyBold, lp));
            words_w = std::max(words_w, g.text().measure(what, Face::Body, lp));
        }
        if (lp <= 10 || key_w + words_w <= room)
            break;
    }
    for (const auto& [k, what] : keys) {
        g.text().draw_line(k, Face::BodyBold, lp, theme::kInk, x, y);
        g.text().draw_line(what, Face::Body, lp, theme::kInk, x + key_w + g.px(40), y);
        y += lp * 16 / 10;
    }
    g.text().draw_line(tr("Any key closes this help."), Face::BodyItalic, lp * 8 / 10, theme::kInk,
                       x, y + lp / 2);
}

void draw_pause(Gfx& g, const std::string& keys) {
    SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 255);
    SDL_RenderClear(g.renderer);
    int p = g.font(28);
    // Quiet but readable: a warm grey at 7:1 against the black.
    g.text().draw_centered(fill(tr("Paused  \u00b7  {key} to come back"), {{"key", keys}}),
                           Face::Body, p, kPauseHint, g.w / 2, g.h - p * 3);
}

void draw_errors(Gfx& g, const std::string& title, const std::vector<std::string>& lines,
                 const std::string& hint) {
    SDL_SetRenderDrawBlendMode(g.renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g.renderer, 0x1a, 0x10, 0x0c, 235);
    SDL_RenderFillRect(g.renderer, nullptr);
    int m = g.px(90);
    int y = g.px(80);
    int tp = g.font(56);
    g.text().draw_line(title, Face::Title, tp, theme::kPink, m, y);
    y += tp * 3 / 2;
    TtfMeasurer meas(g.text().fonts(), kBodyFaces);
    LayoutParams p;
    p.px = g.font(30);
    p.max_width = g.w - 2 * m;
    p.paragraph_gap = 0.3;
    int bottom = g.h - g.px(140);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CardText t;
        t.blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{lines[i]}}});
        TextLayout l = layout_text(t, meas, p);
        if (y + l.height > bottom) {
            g.text().draw_line("\u2026 and " + std::to_string(lines.size() - i) + " more",
                               Face::Body, p.px, theme::kMuted, m, y);
            break;
        }
        g.text().draw(l, kBodyFaces, theme::kCream, m, y);
        y += l.height + p.px / 2;
    }
    g.text().draw_line(hint, Face::Body, g.font(28), theme::kMuted, m, g.h - g.px(100));
}

SDL_Rect toast_rect(Gfx& g, const std::string& message, SDL_Rect band, int* px) {
    // As large as the text size asks, as the band allows, and as the width allows.
    int p = std::min(g.font(30), std::max(10, band.h * 46 / 100));
    const int room = g.w - g.px(80);
    while (p > 10 && g.text().measure(message, Face::BodyBold, p) + 2 * p > room)
        p = p * 9 / 10;
    int w = std::min(room, g.text().measure(message, Face::BodyBold, p) + 2 * p);
    if (band.w < g.w) // a band narrower than the screen is covered whole (a status line)
        w = std::min(room, std::max(w, band.w));
    band.x =
        std::clamp(band.x + band.w / 2 - w / 2, g.px(40), std::max(g.px(40), g.w - g.px(40) - w));
    band.w = w;
    int h = std::min(p * 2, std::max(band.h, p * 3 / 2));
    if (px)
        *px = p;
    return SDL_Rect{band.x + (band.w - w) / 2, band.y + (band.h - h) / 2, w, h};
}

void draw_toast(Gfx& g, const std::string& message, SDL_Rect band) {
    int p = 0;
    SDL_Rect r = toast_rect(g, message, band, &p);
    g.shapes().rounded_rect(r, r.h / 2, theme::kSky, theme::kInk, std::max(2, g.px(3)));
    g.text().draw_centered(message, Face::BodyBold, p, theme::kInk, r.x + r.w / 2,
                           r.y + (r.h - p * 6 / 5) / 2);
}

SDL_Rect help_toast_band(const Gfx& g) {
    // Below the help's panel (draw_help leaves px(70) at the bottom).
    int m = g.px(70);
    return SDL_Rect{0, g.h - m, g.w, m};
}

} // namespace hearth

#include "engine/overlays.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "engine/theme.hpp"

namespace hearth {

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
    g.text().draw_line("Keys", Face::Title, tp, theme::kInk, x, y);
    y += tp * 3 / 2;
    int rows = int(keys.size()) + 1;
    int lp = std::min(g.font(34), (panel.y + panel.h - g.px(50) - y) * 10 / (rows * 16));
    int key_w = 0;
    for (const auto& [k, what] : keys)
        key_w = std::max(key_w, g.text().measure(k, Face::BodyBold, lp));
    key_w = std::min(key_w, panel.w / 2);
    for (const auto& [k, what] : keys) {
        g.text().draw_line(k, Face::BodyBold, lp, theme::kInk, x, y);
        g.text().draw_line(what, Face::Body, lp, theme::kInk, x + key_w + g.px(40), y);
        y += lp * 16 / 10;
    }
    g.text().draw_line("Any key closes this help.", Face::BodyItalic, lp * 8 / 10, theme::kInk, x,
                       y + lp / 2);
}

void draw_pause(Gfx& g, const std::string& keys) {
    SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 255);
    SDL_RenderClear(g.renderer);
    int p = g.font(22);
    g.text().draw_centered("Paused  \u00b7  " + keys + " to come back", Face::Body, p,
                           Color{0x55, 0x4a, 0x42, 0xff}, g.w / 2, g.h - p * 3);
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

void draw_toast(Gfx& g, const std::string& message) {
    int p = g.font(30);
    int w = std::min(g.w - g.px(80), g.text().measure(message, Face::BodyBold, p) + 2 * p);
    SDL_Rect r{(g.w - w) / 2, g.h - g.px(190), w, p * 2};
    g.shapes().rounded_rect(r, r.h / 2, theme::kSky, theme::kInk, std::max(2, g.px(3)));
    g.text().draw_centered(message, Face::BodyBold, p, theme::kInk, g.w / 2,
                           r.y + (r.h - p * 6 / 5) / 2);
}

} // namespace hearth

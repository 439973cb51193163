// The step timer on the table: its ring, the time in it, and what the room
// sees and hears when it ends. Sections: the ring, the end.
//
// The end must reach people who are not looking at the ring (they look at
// whoever speaks): the chime sounds (Audio, through the host), the cloth
// glows pink three times with a pink edge round the screen, and the edge
// stays while the timer runs over, so whoever looks up later still sees it.
#include "engine/audio.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/translation.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numbers>

namespace hearth {
namespace {

constexpr std::int64_t kTimeUpCueMs = 2400; // three pulses
constexpr int kPulses = 3;

std::string clock_text(std::int64_t ms) {
    std::int64_t s = std::max<std::int64_t>(0, ms) / 1000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60),
                  static_cast<long long>(s % 60));
    return buf;
}

// The largest size up to `px` at which `text` fits `room` pixels wide.
int fitting_size(TextPainter& text, const std::string& s, Face face, int px, int room) {
    int w = text.measure(s, face, px);
    if (w > room && w > 0)
        px = std::max(8, int(std::floor(double(px) * room / w)));
    while (px > 8 && text.measure(s, face, px) > room)
        --px;
    return px;
}

} // namespace

// ---------------------------------------------------------------- the ring

void TableScene::draw_timer(Gfx& g, const TableLayout& L, std::int64_t) {
    const Session& s = session_;
    TimerView tv = timer_view(s);
    if (tv.kind == TimerKind::None || L.timer.w <= 0)
        return;
    TextPainter& text = g.text();
    bool expired = tv.state == TimerState::Expired;
    std::int64_t remaining = std::max<std::int64_t>(0, tv.remaining_ms - pending_ms_);
    if (remaining == 0)
        expired = true;
    double frac = tv.total_ms > 0 ? double(remaining) / tv.total_ms : 0;
    Color arc = expired ? theme::kPink : frac > 0.25 ? theme::kLeaf : theme::kOrange;
    int thick = std::max(4, L.timer.w / 11);
    g.shapes().ring(L.timer, thick, expired ? 1.0 : frac, arc, theme::kClothLight);
    int cx = L.timer.x + L.timer.w / 2;
    std::string big = clock_text(expired ? tv.overtime_ms + pending_ms_ + 999 : remaining + 999);
    if (expired)
        big.insert(big.begin(), '+');
    if (expired && tv.overtime_ms + pending_ms_ < 1000)
        big = tr("Time");
    // The time fits inside the ring's hole whatever its length ("+89:41"
    // once ran into the stroke): the chord at the text's height is about
    // 0.79 of the ring's width, the hole 0.82; 0.85 of the hole leaves air.
    const int hole = L.timer.w - 2 * thick;
    const int tp = fitting_size(text, big, Face::BodyBold, L.timer.w * 26 / 100, hole * 85 / 100);
    text.draw_centered(big, Face::BodyBold, tp, expired ? theme::kPink : theme::kCream, cx,
                       L.timer.y + (L.timer.h - tp * 6 / 5) / 2);
    std::string label = tv.kind == TimerKind::Prompt    ? tr("answer")
                        : tv.kind == TimerKind::Speaker ? tr("speaker")
                        : tv.kind == TimerKind::Do      ? tr(words::kDoTimer)
                                                        : tr("discussion");
    if (s.paused)
        label = tr("paused");
    // The label sits below the time, inside the hole; the size of the time
    // before fitting keeps it where it always was.
    const int tp_full = L.timer.w * 26 / 100;
    const int lp =
        fitting_size(text, label, Face::Body, std::max(10, L.timer.w * 10 / 100), hole * 60 / 100);
    text.draw_centered(label, Face::Body, lp, theme::kMuted, cx,
                       L.timer.y + L.timer.h / 2 + tp_full * 3 / 5);
    // Beside a speaker's timer, the whole discussion's, under the ring: its
    // time left, or the time over once it ran out (shown, nobody cut off).
    TimerView total = total_timer_view(s);
    if (total.kind != TimerKind::None) {
        const bool over = total.state == TimerState::Expired;
        std::string line =
            over ? fill(tr("discussion +{time}"), {{"time", clock_text(total.overtime_ms + 999)}})
                 : fill(tr("discussion {time}"), {{"time", clock_text(total.remaining_ms + 999)}});
        const int sp = fitting_size(text, line, Face::BodyBold, std::max(g.font(28), L.timer.w / 8),
                                    L.timer.w * 3 / 2);
        text.draw_centered(line, Face::BodyBold, sp, over ? theme::kPink : theme::kCream, cx,
                           L.timer.y + L.timer.h + g.px(8));
    }
}

// ---------------------------------------------------------------- the end

void TableScene::notice_timer_end(SceneHost& host) {
    if (session_.log.empty())
        return;
    for (const Event& e : session_.log.back().caused)
        if (e.kind == EventKind::TimerExpired) {
            time_up_ = Anim{host.now_ms(), kTimeUpCueMs};
            host.play(Sound::TimerEnded);
            return;
        }
}

namespace {

// How strongly the end's cue shows at `t` (0 to 1 of its length): full at
// the moment the timer ends, three pulses, fading out.
double pulse(double t) {
    return (0.5 + 0.5 * std::cos(2 * std::numbers::pi * kPulses * t)) * (1 - 0.5 * t);
}

std::uint8_t mix(std::uint8_t a, std::uint8_t b, double t) {
    return std::uint8_t(std::lround(a + (b - a) * t));
}

} // namespace

Color TableScene::cloth(std::int64_t now) const {
    if (!time_up_.active(now) || session_.table.phase == Phase::Ended)
        return theme::kCloth;
    // The whole cloth glows: behind everything, so it covers no text, and
    // seen from anywhere in the room. Cream text keeps its contrast on it.
    const double s = pulse(time_up_.t(now));
    const Color a = theme::kCloth, b = theme::kClothGlow;
    return {mix(a.r, b.r, s), mix(a.g, b.g, s), mix(a.b, b.b, s), 0xff};
}

void TableScene::draw_time_up_cue(Gfx& g, std::int64_t now) {
    TimerView tv = timer_view(session_);
    const bool over = tv.kind != TimerKind::None &&
                      (tv.state == TimerState::Expired ||
                       (tv.state == TimerState::Running && tv.remaining_ms <= pending_ms_));
    if (!over)
        return;
    // A pink edge round the screen while the timer runs over, wider while
    // the end pulses; it stays inside the table's margins (the header's
    // text starts 19 px down at 1080p, the seats and columns 32 px in).
    double strength = time_up_.active(now) ? pulse(time_up_.t(now)) : 0;
    int width = std::max(2, g.px(8 + 8 * strength));
    set_draw_color(g.renderer, theme::kPink);
    const SDL_Rect edges[4] = {{0, 0, g.w, width},
                               {0, g.h - width, g.w, width},
                               {0, width, width, g.h - 2 * width},
                               {g.w - width, width, width, g.h - 2 * width}};
    SDL_RenderFillRects(g.renderer, edges, 4);
}

} // namespace hearth

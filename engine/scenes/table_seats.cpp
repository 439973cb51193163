// The table's seats and header. Sections: helpers, which seat is lit, the
// header's progress, the seats with their marks.
//
// The seat to look at (the talking piece's holder in a discussion, else
// whose turn it is) is the brightest thing on the table: filled orange, a
// thick cream rim, a little larger than the other seats. Whose turn it is,
// while someone else speaks, keeps an orange outline only. The marks differ
// in shape as well as colour: spoke is a filled disc with a tick, passed a
// hollow ring with a bar, a kept card a small card with the count.
#include "engine/render/sdl_color.hpp"
#include "engine/scenes/table_motion.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/words.hpp"

#include <cmath>

namespace hearth {
namespace {

// ---------------------------------------------------------------- helpers

std::string clock_of(std::int64_t ms, bool hours) {
    std::int64_t s = std::max<std::int64_t>(0, ms) / 1000;
    char buf[32];
    if (hours)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60),
                      static_cast<long long>(s % 60));
    return buf;
}

// A thick line from a to b, as two triangles.
void thick_line(SDL_Renderer* r, SDL_FPoint a, SDL_FPoint b, float width, Color c) {
    float dx = b.x - a.x, dy = b.y - a.y;
    float len = std::sqrt(dx * dx + dy * dy);
    if (len <= 0)
        return;
    float nx = -dy / len * width / 2, ny = dx / len * width / 2;
    SDL_Color col{c.r, c.g, c.b, c.a};
    SDL_Vertex v[4] = {{{a.x + nx, a.y + ny}, col, {0, 0}},
                       {{a.x - nx, a.y - ny}, col, {0, 0}},
                       {{b.x - nx, b.y - ny}, col, {0, 0}},
                       {{b.x + nx, b.y + ny}, col, {0, 0}}};
    const int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(r, nullptr, v, 4, idx, 6);
}

// Spoke: a leaf disc with a cream tick.
void draw_spoke(Gfx& g, SDL_Rect at) {
    int d = at.w;
    g.shapes().circle(at, theme::kLeaf, theme::kInk, std::max(2, d / 14) * theme::active().marks);
    float w = std::max(2.0f, d / 8.0f);
    SDL_FPoint a{at.x + d * 0.27f, at.y + d * 0.52f}, b{at.x + d * 0.43f, at.y + d * 0.68f},
        c{at.x + d * 0.74f, at.y + d * 0.33f};
    thick_line(g.renderer, a, b, w, theme::kCream);
    thick_line(g.renderer, b, c, w, theme::kCream);
}

// Passed: a hollow ring with a bar across.
void draw_passed(Gfx& g, SDL_Rect at) {
    int d = at.w;
    g.shapes().circle(at, {0, 0, 0, 0}, theme::kCream, std::max(2, d / 10));
    int bw = d * 55 / 100, bh = std::max(2, d / 8);
    g.shapes().rounded_rect({at.x + (d - bw) / 2, at.y + (d - bh) / 2, bw, bh}, bh / 2,
                            theme::kCream);
}

SDL_Rect grow(SDL_Rect r, int by) {
    return {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by};
}

} // namespace

// ---------------------------------------------------------------- the lit seat

int TableScene::lit_seat() const {
    const Session& s = session_;
    if (s.table.phase == Phase::Closing) // the closing round's speaker
        return talking_seat(s);
    if (s.table.phase != Phase::Playing)
        return -1;
    int talker = talking_seat(s);
    return talker >= 0 ? talker : active_seat(s);
}

bool TableScene::turn_card_kept() const {
    const Table& t = session_.table;
    if (t.turn_card.empty() || !t.in_play.empty())
        return false;
    for (const KeptCard& k : t.kept)
        if (k.card == t.turn_card)
            return true;
    return false;
}

// ---------------------------------------------------------------- the header

std::string TableScene::progress_text(const Deck& deck) const {
    const Session& s = session_;
    if (s.table.phase != Phase::Playing)
        return {};
    // Where the session stands against its end, then the turn.
    ProgressView p = progress(deck, s);
    auto say_num = [](MessageId id, std::initializer_list<std::pair<const char*, std::int64_t>> a) {
        Message m{id, {}};
        for (auto& [k, v] : a)
            m.args.push_back({k, v});
        return say(m);
    };
    std::string where;
    if (s.time_up) {
        where = say(Message{MessageId::TableTimeUp, {}});
    } else if (p.rounds > 0 && p.last_round) {
        where = say_num(MessageId::TableLastRound, {{"round", p.round}, {"rounds", p.rounds}});
    } else if (p.rounds > 0) {
        where = say_num(MessageId::TableRoundOf, {{"round", p.round}, {"rounds", p.rounds}});
    } else {
        where = say_num(MessageId::TableRound, {{"round", p.round}});
    }
    if (p.left_ms >= 0 && !s.time_up) {
        // Whole minutes while there are many, the seconds in the last one.
        std::int64_t left = std::max<std::int64_t>(0, p.left_ms - pending_ms_);
        std::string t = left >= 60000 ? std::to_string((left + 59999) / 60000) + " min"
                                      : clock_of(left + 999, false);
        where += "  \u00b7  " + say(Message{MessageId::TableTimeLeft, {{"time", t}}});
    }
    // The cards left count the one on the table: the third of three is the
    // last card, not "0 cards left" (the core counts those still to draw).
    const int cards_left = p.cards_left < 0 ? -1 : p.cards_left + (s.table.in_play.empty() ? 0 : 1);
    if (cards_left == 1)
        where += "  \u00b7  " + say(Message{MessageId::TableOneCardLeft, {}});
    else if (cards_left >= 0)
        where += "  \u00b7  " + say_num(MessageId::TableCardsLeft, {{"cards", cards_left}});
    where += "  \u00b7  " + say_num(MessageId::TableTurn, {{"turn", s.table.turn}});
    if (p.long_format) {
        std::int64_t run = p.elapsed_ms + pending_ms_;
        where += "  \u00b7  " + say(Message{MessageId::TableSessionClock,
                                            {{"time", clock_of(run, run >= 3600000)}}});
    }
    return where;
}

void TableScene::draw_header(Gfx& g, SceneHost& host, const TableLayout& L) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    const Format* format = format_of(deck, s);
    TextPainter& text = g.text();
    int hp = g.font(30);
    int hy = L.header.y + (L.header.h - hp * 5 / 4) / 2;
    std::string title = deck.info.name + (format ? "  \u00b7  " + format->name : "");
    if (s.table.phase != Phase::Playing && s.table.phase != Phase::Closing) {
        text.draw_line(title, Face::BodyBold, hp, theme::kMuted, L.header.x, hy);
        return;
    }
    std::string where = s.table.phase == Phase::Closing ? tr(words::kClosing) : progress_text(deck);
    const bool urgent = s.time_up || progress(deck, s).last_round;
    // The progress is never cut: the title gives way to it.
    int wp = hp;
    while (wp > 10 && text.measure(where, Face::BodyBold, wp) > L.header.w * 3 / 4)
        wp = wp * 9 / 10;
    int w = text.measure(where, Face::BodyBold, wp);
    text.draw_line(where, Face::BodyBold, wp, urgent ? theme::kPink : theme::kCream,
                   L.header.x + L.header.w - w, L.header.y + (L.header.h - wp * 5 / 4) / 2);
    int room = L.header.w - w - g.px(40);
    int tp = hp;
    while (tp > 10 && text.measure(title, Face::BodyBold, tp) > room)
        tp = tp * 9 / 10;
    if (text.measure(title, Face::BodyBold, tp) <= room)
        text.draw_line(title, Face::BodyBold, tp, theme::kMuted, L.header.x,
                       hy + (hp - tp) * 5 / 8);
}

// ---------------------------------------------------------------- the seats

void TableScene::draw_seats(Gfx& g, SceneHost& host, const TableLayout& L, std::int64_t now) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    TextPainter& text = g.text();
    ShapePainter& shapes = g.shapes();
    std::vector<std::string> names = seat_names(s);
    std::vector<SeatState> states = seat_states(s);
    const int active = s.table.phase == Phase::Playing ? active_seat(s) : -1;
    const int talker = talking_seat(s);
    const int lit = lit_seat();
    const int n = int(L.seats.size());
    double mt = seat_move_.active(now) ? ease_out(seat_move_.t(now)) : 1.0;
    auto seat = [&](int i) { return L.seats[std::size_t(i)]; };
    auto lit_rect = [&](SDL_Rect r) { return grow(r, std::max(2, r.h / 10)); };
    // High contrast draws the marks twice as thick.
    const int marks = theme::active().marks;
    auto rim = [&](SDL_Rect r) { return std::max(3, r.h / 12) * marks; };

    // The pills: the lit one last, over its neighbours.
    for (int i = 0; i < n; ++i) {
        SDL_Rect r = seat(i);
        if (i == active && i != lit) // whose turn it is, while another speaks
            shapes.rounded_rect(r, r.h / 2, theme::kClothLight, theme::kOrange,
                                std::max(2, r.h / 22) * marks);
        else
            shapes.rounded_rect(r, r.h / 2, theme::kClothLight);
    }
    if (lit >= 0 && lit < n) {
        SDL_Rect r = lit_rect(seat(lit));
        if (mt < 1.0 && from_lit_ >= 0 && from_lit_ < n)
            r = lerp(lit_rect(seat(from_lit_)), r, mt);
        shapes.rounded_rect(r, r.h / 2, theme::kOrange, theme::kCream, rim(r));
    }

    // One name size for every seat: the largest at which all names fit.
    int np = std::min(g.font(40), (n ? seat(0).h : 40) * 55 / 100);
    int num_p = np * 70 / 100;
    int size = np;
    for (int i = 0; i < n && i < int(names.size()); ++i) {
        SDL_Rect r = seat(i);
        int pad = r.h / 3;
        int name_x = r.x + pad + text.measure("00", Face::BodyBold, num_p) + pad / 2;
        int name_room = r.x + r.w - pad - r.h * 62 / 100 - name_x;
        while (size > 10 && text.measure(names[std::size_t(i)], Face::BodyBold, size) > name_room)
            --size;
    }
    for (int i = 0; i < n && i < int(names.size()); ++i) {
        SDL_Rect r = seat(i);
        const SeatState& st = states[std::size_t(i)];
        bool on_orange = i == lit && mt >= 0.5;
        Color ink = on_orange ? theme::kInk : theme::kCream;
        int pad = r.h / 3;
        text.draw_line(std::to_string(i + 1), Face::BodyBold, num_p,
                       on_orange ? theme::kInk : theme::kMuted, r.x + pad,
                       r.y + (r.h - num_p * 6 / 5) / 2);
        int name_x = r.x + pad + text.measure("00", Face::BodyBold, num_p) + pad / 2;
        const std::string& name = names[std::size_t(i)];
        bool bold = i == lit || i == active;
        int nw = text.draw_line(name, bold ? Face::BodyBold : Face::Body, size, ink, name_x,
                                r.y + (r.h - size * 6 / 5) / 2);
        int d = r.h * 62 / 100;
        SDL_Rect mark{r.x + r.w - pad - d, r.y + (r.h - d) / 2, d, d};
        // The kept cards: a small card with the count, then the last one's title.
        if (!st.kept.empty()) {
            int bx = name_x + nw + pad / 2;
            int bh = r.h * 70 / 100, bw = bh * 3 / 4;
            if (bx + bw < mark.x - pad / 4) {
                const Card* last = find_session_card(deck, s, st.kept.back());
                const CardType* type = last ? deck.find_type(last->type) : nullptr;
                Color paper = type ? type->color : theme::kCream;
                Color tink = type ? type->ink : theme::kInk;
                SDL_Rect badge{bx, r.y + (r.h - bh) / 2, bw, bh};
                shapes.rounded_rect(badge, std::max(2, bw / 6), paper, theme::kInk,
                                    std::max(2, bh / 14));
                int cp = bh * 60 / 100;
                text.draw_centered(std::to_string(st.kept.size()), Face::BodyBold, cp, tink,
                                   badge.x + bw / 2, badge.y + (bh - cp * 6 / 5) / 2);
                int tx = bx + bw + pad / 3;
                int room = mark.x - pad / 4 - tx;
                int tp = std::max(10, size * 62 / 100);
                std::string title = last ? last->title : st.kept.back();
                if (room > tp * 3) {
                    std::string shown = title;
                    while (!shown.empty() && text.measure(shown, Face::BodyItalic, tp) > room) {
                        // Drop whole UTF-8 characters, then end with an ellipsis.
                        shown.pop_back();
                        while (!shown.empty() && (shown.back() & 0xC0) == 0x80)
                            shown.pop_back();
                        if (text.measure(shown + "\u2026", Face::BodyItalic, tp) <= room) {
                            shown += "\u2026";
                            break;
                        }
                    }
                    text.draw_line(shown, Face::BodyItalic, tp, ink, tx,
                                   r.y + (r.h - tp * 6 / 5) / 2);
                }
            }
        }
        if (i != talker && st.spoke)
            draw_spoke(g, mark);
        else if (i != talker && st.passed)
            draw_passed(g, mark);
    }

    // The talking piece: a "cell" by the seat holding it.
    if (talker >= 0 && talker < n) {
        SDL_Rect to = seat(talker);
        SDL_Rect at = to;
        if (mt < 1.0 && from_talker_ >= 0 && from_talker_ < n)
            at = lerp(seat(from_talker_), to, mt);
        int d = at.h * 62 / 100;
        SDL_Rect piece{at.x + at.w - at.h / 3 - d, at.y + (at.h - d) / 2, d, d};
        shapes.circle(piece, theme::kLeaf, theme::kInk,
                      std::max(2, d / 14) * theme::active().marks);
        SDL_Rect inner{piece.x + d / 4, piece.y + d / 4, d / 2, d / 2};
        shapes.circle(inner, theme::kCream, theme::kInk, std::max(1, d / 20));
        SDL_Rect core{piece.x + d * 3 / 8, piece.y + d * 3 / 8, d / 4, d / 4};
        shapes.circle(core, theme::kPink);
    }
}

} // namespace hearth

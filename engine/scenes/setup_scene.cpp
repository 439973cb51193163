// Set-up. Sections: state changes, input, drawing.
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/solo_scene.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/words.hpp"
#include "game/base/rng.hpp"
#include "game/session/session.hpp"

namespace hearth {

SetupScene::SetupScene(const Deck& deck, std::uint64_t seed, std::string format) : seed_(seed) {
    for (std::size_t i = 0; i < deck.formats.size(); ++i)
        if (deck.formats[i].id == format)
            format_index_ = int(i);
}

const Format& SetupScene::format(const Deck& deck) const {
    return deck.formats[std::size_t(format_index_)];
}

std::vector<const Card*> SetupScene::missions(const Deck& deck) const {
    std::vector<const Card*> out;
    for (const Card& c : deck.cards)
        if (c.type == format(deck).mission_type)
            out.push_back(&c);
    return out;
}

// ---------------------------------------------------------------- state changes

void SetupScene::go_to_players(SceneHost& host) {
    const Format& f = format(host.deck());
    if (f.max_players == 1) { // solo: nobody to name; the journal scene
        if (auto folder = user_journal_folder()) {
            host.switch_to(std::make_unique<SoloScene>(host.deck(), *folder, seed_, host));
            return;
        }
        count_ = 1;
        start(host);
        return;
    }
    focus_ = Focus::Players;
    host.text_input(true);
}

void SetupScene::start(SceneHost& host) {
    const Deck& deck = host.deck();
    const Format& f = format(deck);
    int n = names_.empty() ? count_ : int(names_.size());
    if (n < min_seats(f)) {
        host.toast(f.name + " needs at least " + std::to_string(min_seats(f)) + " players");
        return;
    }
    if (n > max_seats(f)) {
        host.toast(f.name + " seats at most " + std::to_string(max_seats(f)) + " players");
        return;
    }
    if (f.mission == MissionRule::Choose && focus_ != Focus::Mission && !missions(deck).empty()) {
        focus_ = Focus::Mission;
        host.text_input(false);
        return;
    }
    choose_mission(host, "");
}

void SetupScene::choose_mission(SceneHost& host, const std::string& card_id) {
    const Deck& deck = host.deck();
    auto r = start_session(
        deck, new_session_start(deck, format(deck).id, names_, count_, seed_, host.own_cards()));
    if (auto* e = std::get_if<StartError>(&r)) {
        host.toast(say(e->message));
        return;
    }
    Session s = std::get<Session>(std::move(r));
    if (!card_id.empty()) {
        if (auto refused = apply_in_place(deck, s, act::ChooseMission{card_id})) {
            host.toast(say(*refused));
            return;
        }
    }
    host.text_input(false);
    host.session_changed(s);
    host.switch_to(std::make_unique<TableScene>(std::move(s)));
}

// ---------------------------------------------------------------- input

void SetupScene::on_text(const TextInput& in, SceneHost& host) {
    if (focus_ != Focus::Players || in.composing)
        return;
    const std::string& t = in.text;
    if (swallow_text_ && t.size() == 1 && t[0] == swallow_text_) {
        swallow_text_ = 0;
        return;
    }
    swallow_text_ = 0;
    for (char c : t) {
        if (typing_.empty() && may_count() && c >= '1' && c <= '9') {
            names_.clear();
            count_ = c - '0';
            start(host);
            return;
        }
        if (c == ' ' && typing_.empty())
            continue; // a leading space would only hide the name
        if (typing_.size() < 40)
            typing_ += c;
    }
}

// Names: the keys of Layer::Names; true when the command was theirs.
bool SetupScene::names_input(const Input& input, SceneHost& host) {
    switch (input.command) {
    case Command::Take: // a number of players, when no name is typed yet
        if (typing_.empty() && may_count()) {
            names_.clear();
            swallow_text_ = char('1' + input.seat);
            count_ = input.seat + 1;
            start(host);
        }
        return true;
    case Command::NewLine:
        if (!typing_.empty()) {
            names_.push_back(typing_);
            typing_.clear();
        } else if (!names_.empty()) {
            start(host);
        }
        return true;
    case Command::DeleteBack:
        if (!typing_.empty()) {
            // Remove one whole UTF-8 character.
            do
                typing_.pop_back();
            while (!typing_.empty() && (typing_.back() & 0xC0) == 0x80);
        } else if (!names_.empty()) {
            names_.pop_back();
        } else {
            focus_ = Focus::Format;
            host.text_input(false);
        }
        return true;
    case Command::Begin:
        if (typing_.empty() && !names_.empty())
            start(host);
        return true;
    default:
        return false;
    }
}

void SetupScene::on_input(const Input& input, SceneHost& host) {
    const Deck& deck = host.deck();
    int nformats = int(deck.formats.size());
    switch (focus_) {
    case Focus::Format:
        if (input.command == Command::Up || input.command == Command::Back)
            format_index_ = (format_index_ + nformats - 1) % nformats;
        else if (input.command == Command::Down)
            format_index_ = (format_index_ + 1) % nformats;
        else if (input.command == Command::Next || input.command == Command::Point)
            go_to_players(host);
        else if (input.command == Command::Take && input.seat < nformats)
            format_index_ = input.seat;
        else if (input.command == Command::Leave)
            host.quit();
        break;
    case Focus::Players:
        if (names_input(input, host))
            break;
        if (input.command == Command::Leave) {
            focus_ = Focus::Format;
            host.text_input(false);
        } else if (input.command == Command::Next && !names_.empty()) {
            start(host);
        }
        break;
    case Focus::Mission: {
        auto list = missions(deck);
        int n = int(list.size());
        if (input.command == Command::Up)
            mission_index_ = (mission_index_ + n - 1) % n;
        else if (input.command == Command::Down)
            mission_index_ = (mission_index_ + 1) % n;
        else if (input.command == Command::Next)
            choose_mission(host, list[std::size_t(mission_index_)]->id);
        else if (input.command == Command::Skip) {
            // Draw one: a seeded pick, so a replay with the same seed agrees.
            Rng rng{seed_ ^ 0x6d697373696f6eull};
            choose_mission(host, list[std::size_t(rng.below(std::uint64_t(n)))]->id);
        } else if (input.command == Command::Leave || input.command == Command::Back) {
            focus_ = Focus::Players;
            host.text_input(true);
        }
        break;
    }
    }
}

KeyHelp SetupScene::help(const Bindings& keys) const {
    using C = Command;
    // The keys as they are in the first step, where the format is chosen.
    return keys.help(
        {
            {{C::Up, C::Down, C::Next}, "choose the format"},
            {{C::Take}, "that many players, named Player 1, 2 \u2026"},
            {{},
             "seat a player; Return again to start",
             "Type a name, " + keys.key(C::NewLine, Layer::Names)},
            {{}, "remove the last name; go back", keys.key(C::DeleteBack, Layer::Names)},
            {{C::Skip}, "draw a mission at random (missions)"},
            {{C::FullScreen}, "full screen"},
            {{C::Leave}, "back; quit"},
        },
        Layer::Commands);
}

std::string SetupScene::hints(const Bindings& keys) const {
    using C = Command;
    switch (focus_) {
    case Focus::Format:
        return keys.hints({{{C::Up, C::Down}, "choose"},
                           {{C::Next}, "this one"},
                           {{C::Help}, "keys"},
                           {{C::Leave}, "quit"}},
                          Layer::Commands);
    case Focus::Players:
        return keys.hints(
            {{{}, "Type names"}, {{C::Take}, "that many players"}, {{C::Leave}, "back"}},
            Layer::Names);
    case Focus::Mission:
        return keys.hints({{{C::Up, C::Down}, "choose"},
                           {{C::Next}, "this mission"},
                           {{C::Skip}, "draw one at random"},
                           {{C::Leave}, "back"}},
                          Layer::Commands);
    }
    return {};
}

// ---------------------------------------------------------------- drawing

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
    const char* step = focus_ == Focus::Format    ? "1  Choose how to play"
                       : focus_ == Focus::Players ? "2  Who is at the table?"
                                                  : "3  Choose the group's mission";
    text.draw_line(step, Face::BodyBold, sp, theme::kSky, m, y);
    y += sp * 2;

    int col = g.w / 2 - m;
    if (focus_ == Focus::Mission) {
        auto list = missions(deck);
        int lp = g.font(38);
        for (std::size_t i = 0; i < list.size(); ++i) {
            bool sel = int(i) == mission_index_;
            SDL_Rect r{m, y, col, lp * 2};
            if (sel)
                shapes.rounded_rect(r, r.h / 2, theme::kOrange);
            Color ink = sel ? theme::kInk : theme::kCream;
            Face face = sel ? Face::BodyBold : Face::Body;
            int ty = r.y + (r.h - lp * 6 / 5) / 2;
            std::string num = std::to_string(list[i]->number);
            int num_right = r.x + lp / 2 + text.measure("00", Face::BodyBold, lp);
            text.draw_line(num, face, lp, ink, num_right - text.measure(num, face, lp), ty);
            text.draw_line(list[i]->title, face, lp, ink, num_right + lp * 2 / 3, ty);
            y += lp * 2 + g.px(8);
        }
        if (!list.empty()) {
            int ch = g.h - g.px(260);
            int cw = int(ch * kPrintCardAspect);
            SDL_Rect card{g.w - m - cw, g.px(150), cw, ch};
            g.cards.draw_front(deck, *list[std::size_t(mission_index_)], card);
        }
        text.draw_line(hints(host.bindings()), Face::Body, g.font(26), theme::kMuted, m,
                       g.h - g.px(90));
        return;
    }

    // Formats, one row each; the chosen one lit and described.
    int lp = g.font(40);
    for (std::size_t i = 0; i < deck.formats.size(); ++i) {
        const Format& f = deck.formats[i];
        bool sel = int(i) == format_index_;
        SDL_Rect r{m, y, col, lp * 2};
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
    int rw = g.w - rx - m;
    int ry = g.px(70) + tp * 5 / 4 + sp * 2;
    TtfMeasurer bm(text.fonts(), kBodyFaces);
    LayoutParams p;
    p.px = g.font(32);
    p.max_width = rw;
    TextLayout d = layout_text(parse_card_text(f.description), bm, p);
    text.draw(d, kBodyFaces, theme::kMuted, rx, ry);
    ry += d.height + g.px(50);

    if (focus_ == Focus::Players) {
        int np = g.font(40);
        for (const std::string& n : names_) {
            int w = text.measure(n, Face::BodyBold, np) + np;
            SDL_Rect pill{rx, ry, w, np * 8 / 5};
            shapes.rounded_rect(pill, pill.h / 2, theme::kClothLight);
            text.draw_line(n, Face::BodyBold, np, theme::kCream, rx + np / 2,
                           ry + (pill.h - np * 6 / 5) / 2);
            ry += pill.h + g.px(10);
        }
        SDL_Rect field{rx, ry, rw, np * 8 / 5};
        shapes.rounded_rect(field, field.h / 2, theme::kCream);
        std::string shown =
            typing_.empty() && names_.empty() ? "Type a name, or press 2\u20139" : typing_ + "|";
        text.draw_line(shown, Face::Body, np,
                       typing_.empty() && names_.empty() ? theme::kMuted : theme::kInk, rx + np / 2,
                       ry + (field.h - np * 6 / 5) / 2);
        const std::string next_name = host.bindings().key(Command::NewLine, Layer::Names);
        text.draw_line(names_.empty() ? next_name + " after each name"
                                      : next_name + " on an empty line starts",
                       Face::Body, g.font(26), theme::kMuted, rx, ry + field.h + g.px(16));
    }
    std::string keys = hints(host.bindings());
    text.draw_line(keys, Face::Body, g.font(26), theme::kMuted, m, g.h - g.px(90));
}

} // namespace hearth

// The clicker's grammar at the table: PageDown does the step's move, PageUp
// goes back, B (or period) lights the next of the step's other choices
// (pass, keep, skip, a seat taking the piece, the end) and PageDown takes
// it. When set-up was skipped, the table itself offers the missions.
// Sections: the choices, the mission, drawing.
#include "engine/scenes/mission_list.hpp"
#include "engine/scenes/table_scene.hpp"

#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/base/rng.hpp"

namespace hearth {

// ---------------------------------------------------------------- the choices

std::vector<TableScene::Choice> TableScene::choices(const Deck& deck) const {
    using K = Choice::Kind;
    const Session& s = session_;
    std::vector<Choice> out;
    if (s.table.phase == Phase::Ended) {
        if (!saved_to_.empty())
            out.push_back({K::Where, -1, tr(words::kWhereIsSummary)});
        out.push_back({K::Quit, -1, tr(words::kQuit)});
        return out;
    }
    std::vector<std::string> names = seat_names(s);
    auto name = [&](int seat) {
        return seat >= 0 && seat < int(names.size()) ? names[std::size_t(seat)] : std::string();
    };
    if (s.table.phase == Phase::Playing) {
        StepView step = current_step(deck, s);
        const Card* card = find_session_card(deck, s, s.table.in_play);
        std::string title = card ? card->title : std::string();
        int active = active_seat(s), talker = talking_seat(s);
        const Format* format = format_of(deck, s);
        bool popcorn = format && format->speaking == Speaking::Popcorn;
        if (step.kind == TurnKind::Prompt)
            out.push_back({K::Pass, -1, words::passes(name(active))});
        if (step.kind == TurnKind::Discussion && talker >= 0)
            out.push_back({K::Pass, -1, words::passes(name(talker))});
        if (step.kind == TurnKind::Discussion && popcorn)
            for (int seat = 0; seat < int(names.size()); ++seat)
                if (seat != talker)
                    out.push_back({K::Take, seat, words::takes_piece(name(seat))});
        if (card && paged_card_showing(deck)) {
            const int next = card_page_ + 1 < card_pages_ ? card_page_ + 2 : 1;
            out.push_back(
                {K::Page, -1,
                 fill(tr("Show the card\u2019s page {page} of {pages}"),
                      {{"page", std::to_string(next)}, {"pages", std::to_string(card_pages_)}})});
        }
        if (card) {
            out.push_back({K::Keep, -1, words::keeps(name(active), title)});
            if (step.kind != TurnKind::Discussion)
                out.push_back({K::Skip, -1, words::skips(title)});
        }
    }
    if (s.table.phase == Phase::Closing && talking_seat(s) >= 0)
        out.push_back({K::Pass, -1, words::passes(name(talking_seat(s)))});
    out.push_back({K::End, -1, tr(words::kEndSession)});
    return out;
}

// B lights the next choice (after the last, none); PageDown takes the lit
// one; PageUp or Escape puts them away; any other command does its own
// thing. True when the input was the choices'.
bool TableScene::choice_input(const Input& input, SceneHost& host) {
    std::vector<Choice> list = choices(host.deck());
    if (input.command == Command::Choose) {
        choice_ = choice_ + 1 < int(list.size()) ? choice_ + 1 : -1;
        return true;
    }
    if (choice_ < 0)
        return false;
    if (choice_ >= int(list.size())) {
        choice_ = -1;
        return false;
    }
    switch (input.command) {
    case Command::Next: {
        Choice c = list[std::size_t(choice_)];
        choice_ = -1;
        do_choice(c, host);
        return true;
    }
    case Command::Back:
    case Command::Leave:
        choice_ = -1;
        return true;
    case Command::Up:
        choice_ = (choice_ + int(list.size()) - 1) % int(list.size());
        return true;
    case Command::Down:
        choice_ = (choice_ + 1) % int(list.size());
        return true;
    default:
        choice_ = -1;
        return false;
    }
}

void TableScene::do_choice(const Choice& c, SceneHost& host) {
    using K = Choice::Kind;
    switch (c.kind) {
    case K::Pass:
        act(act::Pass{}, host);
        break;
    case K::Keep:
        act(act::Keep{-1}, host);
        break;
    case K::Skip:
        act(act::Skip{}, host);
        break;
    case K::Take:
        act(act::Take{c.seat}, host);
        break;
    case K::End:
        act(act::EndSession{}, host);
        break;
    case K::Where:
        host.toast(words::summary_is_in(saved_to_));
        break;
    case K::Quit:
        host.quit();
        break;
    case K::Page:
        turn_page();
        break;
    }
}

std::string TableScene::hints(const Bindings& keys, const Deck& deck) const {
    std::string step = choosing_mission(deck) ? std::string() : step_hints(keys, deck);
    if (look_card_.empty() && paged_card_showing(deck)) {
        const std::string page =
            keys.hints({{{Command::TurnOver}, tr_later("next page")}}, Layer::Commands);
        step = step.empty() ? page : page + "  \u00b7  " + step;
    }
    if (choices(deck).empty() || choosing_mission(deck))
        return step;
    std::string more = keys.hints({{{Command::Choose}, words::kMoreChoices}}, Layer::Commands);
    return step.empty() ? more : step + "  \u00b7  " + more;
}

// ---------------------------------------------------------------- the mission

bool TableScene::choosing_mission(const Deck& deck) const {
    const Format* f = format_of(deck, session_);
    return f && session_.table.phase == Phase::Setup && f->mission == MissionRule::Choose &&
           session_.table.mission.empty() && !mission_cards(deck, *f).empty();
}

// The missions' keys: B, ↓ or ↑ light another, PageDown (or a click on one)
// chooses, S draws one at random, a number lights that mission.
bool TableScene::mission_input(const Input& in, SceneHost& host) {
    // The wheel moves through the missions; it never chooses one.
    Input input = in;
    if (input.wheel && (input.command == Command::Next || input.command == Command::Back))
        input.command = input.command == Command::Next ? Command::Down : Command::Up;
    const Deck& deck = host.deck();
    std::vector<const Card*> list = mission_cards(deck, *format_of(deck, session_));
    const int n = int(list.size());
    mission_lit_ = std::clamp(mission_lit_, 0, n - 1);
    auto choose = [&](int i) { act(act::ChooseMission{list[std::size_t(i)]->id}, host); };
    switch (input.command) {
    case Command::Choose:
    case Command::Down:
        mission_lit_ = (mission_lit_ + 1) % n;
        return true;
    case Command::Up:
        mission_lit_ = (mission_lit_ + n - 1) % n;
        return true;
    case Command::Next:
        choose(mission_lit_);
        return true;
    case Command::Skip: {
        // Drawn at random from the session's seed: a replay agrees.
        Rng rng{session_.start.seed ^ 0x6d697373696f6eull};
        choose(int(rng.below(std::uint64_t(n))));
        return true;
    }
    case Command::Take:
        if (input.seat < n)
            mission_lit_ = input.seat;
        return true;
    case Command::Point:
        if (int row = row_at(mission_rows_, input.x, input.y); row >= 0)
            choose(row);
        return true;
    case Command::Pass:
    case Command::Keep:
        return true; // nothing to pass or keep yet
    default:
        return false;
    }
}

// ---------------------------------------------------------------- drawing

void TableScene::draw_mission_choice(Gfx& g, SceneHost& host) {
    const Deck& deck = host.deck();
    const Bindings& keys = host.bindings();
    TextPainter& text = g.text();
    std::vector<const Card*> list = mission_cards(deck, *format_of(deck, session_));
    mission_lit_ = std::clamp(mission_lit_, 0, int(list.size()) - 1);
    int m = g.px(100);
    int y = g.px(70);
    int tp = g.font(64);
    text.draw_line(tr(words::kChooseMission), Face::Title, tp, theme::kOrange, m, y);
    y += tp * 5 / 4;
    int sp = g.font(30);
    std::vector<std::string> names = seat_names(session_);
    std::string seated;
    for (const std::string& n : names)
        seated += (seated.empty() ? "" : ", ") + n;
    text.draw_line(seated, Face::Body, sp, theme::kSky, m, y);
    y += sp * 2;
    mission_rows_ = draw_mission_list(g, deck, list, mission_lit_, y);
    using C = Command;
    std::string line = keys.hints({{{C::Choose, C::Down}, words::kAnotherMission},
                                   {{C::Next}, words::kThisMission},
                                   {{C::Skip}, words::kMissionAtRandom}},
                                  Layer::Commands);
    text.draw_line(line, Face::Body, g.font(26), theme::kMuted, m, g.h - g.px(90));
    text.draw_line(
        keys.clicker_hint(words::kThisMission, words::kAnotherMission, "", Layer::Commands),
        Face::Body, g.font(22), theme::kMuted, m, g.h - g.px(50));
}

void TableScene::draw_choice_band(Gfx& g, SDL_Rect band, const Bindings& keys, const Deck& deck) {
    std::vector<Choice> list = choices(deck);
    if (choice_ < 0 || choice_ >= int(list.size()))
        return;
    set_draw_color(g.renderer, theme::kSky);
    SDL_RenderFillRect(g.renderer, &band);
    using C = Command;
    // The clicker's keys by name: whoever lit a choice holds a clicker (or B).
    auto key = [&](Key k, Command c) {
        std::string label = keys.label_of(k, c, Layer::Commands);
        return label.empty() ? keys.key(c, Layer::Commands) : label;
    };
    std::string line = key(Key::PageDown, C::Next) + ": " + list[std::size_t(choice_)].words +
                       "  \u00b7  " + key(Key::B, C::Choose) + ": " + tr(words::kNextChoice) +
                       " (" + std::to_string(choice_ + 1) + "/" + std::to_string(list.size()) +
                       ")  \u00b7  " + key(Key::PageUp, C::Back) + ": " + tr(words::kCloseChoices);
    int sp = g.font(34);
    while (sp > 12 && g.text().measure(line, Face::BodyBold, sp) > g.w - g.px(60))
        --sp;
    g.text().draw_centered(line, Face::BodyBold, sp, theme::kInk, g.w / 2,
                           band.y + (band.h - sp * 6 / 5) / 2);
}

} // namespace hearth

// The clicker's grammar at the table: PageDown does the step's move, PageUp
// goes back, B (or period) lights the next of the step's other choices
// (pass, keep, skip, a seat taking the piece, the end) and PageDown takes
// it. The mission is chosen at set-up with the choose step (table_offered.cpp).
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
    if ((look_card_.empty() && paged_card_showing(deck)) || paged_look_showing()) {
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
           session_.table.mission.empty() &&
           (!session_.table.offered.empty() || !mission_cards(deck, *f).empty());
}

// ---------------------------------------------------------------- drawing

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

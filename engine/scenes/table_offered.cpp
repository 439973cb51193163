// The choose step at the table: the cards laid face up side by side, the lit
// one's full text below them. The clicker's grammar as for the missions: B
// (or period, or ↓) lights the next card, ↑ the one before, PageDown takes
// the lit one; a number key or a click or tap on a card takes that card.
// PageUp undoes, as everywhere at the table. The group's mission is chosen
// at set-up with the same step (S draws one at random; PageUp or Escape
// before anything was chosen goes back to set-up's names).
#include "engine/scenes/mission_list.hpp"
#include "engine/scenes/offered_view.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/table_scene.hpp"

#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "game/base/rng.hpp"

namespace hearth {

bool TableScene::choosing_card() const {
    const Phase p = session_.table.phase;
    return (p == Phase::Playing || p == Phase::Setup) && !session_.table.offered.empty();
}

std::vector<std::string> TableScene::offer_ids(const Deck& deck) const {
    if (!session_.table.offered.empty() || !choosing_mission(deck))
        return session_.table.offered;
    std::vector<std::string> ids;
    for (const Card* c : mission_cards(deck, *format_of(deck, session_)))
        if (ids.size() < kMaxMissionsOffered)
            ids.push_back(c->id);
    return ids;
}

void TableScene::offer_pick(int i, SceneHost& host) {
    std::vector<std::string> ids = offer_ids(host.deck());
    if (session_.table.offered.empty() && i >= 0 && i < int(ids.size()))
        act(act::ChooseMission{ids[std::size_t(i)]}, host); // saved under rules 1 or 2
    else
        act(act::Choose{i}, host); // beyond the cards: refused, and the toast says so
}

void TableScene::back_to_setup(SceneHost& host) {
    auto setup =
        std::make_unique<SetupScene>(host.deck(), session_.start.seed, session_.start.format);
    setup->offer_names(seat_names(session_));
    setup->back_to_players(host);
    host.switch_to(std::move(setup));
}

bool TableScene::offer_input(const Input& in, SceneHost& host) {
    const std::vector<std::string> offered = offer_ids(host.deck());
    const int n = int(offered.size());
    if (n == 0)
        return false;
    if (offer_seen_ != offered) {
        offer_seen_ = offered;
        offer_lit_ = 0;
    }
    offer_lit_ = std::clamp(offer_lit_, 0, n - 1);
    // The wheel moves the light; it never chooses.
    Input input = in;
    if (input.wheel && (input.command == Command::Next || input.command == Command::Back))
        input.command = input.command == Command::Next ? Command::Down : Command::Up;
    switch (input.command) {
    case Command::Choose:
    case Command::Down:
        offer_lit_ = (offer_lit_ + 1) % n;
        return true;
    case Command::Up:
        offer_lit_ = (offer_lit_ + n - 1) % n;
        return true;
    case Command::Next:
        offer_pick(offer_lit_, host);
        return true;
    case Command::Take:
        offer_pick(input.seat, host);
        return true;
    case Command::Point:
        if (int i = row_at(offer_rects_, input.x, input.y); i >= 0)
            offer_pick(i, host);
        return true;
    case Command::Skip:
        if (choosing_mission(host.deck())) {
            // A mission drawn at random from the session's seed: a replay agrees.
            Rng rng{session_.start.seed ^ 0x6d697373696f6eull};
            offer_pick(int(rng.below(std::uint64_t(n))), host);
        }
        return true;
    case Command::Back:
    case Command::Leave:
        // Before anything was chosen, back from the missions is back to
        // set-up's names, as it was when set-up listed them itself.
        if (!choosing_mission(host.deck()) || can_undo(session_))
            return false;
        back_to_setup(host);
        return true;
    case Command::Pass:
    case Command::Keep:
        return true; // nothing in play yet to pass, keep or skip
    default:
        return false;
    }
}

namespace {

void draw_fit(Gfx& g, const TextFit& f, FaceSet faces, Color ink, SDL_Rect box) {
    g.text().draw(f.layout, faces, ink, box.x, box.y);
}

} // namespace

void TableScene::draw_offered(Gfx& g, SceneHost& host) {
    const Deck& deck = host.deck();
    const Bindings& keys = host.bindings();
    TextPainter& text = g.text();
    const std::vector<std::string> offered = offer_ids(deck);
    const int n = int(offered.size());
    if (n == 0)
        return;
    if (offer_seen_ != offered) {
        offer_seen_ = offered;
        offer_lit_ = 0;
    }
    offer_lit_ = std::clamp(offer_lit_, 0, n - 1);
    OfferedLayout L = offered_layout(g.w, g.h, n, g.text_scale);
    offer_rects_ = L.cards;
    const int m = L.cards.front().x;
    const bool mission = choosing_mission(deck);
    text.draw_line(tr(mission ? words::kChooseMission : words::kChooseOne), Face::Title,
                   L.heading_px, theme::kOrange, m, L.heading_y);
    std::vector<std::string> names = seat_names(session_);
    const int active = active_seat(session_);
    std::string who;
    if (mission) { // who sits at the table
        for (const std::string& name : names)
            who += (who.empty() ? "" : ", ") + name;
    } else {
        who = words::chooses_for(
            active >= 0 && active < int(names.size()) ? names[std::size_t(active)] : std::string(),
            n);
        if (const Format* f = format_of(deck, session_))
            who +=
                "  \u00b7  " + tr(f->choose.others == ChooseOthers::Discard ? words::kOthersDiscard
                                                                            : words::kOthersUnder);
    }
    int wp = L.who_px;
    while (wp > 12 && text.measure(who, Face::Body, wp) > g.w - 2 * m)
        --wp;
    text.draw_line(who, Face::Body, wp, theme::kSky, m, L.who_y);

    for (int i = 0; i < n; ++i) {
        const Card* card = find_session_card(deck, session_, offered[std::size_t(i)]);
        if (!card)
            continue;
        const bool lit = i == offer_lit_;
        SDL_Rect r = L.cards[std::size_t(i)];
        const Color fill = deck.find_type(card->type) ? deck.type_of(*card).color : theme::kCream;
        const Color ink = deck.find_type(card->type) ? deck.type_of(*card).ink : theme::kInk;
        g.shapes().rounded_rect(r, g.px(18), fill, lit ? theme::kOrange : theme::kClothLight,
                                lit ? g.px(10) : g.px(2));
        const int pad = g.px(24);
        std::string label = std::to_string(i + 1);
        if (!card->subtitle.empty())
            label += "  \u00b7  " + card->subtitle;
        int lp = L.label_px;
        while (lp > L.min_px && text.measure(label, Face::BodyBold, lp) > r.w - 2 * pad)
            --lp;
        text.draw_line(label, Face::BodyBold, lp, ink, r.x + pad, r.y + pad);
        OfferedFit fit = offered_fit(text.fonts(), *card, L, i);
        draw_fit(g, fit.title, kTitleFaces, ink, L.titles[std::size_t(i)]);
        if (L.shorts[std::size_t(i)].h > 0) // two rows of cards have no short form
            draw_fit(g, fit.short_form, kBodyFaces, ink, L.shorts[std::size_t(i)]);
    }

    // The lit card in full.
    if (const Card* card = find_session_card(deck, session_, offered[std::size_t(offer_lit_)])) {
        g.shapes().rounded_rect(L.full, g.px(18), theme::kCream, theme::kOrange, g.px(4));
        OfferedFit fit = offered_fit(text.fonts(), *card, L, offer_lit_);
        std::string title = std::to_string(offer_lit_ + 1) + ".  " + card->title;
        int fp = L.full_title_px;
        while (fp > 12 && text.measure(title, Face::Title, fp) > L.full_title.w)
            --fp;
        text.draw_line(title, Face::Title, fp, theme::kInk, L.full_title.x, L.full_title.y);
        draw_fit(g, fit.full, kBodyFaces, theme::kInk, L.full_text);
    }

    using C = Command;
    std::string line = keys.hints({{{C::Take}, words::kChooseByNumber},
                                   {{C::Choose, C::Down}, words::kAnotherCard},
                                   {{C::Next}, mission ? words::kThisMission : words::kThisCard}},
                                  Layer::Commands);
    if (mission)
        line += "  \u00b7  " + keys.hints({{{C::Skip}, words::kMissionAtRandom}}, Layer::Commands);
    // Each hint line in its own box (offered_layout keeps them apart), made
    // smaller when it is wider than the window.
    auto hint = [&](const std::string& said, SDL_Rect box, int px) {
        while (px > 8 && text.measure(said, Face::Body, px) > box.w)
            --px;
        text.draw_line(said, Face::Body, px, theme::kMuted, box.x, box.y);
    };
    hint(line, L.hint, L.hint_px);
    hint(keys.clicker_hint(mission ? words::kThisMission : words::kThisCard, words::kAnotherCard,
                           "", Layer::Commands),
         L.clicker, L.clicker_px);
}

} // namespace hearth

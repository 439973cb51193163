// The table's idle preparation: while nothing moves, one piece at a time,
// what the next key presses will need is made ahead, so that no press pays
// for a first rasterisation or layout. In order: the next card of the pile
// (at set-up, the format's opening card) at the centre's size (laid out, its
// art rasterised, then painted into the texture the centre will show) and
// its back, which it shows as it flies, when that is not the centre's; the
// card in play at the discard pile's size, and the ornament and back of
// every type at the sizes the table shows; once the table has left set-up, the
// screen-sized buffers a flight uses. Each piece is one layout, one
// rasterisation or one card painted, so a key press waits behind at most one.
#include "engine/scenes/card_texture.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"

#include <functional>

namespace hearth {

bool TableScene::prepare(Gfx& g, SceneHost& host) {
    const TableLayout& L = last_layout_;
    if (session_.table.phase == Phase::Ended || L.card.w < 8 || L.discard.w < 8)
        return false; // nothing drawn yet: preparation never comes before the first frame
    if (prepared_.size() > 1024)
        prepared_.clear();
    const Deck& deck = host.deck();
    const Session& s = session_;
    const std::uint64_t gen = host.deck_generation();
    CardPainter& cards = g.cards;
    // Runs the first job not yet done, by key; false when all are done.
    bool worked = false;
    auto job = [&](const std::string& key, const std::function<void()>& work) {
        if (worked || prepared_.count(key))
            return;
        work();
        prepared_.insert(key);
        worked = true;
    };
    auto paint_front = [&](const Card& card, SDL_Rect at, CardTexture& into) {
        cached_card(g.renderer, into, picture_key(card.id, at.w, at.h, gen), at.w, at.h,
                    [&](SDL_Rect r) { cards.draw_front(deck, card, r); });
    };
    auto front_jobs = [&](const Card& card, SDL_Rect at, CardTexture& into) {
        const std::string key = picture_key(card.id, at.w, at.h, gen);
        job("layout " + key, [&] { cards.layout(deck, card, at.w, at.h); });
        job("art " + key, [&] {
            const CardLayout& cl = cards.layout(deck, card, at.w, at.h);
            if (const std::filesystem::path& art = deck.art_file_of(card); !art.empty())
                cards.art().prepare(art, SDL_Rect{0, 0, cl.ornament.w, cl.ornament.h});
        });
        job("paint " + key, [&] { paint_front(card, at, into); });
    };

    // The next card the centre shows: at set-up, a format's opening card
    // (the first press shows it); else the top of the draw pile.
    const Card* next = s.table.phase == Phase::Setup ? opening_card(deck, s) : nullptr;
    if (!next && !s.table.draw_pile.empty())
        next = find_session_card(deck, s, s.table.draw_pile.back());
    if (next) {
        front_jobs(*next, L.card, next_tex_);
        // The back it flies showing, unless the centre has it. Not a job
        // done once by key: the two textures trade places as cards come.
        const std::string back = back_key(*next, L.card, gen);
        const std::string failed = "no texture for " + back; // tried once, not again
        if (!worked && back != back_tex_.card && back != next_back_tex_.card &&
            !prepared_.count(failed)) {
            if (!cached_card(
                    g.renderer, next_back_tex_, back, L.card.w, L.card.h,
                    [&](SDL_Rect r) { cards.draw_back(deck, *next, r); }, Cover::Card,
                    cards.back_clear_corner(deck, *next, L.card.w)))
                prepared_.insert(failed);
            worked = true;
        }
    }
    if (const Card* in_play = current_card(deck, s))
        front_jobs(*in_play, L.discard, scratch_tex_);
    for (const CardType& type : deck.types) {
        for (SDL_Rect at : {L.card, L.draw_pile, L.discard})
            job("type " + picture_key(type.id, at.w, at.h, gen),
                [&] { cards.prepare_art(deck, type, at.w, at.h); });
    }
    // Once the table has left set-up (the opening card, then play), what a
    // flight needs that is as large as the screen: the still table's texture,
    // and the backend's copy of the last frame. Not at set-up, which stays as
    // light as the start, nor when animations are cuts.
    if (s.table.phase != Phase::Setup)
        job("flights at " + std::to_string(g.w) + "x" + std::to_string(g.h), [&] {
            if (host.animations_coming() && use_still_)
                cached_card(
                    g.renderer, still_, "made ahead", g.w, g.h,
                    [&](SDL_Rect) {
                        set_draw_color(g.renderer, theme::kCloth);
                        SDL_RenderClear(g.renderer);
                    },
                    Cover::Whole);
        });
    return worked;
}

} // namespace hearth

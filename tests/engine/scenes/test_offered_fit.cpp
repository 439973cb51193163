// The choose step's layout holds every bundled card: 2 to 4 cards side by
// side at 1080p, each title and a short form of its text at 28 px or more,
// the lit card's whole text in the panel below at 28 px or more; and set-up's
// missions, up to eight in two rows, at every window and text size.
#include "engine/scenes/offered_view.hpp"

#include "tests/engine_fixture.hpp"

#include <SDL_ttf.h>
#include <catch2/catch.hpp>

using namespace hearth;

SCENARIO("every bundled card fits the choose step's layout at 1080p") {
    const Deck& deck = test::bundled_deck();
    for (int n = 2; n <= 4; ++n) {
        OfferedLayout L = offered_layout(1920, 1080, n);
        REQUIRE(L.cards.size() == std::size_t(n));
        CHECK(L.min_px == 28);
        // Side by side inside the window, none over another or over the panel.
        for (int i = 0; i < n; ++i) {
            const SDL_Rect& r = L.cards[std::size_t(i)];
            CHECK(r.x >= 0);
            CHECK(r.x + r.w <= 1920);
            CHECK(r.y + r.h <= L.full.y);
            if (i > 0)
                CHECK(L.cards[std::size_t(i - 1)].x + L.cards[std::size_t(i - 1)].w < r.x);
        }
        CHECK(L.full.y + L.full.h <= 1080 - 100); // the hint lines stay below it
        for (const Card& card : deck.cards)
            for (int i = 0; i < n; ++i) {
                OfferedFit f = offered_fit(test::font_library(), card, L, i);
                INFO(card.id << ", " << n << " cards, place " << i << ": title "
                             << f.title.layout.px << " px, short " << f.short_form.layout.px
                             << " px, full " << f.full.layout.px << " px");
                CHECK(f.title.fits);
                CHECK(f.title.layout.px >= 28);
                CHECK(f.short_form.fits);
                CHECK(f.short_form.layout.px >= 28);
                CHECK((card.text.empty() || f.short_form.layout.lines > 0));
                CHECK(f.full.fits);
                CHECK(f.full.layout.px >= 28);
            }
    }
}

// Set-up's mission choice lays out up to eight: two rows of four, each its
// number and title, the lit one's whole text in the panel below.
SCENARIO("up to eight missions fit two rows at every window and text size") {
    const Deck& deck = test::bundled_deck();
    std::vector<const Card*> missions;
    for (const Card& c : deck.cards)
        if (c.type == "mission")
            missions.push_back(&c);
    REQUIRE(missions.size() >= 7);
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}})
        for (double zoom : {0.7, 1.0, 1.3, 1.6})
            for (int n = 5; n <= 8; ++n) {
                OfferedLayout L = offered_layout(w, h, n, zoom);
                INFO(w << "x" << h << " at " << zoom << ", " << n << " cards");
                REQUIRE(L.cards.size() == std::size_t(n));
                // Never smaller than the choose step's 28 px at 1080p, but at a smaller text size.
                CHECK(L.min_px == int(kOfferedMinPx * (h / 1080.0) * std::min(zoom, 1.0) + 0.5));
                CHECK(L.who_y + L.who_px * 6 / 5 <= L.cards[0].y);
                for (int i = 0; i < n; ++i) {
                    const SDL_Rect& r = L.cards[std::size_t(i)];
                    INFO("place " << i);
                    CHECK(r.x >= 0);
                    CHECK(r.x + r.w <= w);
                    CHECK(r.y + r.h < L.full.y);
                    const SDL_Rect& t = L.titles[std::size_t(i)];
                    CHECK(t.x >= r.x);
                    CHECK(t.x + t.w <= r.x + r.w);
                    CHECK(t.y + t.h <= r.y + r.h);
                    for (int j = 0; j < i; ++j) {
                        SDL_Rect other = L.cards[std::size_t(j)];
                        CHECK_FALSE(SDL_HasIntersection(&r, &other));
                    }
                }
                CHECK(L.cards[0].y == L.cards[std::size_t((n + 1) / 2 - 1)].y); // the first row
                CHECK(L.cards.back().y > L.cards[0].y);                         // the second
                CHECK(L.full.y + L.full.h <= h - int(100 * h / 1080.0)); // above the hint lines
                CHECK(L.full.h > L.full_px * 3);
                for (const Card* card : missions)
                    for (int i : {0, n - 1}) {
                        OfferedFit f = offered_fit(test::font_library(), *card, L, i);
                        INFO(card->id << ": title " << f.title.layout.px << " px, full "
                                      << f.full.layout.px << " px");
                        CHECK(f.title.fits);
                        CHECK(f.title.layout.px >= L.min_px);
                        CHECK(f.full.fits);
                        CHECK(f.full.layout.px >= L.min_px);
                        CHECK(f.full_title.fits);
                    }
            }
}

SCENARIO("a card's short form is its first paragraph, cut at a word") {
    Card c;
    c.text = "Walk in pairs for ten minutes and talk.\n\nThen come back.";
    // The ellipsis takes the full stop's place: "talk.…" read as a typo.
    CHECK(short_text(c, 200) == "Walk in pairs for ten minutes and talk\u2026");
    CHECK(short_text(c, 12) == "Walk in\u2026");
    c.text = "Short.";
    CHECK(short_text(c, 20) == "Short.");
}

// Seen at 1280x720 with the text at 130%: the line saying whose turn it is
// was drawn under the cards, hidden by them.
SCENARIO("the choose step's heading and its line stay above the cards at every text size") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}})
        for (double zoom : {0.7, 1.0, 1.3, 1.6}) {
            for (int n : {4, 8}) {
                OfferedLayout L = offered_layout(w, h, n, zoom);
                INFO(w << "x" << h << " at " << zoom << ", " << n << " cards");
                // The line's glyphs reach about 1.2 times its size below its top.
                CHECK(L.heading_y + L.heading_px * 6 / 5 <= L.who_y + L.who_px / 4);
                CHECK(L.who_y + L.who_px * 6 / 5 <= L.cards[0].y);
                CHECK(L.full.h > L.full_px * 3); // the lit card's panel keeps lines to read
            }
        }
}

// Seen at 160% text size: the two hint lines at the bottom of the choose
// step (the keys, the clicker's) were drawn over each other, each at a fixed
// height above the bottom whatever its size.
SCENARIO("the choose step's two hint lines never overlap at any text size") {
    FontLibrary& fonts = test::font_library();
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}})
        for (double zoom : {0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6})
            for (int n : {2, 3, 4, 5, 8}) {
                OfferedLayout L = offered_layout(w, h, n, zoom);
                INFO(w << "x" << h << " at " << zoom << ", " << n << " cards");
                // Each box holds its line as the body face draws it.
                CHECK(L.hint.h >= TTF_FontHeight(fonts.get(Face::Body, L.hint_px)));
                CHECK(L.clicker.h >= TTF_FontHeight(fonts.get(Face::Body, L.clicker_px)));
                CHECK(L.hint_px == std::max(8, int(26 * (h / 1080.0) * zoom + 0.5)));
                CHECK(L.clicker_px == std::max(8, int(22 * (h / 1080.0) * zoom + 0.5)));
                // Top to bottom: the panel, the keys, the clicker's, the edge.
                CHECK(L.full.y + L.full.h < L.hint.y);
                CHECK(L.hint.y + L.hint.h <= L.clicker.y);
                CHECK(L.clicker.y + L.clicker.h <= h);
                for (const SDL_Rect* r : {&L.hint, &L.clicker}) {
                    CHECK(r->x >= 0);
                    CHECK(r->x + r->w <= w);
                    for (const SDL_Rect& card : L.cards)
                        CHECK_FALSE(SDL_HasIntersection(r, &card));
                    CHECK_FALSE(SDL_HasIntersection(r, &L.full));
                }
                CHECK_FALSE(SDL_HasIntersection(&L.hint, &L.clicker));
                CHECK(L.full.h > L.full_px * 3);
            }
    // At 100% they stay where they were.
    OfferedLayout L = offered_layout(1920, 1080, 4);
    CHECK(L.hint.y == 1080 - 90);
    CHECK(L.clicker.y == 1080 - 50);
}

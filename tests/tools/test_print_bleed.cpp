// Print with bleed as a print shop cuts it: the background runs into the
// bleed, nothing on the face lies outside the safe area, guides only when
// asked; sheets with gutters and copies. Pixel regions of the images
// themselves, not of a description of them.
#include "game/deck/deck_loader.hpp"
#include "tools/card_fit.hpp"
#include "tools/card_images.hpp"
#include "tools/print_copies.hpp"
#include "tools/proof_sheet.hpp"
#include "tools/sheet_layout.hpp"

#include "tests/engine_fixture.hpp"
#include <SDL_image.h>

#include <catch2/catch.hpp>

#include <fstream>

using namespace hearth;
using namespace hearth::tools;

namespace {

Color pixel_at(SDL_Surface* s, int x, int y) {
    auto* row = static_cast<std::uint8_t*>(s->pixels) + y * s->pitch;
    Uint32 v = *reinterpret_cast<Uint32*>(row + x * 4); // ARGB8888 surfaces only
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

bool inside(SDL_Rect r, int x, int y) {
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

// Pixels outside `keep` that differ from `c`.
int others_outside(SDL_Surface* s, SDL_Rect keep, Color c) {
    int n = 0;
    for (int y = 0; y < s->h; ++y)
        for (int x = 0; x < s->w; ++x)
            if (!inside(keep, x, y) && !(pixel_at(s, x, y) == c))
                ++n;
    return n;
}

} // namespace

SCENARIO("with bleed the face runs to the edge and stays inside the safe area") {
    const Deck& deck = test::bundled_deck();
    const Card& card = *deck.find_card("pair-walk"); // art in its corner, a see line
    const Color face = deck.type_of(card).color;
    GIVEN("a poker card with 3 mm bleed and a 3 mm safe area at 300 dpi") {
        CardImager imager(test::font_library(), PrintSpec{*card_size("poker"), 3, 300});
        SDL_Surface* s = imager.front(deck, card);
        const SDL_Rect safe = imager.safe();
        THEN("the safe area is 35 px inside the cut") {
            CHECK(safe.x == 70);
            CHECK(safe.w == 744 - 70);
        }
        THEN("every pixel outside the safe area is the face colour: bleed, cut, no frame") {
            CHECK(others_outside(s, safe, face) == 0);
        }
        THEN("the face's ink is inside the safe area") {
            const Color ink = deck.type_of(card).ink;
            int ink_pixels = 0;
            for (int y = safe.y; y < safe.y + safe.h; y += 2)
                for (int x = safe.x; x < safe.x + safe.w; x += 2)
                    ink_pixels += pixel_at(s, x, y) == ink;
            CHECK(ink_pixels > 1000);
        }
        THEN("no guide is drawn unless asked") {
            CHECK(pixel_at(s, imager.trim().x, s->h / 2) == face);
            CHECK(pixel_at(s, safe.x, s->h / 2) == face);
        }
    }
    GIVEN("a larger safe area") {
        PrintSpec spec{*card_size("poker"), 3, 300};
        spec.safe = 6;
        CardImager imager(test::font_library(), spec);
        THEN("the face is laid out smaller, and still nothing lies outside it") {
            CHECK(imager.content().w < imager.trim().w - 2 * 35);
            CHECK(others_outside(imager.front(deck, card), imager.safe(), face) == 0);
        }
    }
    GIVEN("no bleed") {
        CardImager imager(test::font_library(), PrintSpec{*card_size("poker"), 0, 300});
        THEN("the card is drawn as on the table, its frame on the image's edge") {
            CHECK(imager.content().w == imager.trim().w);
            SDL_Surface* s = imager.front(deck, card);
            CHECK_FALSE(pixel_at(s, 1, s->h / 2) == face);
        }
    }
}

SCENARIO("guides show the trim and the safe line, only with --guides") {
    const Deck& deck = test::bundled_deck();
    const Card& card = *deck.find_card("pair-walk");
    PrintSpec spec{*card_size("poker"), 3, 300};
    spec.guides = true;
    CardImager imager(test::font_library(), spec);
    SDL_Surface* s = imager.front(deck, card);
    const SDL_Rect trim = imager.trim(), safe = imager.safe();
    CHECK(pixel_at(s, trim.x, s->h / 2) == kTrimGuide);
    CHECK(pixel_at(s, s->w / 2, trim.y + trim.h - 1) == kTrimGuide);
    CHECK(pixel_at(s, safe.x, s->h / 2) == kSafeGuide);
    CHECK(pixel_at(s, s->w / 2, safe.y) == kSafeGuide);
    // The bleed beyond the trim line keeps the face colour.
    CHECK(pixel_at(s, 3, 3) == deck.type_of(card).color);
    s = imager.back(deck, deck.type_of(card));
    CHECK(pixel_at(s, trim.x, s->h / 2) == kTrimGuide);
}

SCENARIO("a back's art covers the bleed to the image's edges") {
    auto dir = test::fresh_folder("back-bleed");
    {
        SurfacePtr art(SDL_CreateRGBSurfaceWithFormat(0, 63, 88, 32, SDL_PIXELFORMAT_ARGB8888));
        REQUIRE(art);
        SDL_FillRect(art.get(), nullptr, SDL_MapRGB(art->format, 20, 40, 200));
        REQUIRE(IMG_SavePNG(art.get(), (dir / "back.png").c_str()) == 0);
        std::ofstream(dir / "deck.toml") << R"([deck]
id = "t"
name = "Test deck"
back = "back.png"

[types.activity]
name = "Activity"
color = "#f6c28b"

[formats.circle]
name = "Circle"
players = [2, 12]
draw = ["activity"]
turn = ["draw", "prompt", "discussion"]
speaking = "round"

[[cards]]
id = "a"
type = "activity"
title = "A"
text = "Hello"
)";
    }
    LoadResult r = load_deck(dir);
    REQUIRE(r.ok());
    CardImager imager(test::font_library(), PrintSpec{*card_size("poker"), 3, 300});
    SDL_Surface* s = imager.back(*r.deck, r.deck->types.front());
    const Color blue{20, 40, 200, 0xff};
    for (auto [x, y] : {std::pair{1, 1}, {s->w - 2, s->h - 2}, {1, s->h / 2}, {s->w / 2, 1}})
        CHECK(pixel_at(s, x, y) == blue);
}

SCENARIO("gutters keep cards apart on the sheet") {
    SheetSpec spec;
    spec.gutter = 4;
    SheetLayout L = layout_sheet(spec);
    THEN("two by two poker cards fit A4 and neighbouring bleeds are 4 mm apart") {
        CHECK(L.columns == 2);
        CHECK(L.rows == 2);
        auto a = L.with_bleed(0, false, spec), b = L.with_bleed(1, false, spec);
        CHECK(a.w == Approx(69));
        CHECK(b.x - (a.x + a.w) == Approx(4));
        CHECK(L.left == Approx((210 - (2 * 69 + 4)) / 2.0));
        CHECK(L.marks.size() == std::size_t(4 * L.columns + 4 * L.rows));
    }
    THEN("a gutter never costs the last column: 198 mm of room fits 2 x 69 + 60") {
        spec.gutter = 60;
        CHECK(layout_sheet(spec).columns == 2);
    }
}

SCENARIO("copies print a card as many times as asked, in deck order") {
    const Deck& deck = test::bundled_deck();
    std::vector<const Card*> cards{&deck.cards[0], &deck.cards[1], &deck.cards[2]};
    Copies copies;
    copies.all = 2;
    copies.per_card[deck.cards[1].id] = 0;
    copies.per_card[deck.cards[2].id] = 3;
    std::string unknown;
    auto out = with_copies(deck, cards, copies, unknown);
    REQUIRE(out.size() == 5);
    CHECK(out[0] == cards[0]);
    CHECK(out[1] == cards[0]);
    CHECK(out[2] == cards[2]);
    CHECK(out[4] == cards[2]);
    CHECK(unknown.empty());
    copies.per_card["no-such-card"] = 1;
    CHECK(with_copies(deck, cards, copies, unknown).empty());
    CHECK(unknown == "no-such-card");
}

SCENARIO("a fit warning counts the card's lines in the plural when it has several") {
    // Regression: "cut about 1 of its 12 line" read the plural off the lines to cut.
    Card card;
    card.id = "c";
    CardFitReport fit;
    fit.lines = 12;
    fit.lines_over = 1;
    fit.words_over = 3;
    auto d = fit_warning(card, fit, "poker");
    REQUIRE(d);
    CHECK_THAT(d->message, Catch::EndsWith("cut about 1 of its 12 lines (3 words)"));
}

SCENARIO("a proof frames the cards with warnings and only those") {
    LoadResult r = load_deck(HEARTH_TEST_DECKS "/lint/overfull");
    REQUIRE(r.ok());
    const Deck& deck = *r.deck;
    std::vector<Diagnostic> warnings;
    const int w = mm_to_px(63, 300), h = mm_to_px(88, 300);
    for (const Card& c : deck.cards)
        if (auto d = fit_warning(c, card_text_fit(test::font_library(), deck, c, w, h), "poker"))
            warnings.push_back(*d);
    std::vector<ProofCard> cards = proof_cards(deck, warnings);
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].warnings.size() == 1); // larga, too full
    CHECK(cards[1].warnings.empty());     // corta
    PrintSpec spec{*card_size("poker"), 0, 100};
    ProofLayout layout;
    layout.heading = "test";
    SurfacePtr sheet = make_proof(test::font_library(), deck, cards, spec, layout);
    REQUIRE(sheet);
    layout.columns = 2;
    auto red_left_of = [&](SDL_Rect slot) {
        int red = 0;
        for (int x = slot.x - 12; x < slot.x; ++x) {
            Color c = pixel_at(sheet.get(), x, slot.y + slot.h / 2);
            red += c.r > 150 && c.g < 60 && c.b < 60;
        }
        return red;
    };
    CHECK(red_left_of(proof_slot(spec, layout, 0)) >= 3);
    CHECK(red_left_of(proof_slot(spec, layout, 1)) == 0);
}

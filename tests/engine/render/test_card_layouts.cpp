// Layouts per kind: where the art goes (corner, top, full, only, none), how
// the text is ranged, and a text size in points, on a type and over it on a
// card; and a card's own back.
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace hearth;

namespace {

constexpr int kW = 600, kH = 838;

Color pixel(SDL_Surface* s, int x, int y) {
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

Deck small_deck() {
    LoadResult r = load_deck(HEARTH_TEST_DECKS "/good/small");
    REQUIRE(r.ok());
    return *r.deck;
}

// The small deck with `layout` on card pair-walk (an activity with art of
// its own and four lines of text).
Deck with_layout(FaceLayout layout) {
    Deck deck = small_deck();
    for (Card& c : deck.cards)
        if (c.id == "pair-walk")
            c.layout = layout;
    return deck;
}

struct Drawn {
    SurfacePtr surface;
    CardLayout layout;
};

Drawn draw(const Deck& deck, const std::string& id) {
    const Card* card = deck.find_card(id);
    REQUIRE(card);
    Drawn d;
    d.surface.reset(SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(d.surface.get()));
    CardPainter painter(renderer.get(), test::font_library());
    painter.draw_front(deck, *card, SDL_Rect{0, 0, kW, kH});
    SDL_RenderPresent(renderer.get());
    d.layout = painter.layout(deck, *card, kW, kH);
    return d;
}

// How many pixels of `r` differ from the card's face colour.
int not_face(const Drawn& d, SDL_Rect r, Color face) {
    int n = 0;
    for (int y = r.y; y < r.y + r.h; ++y)
        for (int x = r.x; x < r.x + r.w; ++x)
            n += !(pixel(d.surface.get(), x, y) == face);
    return n;
}

FaceLayout art(ArtPlace a) {
    FaceLayout l;
    l.art = a;
    return l;
}

} // namespace

SCENARIO("a layout's art goes in the corner, across the top, under the whole face, alone or "
         "nowhere") {
    const Deck plain = small_deck();
    const Color face = plain.type_of(*plain.find_card("pair-walk")).color;
    const Drawn corner = draw(plain, "pair-walk");
    const SDL_Rect o = corner.layout.ornament;
    REQUIRE(o.w > 0);
    WHEN("art is \"none\"") {
        Drawn d = draw(with_layout(art(ArtPlace::None)), "pair-walk");
        THEN("the corner shows only the face colour, where the ornament was") {
            CHECK(not_face(corner, o, face) > o.w * o.h / 10);
            CHECK(not_face(d, o, face) == 0);
        }
    }
    WHEN("art is \"top\"") {
        Drawn d = draw(with_layout(art(ArtPlace::Top)), "pair-walk");
        const CardLayout& L = d.layout;
        THEN("a picture across the card sits under the header and above the title") {
            CHECK(L.ornament.w == 0);
            CHECK(L.art.w > kW * 8 / 10);
            CHECK(L.art.y + L.art.h <= L.title_at.y);
            CHECK(not_face(d, L.art, face) > L.art.w * L.art.h / 20);
            CHECK(not_face(d, o, face) < not_face(corner, o, face));
        }
        THEN("the text still fits below it") {
            CHECK(L.body_fits);
        }
    }
    WHEN("art is \"full\"") {
        Drawn d = draw(with_layout(art(ArtPlace::Full)), "pair-walk");
        const CardLayout& L = d.layout;
        THEN("the art covers the face and the title and text share a panel on its lower half") {
            CHECK(L.art.w > kW * 9 / 10);
            CHECK(L.art.h > kH * 9 / 10);
            CHECK(L.panel.y >= kH * 2 / 5);
            CHECK(L.title_at.y > L.panel.y);
            CHECK(L.body_at.y > L.title_at.y);
            CHECK(L.panel.y + L.panel.h > L.see_at.y);
            CHECK(L.header_pill.w > 0);
        }
    }
    WHEN("art is \"only\"") {
        Drawn d = draw(with_layout(art(ArtPlace::Only)), "pair-walk");
        const CardLayout& L = d.layout;
        THEN("nothing but the art is drawn: no number, no title, no panel") {
            CHECK_FALSE(L.words);
            CHECK(L.art.w > kW * 9 / 10);
            const SDL_Rect panel = corner.layout.panel;
            const Color middle = pixel(d.surface.get(), panel.x + panel.w / 2, panel.y + 4);
            CHECK_FALSE(middle == Color{0xff, 0xfa, 0xf2, 0xff});
        }
    }
}

SCENARIO("a layout ranges the text left, centred or right, and sets it at a size in points") {
    auto edges = [](const CardLayout& L) {
        int least = L.text_box.w, most = 0;
        for (const PlacedRun& r : L.body.runs) {
            least = std::min(least, r.x);
            most = std::max(most, r.x + r.width);
        }
        return std::pair{least, most};
    };
    FaceLayout right;
    right.align = BodyAlign::Right;
    FaceLayout left;
    left.align = BodyAlign::Left;
    FaceLayout centre;
    centre.align = BodyAlign::Center;
    const CardLayout r = draw(with_layout(right), "pair-walk").layout;
    const CardLayout l = draw(with_layout(left), "pair-walk").layout;
    const CardLayout c = draw(with_layout(centre), "pair-walk").layout;
    THEN("right: every line ends at the box's right edge") {
        REQUIRE_FALSE(r.body.runs.empty());
        std::map<int, int> ends; // line top -> its right end
        for (const PlacedRun& run : r.body.runs)
            ends[run.y] = std::max(ends[run.y], run.x + run.width);
        CHECK(ends.size() >= 3);
        for (const auto& [top, end] : ends)
            CHECK(std::abs(end - r.text_box.w) <= 2);
        CHECK(edges(r).first > 0);
    }
    THEN("left starts every line at the box's left edge; centred lines are in between") {
        CHECK(edges(l).first == 0);
        CHECK(edges(c).first > 0);
        CHECK(edges(c).first < edges(r).first + 1);
    }
    GIVEN("text_size = 9: nine points on the printed card, at every size") {
        FaceLayout nine;
        nine.text_pt_min = nine.text_pt_max = 9;
        const CardLayout L = draw(with_layout(nine), "pair-walk").layout;
        CHECK(L.body.px == int(std::lround(9 * kH / 249.45)));
    }
    GIVEN("text_size = [6, 8]: the largest size between them that fits") {
        FaceLayout range;
        range.text_pt_min = 6;
        range.text_pt_max = 8;
        const CardLayout L = draw(with_layout(range), "pair-walk").layout;
        CHECK(L.body.px <= int(std::lround(8 * kH / 249.45)));
        CHECK(L.body.px >= int(std::lround(6 * kH / 249.45)));
        CHECK(L.body_fits);
    }
}

SCENARIO("a card's layout keeps its type's keys it does not name") {
    Deck deck = small_deck();
    for (CardType& t : deck.types)
        if (t.id == "activity") {
            t.layout.art = ArtPlace::Top;
            t.layout.align = BodyAlign::Right;
        }
    FaceLayout own;
    own.art = ArtPlace::None;
    for (Card& c : deck.cards)
        if (c.id == "pair-walk")
            c.layout = own;
    const FaceLayout merged = deck.layout_of(*deck.find_card("pair-walk"));
    CHECK(merged.art == ArtPlace::None);
    CHECK(merged.align == BodyAlign::Right);
    CHECK(merged.text_pt_max == 0);
}

SCENARIO("a card with a back of its own shows it, not its type's") {
    Deck deck = small_deck();
    Card& card = deck.cards[0];
    const CardType& type = deck.type_of(card);
    REQUIRE_FALSE(deck.back_file_of(type).empty());
    auto back_pixels = [&](const Deck& d) {
        SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888));
        RendererPtr renderer(SDL_CreateSoftwareRenderer(s.get()));
        CardPainter painter(renderer.get(), test::font_library());
        painter.draw_back(d, d.cards[0], SDL_Rect{0, 0, kW, kH});
        SDL_RenderPresent(renderer.get());
        return pixel(s.get(), kW / 2, kH / 2);
    };
    const Color shared = back_pixels(deck);
    card.back_file.clear();
    CHECK(back_pixels(deck) == shared); // no back of its own: the type's
    // Its own: another deck's back, a different picture.
    card.back_file = test::bundled_deck().info.back_file;
    REQUIRE_FALSE(card.back_file.empty());
    CHECK(deck.back_file_of(card) == card.back_file);
    CHECK_FALSE(back_pixels(deck) == shared);
}

SCENARIO("a deck's own fonts set its cards, unless the reader chose a font of their own") {
    namespace fs = std::filesystem;
    const fs::path dir = test::fresh_folder("deck-fonts");
    fs::copy(HEARTH_TEST_DECKS "/good/small", dir, fs::copy_options::recursive);
    fs::create_directories(dir / "fonts");
    const fs::path assets = find_assets_dir() / "fonts";
    fs::copy_file(assets / "comic-neue/ComicNeue-Bold.otf", dir / "fonts/Body.otf");
    std::string text = read_file(dir / "deck.toml").value_or("");
    const std::string back = "back = \"art/cells.svg\"\n";
    REQUIRE(text.find(back) != std::string::npos);
    text.replace(text.find(back), back.size(),
                 back + "fonts = { body = \"fonts/Body.otf\", license = \"OFL-1.1\" }\n");
    REQUIRE_FALSE(write_file_atomically(dir / "deck.toml", text));
    LoadResult r = load_deck(dir);
    REQUIRE(r.ok());
    const Deck& with_font = *r.deck;
    REQUIRE_FALSE(with_font.info.fonts.files[0].empty());
    const Deck plain = small_deck();
    const Card& card = *with_font.find_card("pair-walk");
    auto body = [](FontLibrary& fonts, const Deck& deck, const Card& c) {
        CardLayout L = layout_card(fonts, deck, c, kW, kH);
        int width = 0;
        for (const PlacedRun& run : L.body.runs)
            width += run.width;
        return std::pair{L.body.px, width};
    };
    FontLibrary fonts(assets);
    const auto own = body(fonts, with_font, card);
    const auto standard = body(fonts, plain, *plain.find_card("pair-walk"));
    THEN("the text is set in the deck's face, and Hearth's own comes back for another deck") {
        CHECK(own != standard);
        CHECK(body(fonts, plain, *plain.find_card("pair-walk")) == standard);
    }
    THEN("a reader's own font wins over the deck's") {
        REQUIRE(fonts.use_family("andika"));
        const auto andika = body(fonts, plain, *plain.find_card("pair-walk"));
        CHECK(body(fonts, with_font, card) == andika);
    }
}

// The centre card's back is not read back to find its clear corners
// (CardPainter::back_clear_corner says where they are), and the opening's
// faded back is the back copied plainly with the cloth laid over it. Both
// must show what the slower ways showed.
#include "engine/render/card_view.hpp"
#include "engine/render/opaque_copy.hpp"
#include "engine/render/sdl_color.hpp"
#include "engine/scenes/card_texture.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace hearth;

namespace {

// The back of `card` painted on a clear ARGB picture, as cached_card paints it.
SurfacePtr painted_back(const Deck& deck, const Card& card, int w, int h) {
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr r(SDL_CreateSoftwareRenderer(s.get()));
    SDL_SetRenderDrawBlendMode(r.get(), SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r.get(), 0, 0, 0, 0);
    SDL_RenderClear(r.get());
    CardPainter painter(r.get(), test::font_library());
    painter.draw_back(deck, card, SDL_Rect{0, 0, w, h});
    SDL_RenderPresent(r.get());
    return s;
}

int channel_gap(Uint32 a, Uint32 b) {
    int most = 0;
    for (int shift : {0, 8, 16}) {
        const int d = int((a >> shift) & 0xff) - int((b >> shift) & 0xff);
        most = std::max(most, std::abs(d));
    }
    return most;
}

} // namespace

SCENARIO("a back's clear corners, known without reading it back, hold every clear pixel") {
    const Deck& deck = test::bundled_deck();
    int checked = 0;
    for (const CardType& type : deck.types) {
        const Card* card = nullptr;
        for (const Card& c : deck.cards)
            if (c.type == type.id && !c.two_sided()) {
                card = &c;
                break;
            }
        if (!card)
            continue;
        // The centre's sizes from a small window to 4K, and the pile's.
        for (int w : {40, 97, 150, 233, 310, 443, 517, 664, 905, 1330}) {
            const int h = int(w / kPrintCardAspect);
            SurfacePtr back = painted_back(deck, *card, w, h);
            const int known = CardPainter::back_clear_corner(deck, *card, w);
            REQUIRE(known >= 0);
            REQUIRE(known * 2 < std::min(w, h));
            // Outside the corners' squares every pixel is opaque, or one
            // level short of it (SDL's rounding where the art's edge is
            // blended over the frame): copied plainly, it is one level of
            // 255 from the blended copy, which no one sees.
            int outside = 0, in_corners = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const Uint32 v = *reinterpret_cast<const Uint32*>(
                        static_cast<const std::uint8_t*>(back->pixels) + y * back->pitch + x * 4);
                    const Uint32 a = v >> 24;
                    const bool corner =
                        std::min(x, w - 1 - x) < known && std::min(y, h - 1 - y) < known;
                    if (corner)
                        in_corners += a < 0xff;
                    else if (a < 0xfe)
                        ++outside;
                }
            INFO(type.id << " at " << w << "x" << h << ": corner " << known);
            CHECK(outside == 0);
            CHECK(in_corners > 0); // the frame is rounded there
            ++checked;
        }
    }
    CHECK(checked >= 20);
}

SCENARIO("a back whose frame is not opaque is read back, not assumed") {
    Deck deck = test::bundled_deck();
    Card* card = &deck.cards.front();
    for (CardType& type : deck.types)
        if (type.id == card->type)
            type.color.a = 0x80;
    CHECK(CardPainter::back_clear_corner(deck, *card, 443) == -1);
}

SCENARIO("the opening's faded back: copied plainly with the cloth over it, as a faded copy") {
    const Deck& deck = test::bundled_deck();
    const Card& card = deck.cards.front();
    const int w = 443, h = int(w / kPrintCardAspect);
    SurfacePtr back = painted_back(deck, card, w, h);
    const Color cloth{0x2c, 0x21, 0x1c, 0xff};
    auto table = [&](bool veil) {
        SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, w + 40, h + 40, 32, SDL_PIXELFORMAT_RGB888));
        RendererPtr r(SDL_CreateSoftwareRenderer(s.get()));
        SDL_SetRenderDrawBlendMode(r.get(), SDL_BLENDMODE_BLEND);
        set_draw_color(r.get(), cloth);
        SDL_RenderClear(r.get());
        TexturePtr t(SDL_CreateTextureFromSurface(r.get(), back.get()));
        SDL_SetTextureBlendMode(t.get(), SDL_BLENDMODE_BLEND);
        const SDL_Rect at{20, 20, w, h};
        if (veil) {
            copy_with_clear_corners(r.get(), t.get(), w, h, clear_corner(back.get()), at);
            Color c = cloth;
            c.a = 255 - 200;
            set_draw_color(r.get(), c);
            SDL_RenderFillRect(r.get(), &at);
        } else {
            SDL_SetTextureAlphaMod(t.get(), 200);
            SDL_RenderCopy(r.get(), t.get(), nullptr, &at);
        }
        SDL_RenderPresent(r.get());
        return s;
    };
    SurfacePtr faded = table(false), veiled = table(true);
    int most = 0, apart = 0;
    for (int y = 0; y < faded->h; ++y)
        for (int x = 0; x < faded->w; ++x) {
            auto at = [&](SDL_Surface* s) {
                return *reinterpret_cast<const Uint32*>(
                    static_cast<const std::uint8_t*>(s->pixels) + y * s->pitch + x * 4);
            };
            const int gap = channel_gap(at(faded.get()), at(veiled.get()));
            most = std::max(most, gap);
            apart += gap > 0;
        }
    INFO(apart << " pixels apart, by at most " << most);
    CHECK(most <= 2); // rounding: 200/255 of one, then 55/255 of the other
}

// Regression: the centre back was blended whole at almost every size. Its
// clear corners were found by reading it back, and the art's edge, blended
// over the opaque frame, leaves pixels at 254 of 255 far from the corners,
// so the read-back said -1 ("blend it all"). The known bound is used now.
SCENARIO("regression: the centre back was blended whole, its read-back corner -1") {
    const Deck& deck = test::bundled_deck();
    const Card& card = deck.cards.front();
    const int w = 443, h = int(w / kPrintCardAspect);
    SurfacePtr screen(SDL_CreateRGBSurfaceWithFormat(0, 800, 800, 32, SDL_PIXELFORMAT_RGB888));
    RendererPtr r(SDL_CreateSoftwareRenderer(screen.get()));
    CardPainter painter(r.get(), test::font_library());
    auto draw = [&](SDL_Rect at) { painter.draw_back(deck, card, at); };
    CardTexture read_back, known;
    REQUIRE(cached_card(r.get(), read_back, "back", w, h, draw));
    REQUIRE(cached_card(r.get(), known, "back", w, h, draw, Cover::Card,
                        CardPainter::back_clear_corner(deck, card, w)));
    INFO("read back: " << read_back.corner << ", known: " << known.corner);
    CHECK(read_back.corner == -1); // why the bound is needed
    CHECK(known.corner > 0);
}

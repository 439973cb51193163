// Every bundled card, rendered through the software renderer at the card
// sizes the table uses at 1280x720, 1920x1080 and 3840x2160: the text must
// fit at a readable size and no pixel of the card may fall outside its rect.
#include "engine/render/art_cache.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "game/base/utf8.hpp"
#include "game/deck/deck_loader.hpp"

#include "tests/engine_fixture.hpp"
#include <SDL_image.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace hearth;

namespace {

constexpr Color kBackground{0x10, 0x20, 0x30, 0xff};

Color pixel(SDL_Surface* s, int x, int y) {
    auto* p = static_cast<std::uint8_t*>(s->pixels) + y * s->pitch + x * 4;
    Uint32 v = *reinterpret_cast<Uint32*>(p);
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

const Deck& bundled() {
    return test::bundled_deck();
}

FontLibrary& fonts() {
    return test::font_library();
}

} // namespace

SCENARIO("every bundled card's text fits its card at a readable size") {
    const Deck& deck = bundled();
    // The table's card is 86% of the window height (table_layout.cpp).
    for (int window_h : {720, 1080, 2160}) {
        int h = window_h * 86 / 100;
        int w = int(h * kPrintCardAspect);
        for (const Card& card : deck.cards) {
            CardFitReport fit = card_text_fit(fonts(), deck, card, w, h);
            INFO(card.id << " at " << w << "x" << h << ": body " << fit.body_px << " px, min "
                         << fit.min_px);
            CHECK(fit.fits);
            CHECK(fit.body_px >= fit.min_px);
            if (fit.text_bounds.w > 0) {
                CHECK(fit.text_bounds.x >= fit.text_box.x);
                CHECK(fit.text_bounds.y >= fit.text_box.y);
                CHECK(fit.text_bounds.x + fit.text_bounds.w <= fit.text_box.x + fit.text_box.w);
                CHECK(fit.text_bounds.y + fit.text_bounds.h <= fit.text_box.y + fit.text_box.h);
            }
        }
    }
}

SCENARIO("a rendered card leaves no pixel outside its rect") {
    const Deck& deck = bundled();
    const char* shots = std::getenv("HEARTH_CARD_SHOTS");
    for (int window_h : {720, 1080, 2160}) {
        int h = window_h * 86 / 100;
        int w = int(h * kPrintCardAspect);
        const int border = 12;
        SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w + 2 * border, h + 2 * border, 32,
                                                          SDL_PIXELFORMAT_ARGB8888));
        REQUIRE(surface);
        RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
        REQUIRE(renderer);
        CardPainter painter(renderer.get(), fonts());
        for (const Card& card : deck.cards) {
            SDL_SetRenderDrawColor(renderer.get(), kBackground.r, kBackground.g, kBackground.b,
                                   255);
            SDL_RenderClear(renderer.get());
            painter.draw_front(deck, card, SDL_Rect{border, border, w, h});
            SDL_RenderPresent(renderer.get());
            int stray = 0;
            for (int y = 0; y < surface->h; ++y)
                for (int x = 0; x < surface->w; ++x) {
                    bool outside = x < border || y < border || x >= border + w || y >= border + h;
                    if (outside && !(pixel(surface.get(), x, y) == kBackground))
                        ++stray;
                }
            INFO(card.id << " at " << w << "x" << h);
            CHECK(stray == 0);
            // The card's own colour shows inside it (it was drawn at all).
            Color margin = pixel(surface.get(), border + w * 3 / 100, border + h / 2);
            CHECK(margin == deck.type_of(card).color);
            if (shots && window_h == 1080) {
                std::filesystem::create_directories(shots);
                IMG_SavePNG(surface.get(), (std::string(shots) + "/" + card.id + ".png").c_str());
            }
        }
    }
}

// Regression: a card's own art was drawn only when its type had art too.
SCENARIO("a card's own art is drawn when its type has none") {
    LoadResult r = load_deck(HEARTH_TEST_DECKS "/good/small");
    REQUIRE(r.ok());
    Deck deck = *r.deck;
    const Card* card = deck.find_card("pair-walk"); // an activity: the type has no art
    REQUIRE(card);
    REQUIRE(deck.type_of(*card).art.empty());
    REQUIRE_FALSE(card->art.empty());
    const int w = 600, h = 838;
    auto ornament_pixels = [&](const Deck& d, const Card& c) {
        SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
        RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
        CardPainter painter(renderer.get(), fonts());
        painter.draw_front(d, c, SDL_Rect{0, 0, w, h});
        SDL_RenderPresent(renderer.get());
        SDL_Rect o = painter.layout(d, c, w, h).ornament;
        std::vector<Color> out;
        for (int y = o.y; y < o.y + o.h; ++y)
            for (int x = o.x; x < o.x + o.w; ++x)
                out.push_back(pixel(surface.get(), x, y));
        return out;
    };
    Deck without = deck;
    for (Card& c : without.cards)
        if (c.id == "pair-walk") {
            c.art.clear();
            c.art_file.clear();
        }
    auto with_art = ornament_pixels(deck, *card);
    auto no_art = ornament_pixels(without, *without.find_card("pair-walk"));
    int differ = 0;
    for (std::size_t i = 0; i < with_art.size(); ++i)
        differ += !(with_art[i] == no_art[i]);
    CHECK(differ > int(with_art.size()) / 20);
}

namespace {

std::string body_words(const CardLayout& L) {
    std::string out;
    for (const PlacedRun& run : L.body.runs)
        out += (out.empty() ? "" : " ") + run.text;
    return out;
}

} // namespace

SCENARIO("the card view takes art and text from the deck model") {
    LoadResult r = load_deck(HEARTH_TEST_DECKS "/good/small");
    REQUIRE(r.ok());
    const Deck& loaded = *r.deck;
    const Card* card = loaded.find_card("pair-walk");
    REQUIRE(card);

    GIVEN("a card as the loader left it") {
        THEN("its art path is resolved and its text parsed, once, in the model") {
            CHECK(card->art_file ==
                  std::filesystem::weakly_canonical(
                      std::filesystem::path(HEARTH_TEST_DECKS "/good/small") / card->art));
            REQUIRE(card->parsed_text);
            CHECK(card->parsed_text->blocks == parse_card_text(card->text).blocks);
            CHECK(loaded.art_file_of(*card) == card->art_file);
        }
    }
    GIVEN("a card whose raw fields no longer match what the loader learned") {
        // The view must draw from the model, not re-join the path or
        // re-parse the text: change the raw fields only.
        Deck deck = loaded;
        Card& c = deck.cards[std::size_t(card - loaded.cards.data())];
        c.text = "Something **else** entirely";
        c.art = "no-such-file.svg";
        const int w = 600, h = 838;
        SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
        RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
        CardPainter painter(renderer.get(), fonts());
        painter.draw_front(deck, c, SDL_Rect{0, 0, w, h});
        THEN("the text laid out is the parsed text, and the art is the resolved file") {
            const std::string words = body_words(painter.layout(deck, c, w, h));
            CHECK(words.find("listen") != std::string::npos);
            CHECK(words.find("else") == std::string::npos);
            CHECK(painter.art().decodes() == 1);
        }
    }
    GIVEN("a card written at the table, which has no parsed text") {
        Deck deck = loaded;
        Card written;
        written.id = "written-1";
        written.type = "activity";
        written.title = "Walk";
        written.text = "Walk *together*.";
        CardLayout L = layout_card(fonts(), deck, written, 600, 838);
        THEN("the view parses its text itself") {
            CHECK(body_words(L).find("together") != std::string::npos);
        }
    }
}

SCENARIO("a second draw of a card at the same size decodes and lays out nothing") {
    const Deck& deck = bundled();
    const int w = 443, h = 619;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    CardPainter painter(renderer.get(), fonts());
    const Card& card = deck.cards.front();
    REQUIRE_FALSE(deck.art_file_of(card).empty());
    painter.draw_front(deck, card, SDL_Rect{0, 0, w, h});
    painter.draw_back(deck, deck.type_of(card), SDL_Rect{0, 0, w, h});
    const std::size_t decodes = painter.art().decodes();
    const std::size_t layouts = painter.layouts_made();
    CHECK(decodes == 2); // the ornament, and the back
    CHECK(layouts == 1);
    WHEN("the same card, and another of its type, are drawn again at that size") {
        painter.draw_front(deck, card, SDL_Rect{0, 0, w, h});
        painter.draw_back(deck, deck.type_of(card), SDL_Rect{0, 0, w, h});
        const Card* same_type = nullptr;
        for (const Card& c : deck.cards)
            if (&c != &card && c.type == card.type && c.art.empty())
                same_type = &c;
        REQUIRE(same_type);
        painter.draw_front(deck, *same_type, SDL_Rect{0, 0, w, h});
        THEN("no image is decoded again; only the new card is laid out") {
            CHECK(painter.art().decodes() == decodes);
            CHECK(painter.layouts_made() == layouts + 1);
        }
    }
    WHEN("it is drawn at a smaller size") {
        painter.draw_front(deck, card, SDL_Rect{0, 0, w / 2, h / 2});
        painter.draw_back(deck, deck.type_of(card), SDL_Rect{0, 0, w / 3, h / 3});
        THEN("its art is shrunk from the larger picture, not decoded again") {
            CHECK(painter.art().decodes() == decodes);
        }
    }
    WHEN("it is drawn at a larger size") {
        painter.draw_front(deck, card, SDL_Rect{0, 0, w * 2, h * 2});
        THEN("its art is decoded once more, at that size") {
            CHECK(painter.art().decodes() == decodes + 1);
        }
    }
}

SCENARIO("the back is rasterised once for the centre card and the draw pile") {
    const Deck& deck = bundled();
    const CardType& type = deck.type_of(deck.cards.front());
    REQUIRE_FALSE(deck.back_file_of(type).empty());
    const int w = 443, h = 619, pw = w / 3, ph = h / 3;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    CardPainter painter(renderer.get(), fonts());
    GIVEN("the back drawn at the centre card's size") {
        painter.draw_back(deck, type, SDL_Rect{0, 0, w, h});
        REQUIRE(painter.art().decodes() == 1);
        WHEN("it is drawn at the pile's size") {
            SDL_SetRenderDrawColor(renderer.get(), 0, 0, 0, 0xff);
            SDL_RenderClear(renderer.get());
            painter.draw_back(deck, type, SDL_Rect{0, 0, pw, ph});
            THEN("nothing is decoded, and the picture is close to one rasterised at that size") {
                CHECK(painter.art().decodes() == 1);
                SurfacePtr other(
                    SDL_CreateRGBSurfaceWithFormat(0, pw, ph, 32, SDL_PIXELFORMAT_ARGB8888));
                RendererPtr r2(SDL_CreateSoftwareRenderer(other.get()));
                CardPainter fresh(r2.get(), fonts());
                SDL_SetRenderDrawColor(r2.get(), 0, 0, 0, 0xff);
                SDL_RenderClear(r2.get());
                fresh.draw_back(deck, type, SDL_Rect{0, 0, pw, ph});
                double diff = 0;
                for (int y = 0; y < ph; ++y)
                    for (int x = 0; x < pw; ++x) {
                        Color a = pixel(surface.get(), x, y), b = pixel(other.get(), x, y);
                        diff += std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
                    }
                // Mean difference per channel, 0..255: a shrunk picture
                // differs from a fresh rasterisation only in its edges.
                CHECK(diff / (3.0 * pw * ph) < 6.0);
            }
        }
    }
}

SCENARIO(
    "art swapped for a symbolic link while the table runs is not drawn from outside the deck") {
    namespace fs = std::filesystem;
    const fs::path root = fs::canonical(fs::temp_directory_path()) /
                          ("hearth-art-swap-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "deck/art");
    fs::create_directories(root / "outside");
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                            "<rect width=\"8\" height=\"8\" fill=\"#f00\"/></svg>\n";
    {
        std::ofstream(root / "deck/art/a.svg") << svg;
        std::ofstream(root / "outside/secret.svg") << svg;
    }
    const fs::path art = root / "deck/art/a.svg"; // as the loader resolves it
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_RGBA32));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    REQUIRE(renderer);
    ArtCache cache(renderer.get());
    REQUIRE(cache.draw(art, SDL_Rect{0, 0, 32, 32}));
    WHEN("the file becomes a link out of the deck and the art is read again") {
        fs::remove(art);
        fs::create_symlink(root / "outside/secret.svg", art);
        cache.clear(); // a reload, or a size not drawn before
        THEN("nothing is drawn: the link is refused") {
            CHECK_FALSE(cache.draw(art, SDL_Rect{0, 0, 32, 32}));
            CHECK_FALSE(cache.draw(art, SDL_Rect{0, 0, 16, 16}));
        }
    }
    fs::remove_all(root);
}

SCENARIO("a 73-character Hindi card is laid out as a short question: characters are counted, "
         "not bytes",
         "[card][languages]") {
    // 79 characters: Devanagari letters and signs (three bytes each), spaces
    // and a question mark, 201 bytes, which once passed the 160 limit.
    const std::string hindi =
        "\u0906\u091c \u0906\u092a \u0915\u094c\u0928 \u0938\u0940 "
        "\u090f\u0915 \u091a\u0940\u091c\u093c \u0915\u0930\u0947\u0902"
        "\u0917\u0947 \u091c\u094b \u0906\u092a\u0915\u0947 \u0938\u092e"
        "\u0942\u0939 \u0915\u094b \u0906\u0917\u0947 \u092c\u0922\u093c"
        "\u093e\u090f \u0914\u0930 \u0915\u094d\u092f\u094b\u0902? \u0905\u092d\u0940 "
        "\u0905\u092d\u0940 \u0906\u091c\u093c\u092e\u093e\u0907\u090f";
    const CardText text = parse_card_text(hindi);
    INFO(hindi.size() << " bytes, " << utf8_length(hindi) << " characters");
    REQUIRE(hindi.size() > 160);
    REQUIRE(utf8_length(hindi) <= 160);
    CHECK(is_short_question(text));
    CHECK_FALSE(is_short_question(parse_card_text(std::string(161, 'a'))));
    CHECK(is_short_question(parse_card_text(std::string(160, 'a'))));
}

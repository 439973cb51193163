// Font fallback: characters Lato and Comic Neue lack (CJK, emoji, Arabic,
// Devanagari) are set in system fonts found through fontconfig, run by run,
// and drawn as real glyphs rather than .notdef boxes.
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "game/base/utf8.hpp"
#include "game/deck/deck_loader.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

FontLibrary& fonts() {
    return test::font_library();
}

// Every code point of `text` lies in exactly one run, in a font that has it.
void check_covered(const std::string& text, const std::vector<FontRun>& runs) {
    REQUIRE(!runs.empty());
    CHECK(runs.front().begin == 0);
    CHECK(runs.back().end == text.size());
    for (std::size_t k = 0; k + 1 < runs.size(); ++k)
        CHECK(runs[k].end == runs[k + 1].begin);
    for (const FontRun& run : runs) {
        std::size_t i = run.begin;
        while (i < run.end) {
            std::size_t at = i;
            char32_t cp = utf8_next(text, i);
            if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F))
                continue; // joiners and selectors go with their base
            INFO("U+" << std::hex << std::uint32_t(cp) << " at byte " << std::dec << at);
            CHECK(TTF_GlyphIsProvided32(run.font, cp));
        }
    }
}

Deck one_card_deck(const std::string& text) {
    LoadResult r = load_deck_text(R"([deck]
id = "x"
name = "X"
language = "ja"
[types.q]
name = "Question"
color = "#f4e3c1"
[[cards]]
id = "a"
type = "q"
title = "A"
text = ")" + text + "\"\n",
                                  HEARTH_TEST_DECKS "/good/small");
    REQUIRE(r.ok());
    return *r.deck;
}

// The card's body text box, rendered alone at 500x700: 1 where there is ink.
std::vector<bool> body_ink(const Deck& deck) {
    const int w = 500, h = 700;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    REQUIRE(renderer);
    CardPainter painter(renderer.get(), fonts());
    const Card& card = deck.cards.front();
    painter.draw_front(deck, card, SDL_Rect{0, 0, w, h});
    SDL_RenderPresent(renderer.get());
    SDL_Rect box = painter.layout(deck, card, w, h).panel;
    auto at = [&](int x, int y) {
        auto* p = static_cast<std::uint8_t*>(surface->pixels) + y * surface->pitch + x * 4;
        return *reinterpret_cast<Uint32*>(p);
    };
    const Uint32 paper = at(box.x + box.w / 2, box.y + 2);
    std::vector<bool> ink;
    for (int y = box.y; y < box.y + box.h; ++y)
        for (int x = box.x; x < box.x + box.w; ++x)
            ink.push_back(at(x, y) != paper);
    return ink;
}

long differing(const std::vector<bool>& a, const std::vector<bool>& b) {
    long n = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        n += a[i] != b[i];
    return n;
}

long count(const std::vector<bool>& a) {
    return std::count(a.begin(), a.end(), true);
}

} // namespace

SCENARIO("a line in several scripts is split into runs, each in a font that has its characters") {
    GIVEN("Latin, CJK, emoji, Cyrillic, Arabic and Devanagari in one line") {
        const std::string text =
            "Hearth 日本語 🔥🙂 Привет مرحبا नमस्ते 한국어 中文";
        for (Face face : {Face::Body, Face::BodyBold, Face::BodyItalic, Face::Title}) {
            INFO("face " << int(face));
            std::vector<FontRun> runs = fonts().runs(text, face, 24);
            THEN("every code point is in a run whose font has it") {
                check_covered(text, runs);
            }
            THEN("the line starts in the face, and the other scripts fall back in runs of their "
                 "own") {
                CHECK(!runs.front().fallback);
                CHECK(runs.size() >= 7);
            }
            THEN("Arabic is shaped right to left, Devanagari as Devanagari") {
                bool arabic = false, devanagari = false;
                for (const FontRun& r : runs) {
                    if (r.script && std::string(r.script) == "Arab")
                        arabic = r.rtl;
                    if (r.script && std::string(r.script) == "Deva")
                        devanagari = !r.rtl;
                }
                CHECK(arabic);
                CHECK(devanagari);
            }
            THEN("the line's width is the sum of its runs'") {
                int w = fonts().width(text, face, 24);
                CHECK(w > fonts().width("Hearth", face, 24));
                SurfacePtr s = fonts().render(text, face, 24, SDL_Color{0, 0, 0, 255});
                REQUIRE(s);
                CHECK(s->w == w);
            }
        }
    }
    GIVEN("Latin text with accents and typographic quotes") {
        std::vector<FontRun> runs = fonts().runs("café — “quoted” naïve", Face::Body, 24);
        THEN("it is one run in the face (the fast path)") {
            REQUIRE(runs.size() == 1);
            CHECK(!runs[0].fallback);
        }
    }
    GIVEN("an emoji sequence joined by ZWJ and a variation selector") {
        const std::string family = "\U0001F469\u200D\U0001F467 \u2764\uFE0F";
        std::vector<FontRun> runs = fonts().runs(family, Face::Body, 24);
        THEN("the sequence stays in one run") {
            check_covered(family, runs);
            CHECK(runs.front().end == std::string("\U0001F469\u200D\U0001F467").size());
        }
    }
    GIVEN("a character no font has (a private-use code point)") {
        const std::string odd = "a\U0010FFFDb";
        THEN("it stays in the face, drawn as its box, without failing") {
            std::vector<FontRun> runs = fonts().runs(odd, Face::Body, 24);
            REQUIRE(runs.size() == 1);
            CHECK(fonts().width(odd, Face::Body, 24) > fonts().width("ab", Face::Body, 24));
        }
    }
}

SCENARIO("a card whose text is Japanese shows glyphs, not boxes") {
    GIVEN("two cards, one in 日 and one in 本") {
        Deck sun = one_card_deck("日日日日 日日日日");
        Deck book = one_card_deck("本本本本 本本本本");
        WHEN("they are rendered with fallback") {
            std::vector<bool> a = body_ink(sun), b = body_ink(book);
            THEN("both have ink, and the ink differs: each character has its own glyph") {
                CHECK(count(a) > 500);
                CHECK(differing(a, b) > count(a) / 4);
            }
        }
        WHEN("they are rendered without fallback") {
            fonts().set_fallback(false);
            std::vector<bool> a = body_ink(sun), b = body_ink(book);
            fonts().set_fallback(true);
            THEN("both are the same row of boxes (what the check above rules out)") {
                CHECK(count(a) > 0);
                CHECK(differing(a, b) == 0);
            }
        }
    }
}

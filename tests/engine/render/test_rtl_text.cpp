// Right-to-left text on screen: a line's font runs come in visual order,
// each shaped in its direction; an Arabic card's title, subtitle and text
// are ranged right, its sentences' punctuation at their left ends; and a
// headless table with Arabic names and an Arabic card, shot for a person to
// look at (TMPDIR/hearth-arabic-table-PID/arabic-card.png).
#include "engine/render/card_view.hpp"
#include "game/base/utf8.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/text/bidi.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hearth;

namespace {

FontLibrary& fonts() {
    return test::font_library();
}

const Deck& arabic_deck() {
    static const Deck deck = [] {
        LoadResult r = load_deck(HEARTH_TEST_DECKS "/good/arabic");
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

std::string run_text(const std::string& line, const FontRun& r) {
    return line.substr(r.begin, r.end - r.begin);
}

// The runs of each line of a layout, from left to right.
std::vector<std::vector<const PlacedRun*>> lines_of(const TextLayout& l) {
    std::vector<std::vector<const PlacedRun*>> lines;
    int y = -1;
    for (const PlacedRun& r : l.runs) {
        if (lines.empty() || r.y != y)
            lines.emplace_back();
        y = r.y;
        lines.back().push_back(&r);
    }
    for (auto& line : lines)
        std::sort(line.begin(), line.end(),
                  [](const PlacedRun* a, const PlacedRun* b) { return a->x < b->x; });
    return lines;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

SCENARIO("a line mixing Arabic and English is drawn in visual order") {
    const std::string line = "أحب Hearth كثيرا!";
    std::vector<FontRun> runs = fonts().runs(line, Face::Body, 24);
    REQUIRE(runs.size() >= 3);
    THEN("the exclamation mark comes first from the left, the first word last") {
        CHECK(run_text(line, runs.front()) == "!");
        CHECK(runs.front().rtl);
        CHECK(run_text(line, runs.back()) == "أحب");
        CHECK(runs.back().rtl);
    }
    THEN("the English word in it is shaped left to right, in the face") {
        auto it = std::find_if(runs.begin(), runs.end(),
                               [&](const FontRun& r) { return run_text(line, r) == "Hearth"; });
        REQUIRE(it != runs.end());
        CHECK_FALSE(it->rtl);
        CHECK_FALSE(it->fallback);
    }
    THEN("the Arabic words are in a system font that has them") {
        for (const FontRun& r : runs)
            if (r.fallback)
                CHECK(r.rtl);
    }
    THEN("it measures as wide as it is drawn") {
        SurfacePtr s = fonts().render(line, Face::Body, 24, SDL_Color{0, 0, 0, 255});
        REQUIRE(s);
        CHECK(s->w == fonts().width(line, Face::Body, 24));
    }
    GIVEN("an English line") {
        std::vector<FontRun> plain = fonts().runs("Ana's turn", Face::Body, 24);
        THEN("it is one left-to-right run") {
            REQUIRE(plain.size() == 1);
            CHECK_FALSE(plain[0].rtl);
        }
    }
}

namespace {

// Where `s` has ink: one bit a pixel.
std::vector<bool> ink_of(SDL_Surface* s) {
    std::vector<bool> ink;
    SurfacePtr argb(SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0));
    for (int y = 0; y < argb->h; ++y)
        for (int x = 0; x < argb->w; ++x)
            ink.push_back((static_cast<Uint32*>(argb->pixels)[y * argb->pitch / 4 + x] >> 24) >
                          128);
    return ink;
}

} // namespace

SCENARIO("brackets and quotation marks in right-to-left text are mirrored") {
    const SDL_Color black{0, 0, 0, 255};
    for (auto [logical, shown] : {std::pair{"(", ")"}, std::pair{"\u00AB", "\u00BB"}}) {
        INFO(logical);
        SurfacePtr rtl = fonts().render(logical, Face::Body, 40, black, TextDirection::RightToLeft);
        SurfacePtr ltr = fonts().render(shown, Face::Body, 40, black, TextDirection::LeftToRight);
        REQUIRE(rtl);
        REQUIRE(ltr);
        CHECK(ink_of(rtl.get()) == ink_of(ltr.get()));
    }
    GIVEN("an Arabic phrase in brackets, drawn right to left") {
        const std::string text = "(\u062D\u062A\u0649)";
        std::vector<FontRun> runs = fonts().runs(text, Face::Body, 40, TextDirection::RightToLeft);
        THEN("the closing bracket's run is the leftmost, each run right to left") {
            REQUIRE(runs.size() == 3);
            CHECK(run_text(text, runs.front()) == ")");
            CHECK(run_text(text, runs.back()) == "(");
            for (const FontRun& r : runs)
                CHECK(r.rtl);
        }
    }
}

SCENARIO("an Arabic card is laid out right to left") {
    const int w = 500, h = 700;
    GIVEN("its question card") {
        const CardLayout L =
            layout_card(fonts(), arabic_deck(), *arabic_deck().find_card("listen"), w, h);
        THEN("the title is ranged right") {
            const int right = w - 2 * (L.title_at.x);
            for (const auto& line : lines_of(L.title))
                CHECK(line.back()->x + line.back()->width == right);
        }
        THEN("each sentence's question mark is at the left end of its line") {
            // A short question is centred; its last line's leftmost run is
            // the end of the sentence.
            auto lines = lines_of(L.body);
            REQUIRE(!lines.empty());
            const PlacedRun* first = lines.back().front();
            CHECK(first->rtl);
            CHECK(ends_with(first->text, "؟"));
        }
    }
    GIVEN("its activity card, with a subtitle, a list and numbers") {
        const Card& card = *arabic_deck().find_card("walk");
        const CardLayout L = layout_card(fonts(), arabic_deck(), card, w, h);
        THEN("the paragraph's lines end at the text box's right edge, the bullets right of "
             "their items") {
            bool in_list = false;
            for (const auto& line : lines_of(L.body)) {
                const PlacedRun* last = line.back();
                in_list = in_list || last->text == "\u2022";
                if (!in_list)
                    CHECK(last->x + last->width >= L.text_box.w - 2);
                CHECK(last->x + last->width <= L.text_box.w);
                for (const PlacedRun* r : line)
                    if (r->text == "\u2022")
                        CHECK(r == last);
            }
            CHECK(in_list);
        }
        THEN("the subtitle is ranged right") {
            CHECK(L.subtitle_dir == TextDirection::RightToLeft);
            CHECK(L.subtitle_at.x + fonts().width(card.subtitle, Face::BodyItalic, L.subtitle_px) ==
                  w - L.title_at.x);
        }
        THEN("the number 30 reads left to right inside the first sentence") {
            bool found = false;
            for (const PlacedRun& r : L.body.runs)
                if (r.text == "30") {
                    found = true;
                    CHECK_FALSE(r.rtl);
                }
            CHECK(found);
        }
        THEN("the text fits") {
            CHECK(L.body_fits);
        }
    }
}

SCENARIO("a table of Arabic names plays an Arabic card") {
    auto dir = test::fresh_folder("arabic-table");
    Options o = test::table_options(dir);
    o.players = {"سارة", "عمر", "Ana"};
    auto app = test::headless_app(o, HEARTH_TEST_DECKS "/good/arabic");
    REQUIRE(test::play_script(*app, "key Space\nwait 2\nshot arabic-card\n") == 0);
    SurfacePtr shot = test::load_shot(dir, "arabic-card");
    REQUIRE(shot);
    CHECK(shot->w == 1280);
    INFO("look at " << (dir / "arabic-card.png").string());
    SUCCEED();
}

// Text layout with a fake measurer: every code point is half the font size
// wide (bold a little wider), so expected breaks are easy to work out.
#include "game/base/utf8.hpp"
#include "game/text/text_layout.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

struct FakeMeasurer : TextMeasurer {
    int calls = 0;
    int width(std::string_view utf8, TextStyle style, int px) override {
        ++calls;
        int n = int(utf8_length(utf8));
        return style.bold ? n * px * 6 / 10 : n * px / 2;
    }
    LineMetrics metrics(int px) override { return {px, px * 5 / 4}; }
};

CardText plain(std::string s) {
    return parse_card_text(s);
}

std::vector<std::string> line_texts(const TextLayout& l) {
    std::vector<std::string> lines;
    int y = -1;
    for (const PlacedRun& r : l.runs) {
        if (r.y != y) {
            lines.emplace_back();
            y = r.y;
        }
        lines.back() += r.text;
    }
    return lines;
}

void require_inside(const TextLayout& l, int w, int h) {
    for (const PlacedRun& r : l.runs) {
        REQUIRE(r.x >= 0);
        REQUIRE(r.x + r.width <= w);
        REQUIRE(r.y >= 0);
        REQUIRE(r.y + r.height <= h);
    }
}

} // namespace

SCENARIO("lines break at Unicode break opportunities, not only at spaces") {
    FakeMeasurer m;
    GIVEN("a sentence in a box 9 characters wide") {
        LayoutParams p;
        p.px = 10;
        p.max_width = 45;
        TextLayout l = layout_text(plain("one two three four"), m, p);
        THEN("words move to the next line whole and trailing spaces are dropped") {
            CHECK(line_texts(l) == std::vector<std::string>{"one two", "three", "four"});
            CHECK(l.lines == 3);
            CHECK(l.height == 3 * 12);
            CHECK_FALSE(l.overflow);
        }
    }
    GIVEN("a hyphenated word") {
        LayoutParams p;
        p.px = 10;
        p.max_width = 45;
        TextLayout l = layout_text(plain("well-known"), m, p);
        THEN("it may break after the hyphen") {
            CHECK(line_texts(l) == std::vector<std::string>{"well-", "known"});
        }
    }
    GIVEN("a word with a no-break space inside") {
        LayoutParams p;
        p.px = 10;
        p.max_width = 40;
        TextLayout l = layout_text(plain("ab 15\u00a0min"), m, p);
        THEN("the number and its unit stay together") {
            CHECK(line_texts(l) == std::vector<std::string>{"ab", "15\u00a0min"});
        }
    }
    GIVEN("a word longer than the line") {
        LayoutParams p;
        p.px = 10;
        p.max_width = 30;
        TextLayout l = layout_text(plain("abcdefgh"), m, p);
        THEN("it is broken between code points and nothing leaves the box") {
            CHECK(line_texts(l) == std::vector<std::string>{"abcdef", "gh"});
            for (const PlacedRun& r : l.runs)
                CHECK(r.x + r.width <= 30);
            CHECK_FALSE(l.overflow);
        }
    }
}

SCENARIO("styled runs keep their style and place") {
    FakeMeasurer m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 200;
    TextLayout l = layout_text(plain("a **bold** and *it*"), m, p);
    REQUIRE(l.runs.size() == 4);
    CHECK(l.runs[0].text == "a ");
    CHECK(l.runs[1].text == "bold");
    CHECK(l.runs[1].style.bold);
    CHECK(l.runs[1].x == 10);
    CHECK(l.runs[2].x == 10 + 24);
    CHECK(l.runs[3].style.italic);
    CHECK(l.runs[3].text == "it");
}

SCENARIO("bullets and numbered items hang their text after the marker") {
    FakeMeasurer m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 80;
    TextLayout l = layout_text(plain("- first item here\n- second"), m, p);
    THEN("the marker sits left of the indent and wrapped lines align with the text") {
        REQUIRE(l.runs.size() >= 4);
        CHECK(l.runs[0].text == "\u2022");
        int indent = l.runs[1].x;
        CHECK(indent > l.runs[0].x + l.runs[0].width);
        for (const PlacedRun& r : l.runs)
            if (r.text != "\u2022")
                CHECK(r.x >= indent);
        require_inside(l, 80, l.height);
    }
    WHEN("items are numbered") {
        TextLayout n = layout_text(plain("1. one\n2. two"), m, p);
        CHECK(n.runs[0].text == "1.");
        CHECK(n.runs[0].style.bold);
    }
}

SCENARIO("centred lines sit in the middle of the box") {
    FakeMeasurer m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 100;
    p.align = TextAlign::Center;
    TextLayout l = layout_text(plain("abcd"), m, p);
    REQUIRE(l.runs.size() == 1);
    CHECK(l.runs[0].x == 40);
}

SCENARIO("fit_text finds the largest size that fits the box") {
    FakeMeasurer m;
    CardText text = plain("Which part of you came to this table tonight, and which part stayed "
                          "home sulking?");
    GIVEN("boxes of many sizes") {
        for (int w : {120, 300, 640, 1500})
            for (int h : {80, 200, 700}) {
                TextFit f = fit_text(text, m, {}, w, h, 6, 200);
                INFO("box " << w << "x" << h << " px " << f.layout.px);
                if (!f.fits)
                    continue;
                THEN("everything lies inside the box") {
                    require_inside(f.layout, w, h);
                }
                AND_THEN("one pixel larger does not fit") {
                    LayoutParams p;
                    p.px = f.layout.px + 1;
                    p.max_width = w;
                    TextLayout bigger = layout_text(text, m, p);
                    if (f.layout.px < 200)
                        CHECK((bigger.height > h || bigger.overflow));
                }
            }
    }
    GIVEN("a box too small even for the smallest size") {
        TextFit f = fit_text(text, m, {}, 30, 10, 8, 40);
        THEN("it says so and keeps the smallest layout") {
            CHECK_FALSE(f.fits);
            CHECK(f.layout.px == 8);
        }
    }
    GIVEN("a line limit") {
        TextFit f = fit_text(plain("one two three"), m, {}, 100, 1000, 4, 100, 1);
        THEN("the text stays on one line") {
            CHECK(f.fits);
            CHECK(f.layout.lines == 1);
        }
    }
}

// Regression: Debian's libunibreak 1.1 aborts ("Assertion `lbcNew <= LBP_JT'
// failed") on a regional indicator, so a flag in a card or a written card
// ended the program.
SCENARIO("a flag emoji in card text is laid out, whole, not an abort") {
    FakeMeasurer m;
    GIVEN("text with flags, one half of a flag, and three halves in a row") {
        LayoutParams p;
        p.px = 10;
        p.max_width = 45; // 9 code points
        THEN("each lays out; the two halves of a flag stay on one line") {
            TextLayout l = layout_text(plain("Flag \U0001F1F5\U0001F1F9 and \U0001F1F5"), m, p);
            CHECK(line_texts(l) ==
                  std::vector<std::string>{"Flag \U0001F1F5\U0001F1F9", "and \U0001F1F5"});
            TextLayout alone = layout_text(plain("\U0001F1F5"), m, p);
            CHECK(line_texts(alone) == std::vector<std::string>{"\U0001F1F5"});
            p.max_width = 10; // 2 code points: a break may fall only between flags
            TextLayout row = layout_text(plain("\U0001F1F5\U0001F1F9\U0001F1E9\U0001F1EA"), m, p);
            CHECK(line_texts(row) ==
                  std::vector<std::string>{"\U0001F1F5\U0001F1F9", "\U0001F1E9\U0001F1EA"});
        }
    }
}

// Regression: the closing's big words at the German "Abschlussrunde" were
// cut between letters ("Abschlussrun" / "de") at a size a smaller one
// would have set whole.
SCENARIO("a title fitted with keep_words is set smaller before a word is cut") {
    FakeMeasurer m;
    CardText t = plain("Abschlussrunde"); // 14 letters: 7 px each at 14 px
    LayoutParams p;
    WHEN("the box is 80 px wide and two lines of 40 px tall") {
        TextFit cut = fit_text(t, m, p, 80, 40, 6, 40, 2);
        p.keep_words = true;
        TextFit whole = fit_text(t, m, p, 80, 40, 6, 40, 2);
        THEN("without it the word is cut; with it the word is whole, at a smaller size") {
            CHECK(cut.layout.split_word);
            CHECK_FALSE(whole.layout.split_word);
            CHECK(whole.fits);
            CHECK(whole.layout.lines == 1);
            CHECK(whole.layout.px < cut.layout.px);
        }
    }
    WHEN("the word is too wide even at the smallest size") {
        p.keep_words = true;
        TextFit f = fit_text(t, m, p, 20, 400, 6, 40, 0);
        THEN("it is cut, as the last resort, and said not to fit") {
            CHECK(f.layout.split_word);
            CHECK_FALSE(f.fits);
        }
    }
}

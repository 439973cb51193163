// Cutting a laid-out text into pages: whole lines, every run once, in order.
#include "game/base/utf8.hpp"
#include "game/text/text_pages.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

struct FakeMeasurer : TextMeasurer {
    int width(std::string_view utf8, TextStyle, int px) override {
        return int(utf8_length(utf8)) * px / 2;
    }
    LineMetrics metrics(int px) override { return {px, px * 5 / 4}; }
};

TextLayout laid_out(const std::string& text, int box_w) {
    FakeMeasurer m;
    LayoutParams p;
    p.px = 10;
    p.max_width = box_w;
    return layout_text(parse_card_text(text), m, p);
}

} // namespace

SCENARIO("a text that does not fit is cut into pages of whole lines") {
    // Ten words of five letters in a box one word wide: ten lines of 12 px.
    TextLayout l = laid_out("aaaaa bbbbb ccccc ddddd eeeee fffff ggggg hhhhh iiiii jjjjj", 25);
    REQUIRE(l.lines == 10);
    WHEN("the box holds four lines") {
        std::vector<TextPage> pages = split_pages(l, 50);
        THEN("there are three pages, as even as they can be: 4, 3 and 3 lines") {
            REQUIRE(pages.size() == 3);
            CHECK(pages[0].first == 0);
            CHECK(pages[0].last == 4);
            CHECK(pages[1].first == 4);
            CHECK(pages[1].last == 7);
            CHECK(pages[2].last == l.runs.size());
            CHECK(pages[1].top == l.runs[4].y);
            for (const TextPage& p : pages) {
                CHECK(p.height <= 50);
                for (std::size_t i = p.first; i < p.last; ++i)
                    CHECK(l.runs[i].y + l.runs[i].height - p.top <= 50);
            }
            CHECK(pages[2].height == 3 * 12);
        }
    }
    WHEN("the box holds the whole text") {
        std::vector<TextPage> pages = split_pages(l, l.height);
        THEN("it is one page") {
            REQUIRE(pages.size() == 1);
            CHECK(pages[0].last == l.runs.size());
            CHECK(pages[0].height == l.height);
        }
    }
    WHEN("the box is lower than one line") {
        std::vector<TextPage> pages = split_pages(l, 5);
        THEN("each page still holds a line, taller than the box") {
            REQUIRE(pages.size() == 10);
            CHECK(pages[0].height == 12);
        }
    }
}

SCENARIO("a line of several runs stays on one page") {
    // Bold and plain on one line make two runs with one y.
    TextLayout l = laid_out("**bold** plain\n\n**more** words", 200);
    std::vector<TextPage> pages = split_pages(l, 12);
    for (const TextPage& p : pages)
        for (std::size_t i = p.first + 1; i < p.last; ++i)
            CHECK(l.runs[i].y == l.runs[p.first].y);
    CHECK(pages.size() == 2);
    CHECK(pages.back().last == l.runs.size());
}

SCENARIO("an empty text has no pages") {
    CHECK(split_pages(TextLayout{}, 100).empty());
}

SCENARIO("pages break between paragraphs where that takes no more pages") {
    // Three paragraphs of 2, 3 and 2 lines (words of five letters, one a line).
    TextLayout l = laid_out("aaaaa bbbbb\n\nccccc ddddd eeeee\n\nfffff ggggg", 25);
    REQUIRE(l.lines == 7);
    WHEN("a page holds five lines") {
        // Line by line, 5 + 2; by paragraphs, 2 + 3 and 2 would be 3 pages,
        // but 2 and 3 + 2 do not fit five lines with the gaps: lines it is.
        std::vector<TextPage> by_line = split_pages(l, 5 * 12);
        THEN("no page is over the box") {
            for (const TextPage& p : by_line)
                CHECK(p.height <= 5 * 12);
        }
    }
    WHEN("a page holds the first two paragraphs") {
        const int two = l.runs[4].y + l.runs[4].height; // the foot of the fifth line
        std::vector<TextPage> pages = split_pages(l, two);
        THEN("the second page starts with the third paragraph, not inside the second") {
            REQUIRE(pages.size() == 2);
            CHECK(pages[1].first == 5);
        }
    }
    WHEN("a page holds four lines, too few for two pages of whole paragraphs") {
        const int four = l.runs[3].y + l.runs[3].height - l.runs[0].y;
        std::vector<TextPage> pages = split_pages(l, four);
        THEN("two pages all the same, broken between lines: 4 and 3") {
            REQUIRE(pages.size() == 2);
            CHECK(pages[0].last == 4);
            CHECK(pages[1].first == 4);
        }
    }
}

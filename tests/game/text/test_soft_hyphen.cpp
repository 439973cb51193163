// Soft hyphens (U+00AD) in long words: invisible, unless a line breaks at
// one, where a hyphen shows. A fake measurer: every code point half the font
// size wide, so the breaks are easy to work out.
#include "game/base/utf8.hpp"
#include "game/text/text_layout.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

struct HalfEm : TextMeasurer {
    int width(std::string_view utf8, TextStyle, int px) override {
        return int(utf8_length(utf8)) * px / 2;
    }
    LineMetrics metrics(int px) override { return {px, px * 5 / 4}; }
};

std::vector<std::string> lines_of(const TextLayout& l) {
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

int widest_right(const TextLayout& l) {
    int right = 0;
    for (const PlacedRun& r : l.runs)
        right = std::max(right, r.x + r.width);
    return right;
}

const std::string kShy = "\u00AD";

} // namespace

SCENARIO("a soft hyphen is invisible unless the line breaks at it") {
    HalfEm m;
    LayoutParams p;
    p.px = 10; // 5 px a code point
    const CardText text = parse_card_text("Ein Gemeinschafts" + kShy + "abend beginnt");
    GIVEN("a box wide enough for the whole word") {
        p.max_width = 200;
        TextLayout l = layout_text(text, m, p);
        THEN("the word is whole, without the soft hyphen or a hyphen") {
            CHECK(lines_of(l) == std::vector<std::string>{"Ein Gemeinschaftsabend beginnt"});
            CHECK(l.width == 30 * 5);
        }
    }
    GIVEN("a box 14 code points wide") {
        p.max_width = 70;
        TextLayout l = layout_text(text, m, p);
        THEN("the word breaks at its soft hyphen, which shows as a hyphen") {
            CHECK(lines_of(l) ==
                  std::vector<std::string>{"Ein", "Gemeinschafts-", "abend beginnt"});
            CHECK(widest_right(l) == 70);
            CHECK_FALSE(l.overflow);
        }
    }
    GIVEN("a box 13 code points wide: the first part fits, but not with its hyphen") {
        p.max_width = 65;
        TextLayout l = layout_text(text, m, p);
        THEN("no line runs past the box") {
            CHECK(widest_right(l) <= 65);
            for (const std::string& line : lines_of(l))
                CHECK(line.find(kShy) == std::string::npos);
        }
    }
    GIVEN("a word with several soft hyphens") {
        p.max_width = 50; // ten code points
        TextLayout l = layout_text(
            parse_card_text("Nachbar" + kShy + "schafts" + kShy + "hilfe" + kShy + "verein"), m, p);
        THEN("each line takes as many parts as fit with a hyphen at its end") {
            CHECK(lines_of(l) ==
                  std::vector<std::string>{"Nachbar-", "schafts-", "hilfe-", "verein"});
            CHECK(widest_right(l) <= 50);
        }
    }
    GIVEN("a soft hyphen in bold text") {
        p.max_width = 70;
        TextLayout l = layout_text(parse_card_text("**Gemeinschafts" + kShy + "abend**"), m, p);
        THEN("the hyphen is bold, as the word") {
            REQUIRE(l.runs.size() == 2);
            CHECK(l.runs[0].text == "Gemeinschafts-");
            CHECK(l.runs[0].style.bold);
        }
    }
}

SCENARIO("a card of long German compounds fits, broken only at its soft hyphens") {
    HalfEm m;
    LayoutParams p;
    p.language = "de";
    const std::vector<std::string> parts = {"Nachbarschafts", "hilfe", "organisations", "treffen"};
    std::string hyphenated, plain;
    for (const std::string& w : parts) {
        hyphenated += (hyphenated.empty() ? "" : kShy) + w;
        plain += w;
    }
    const std::string intro = "Plant ein ";
    TextFit with = fit_text(parse_card_text(intro + hyphenated + "."), m, p, 300, 200, 8, 48);
    TextFit without = fit_text(parse_card_text(intro + plain + "."), m, p, 300, 200, 8, 48);
    INFO(with.layout.px << " px with soft hyphens, " << without.layout.px << " px without");
    REQUIRE(with.fits);
    CHECK(widest_right(with.layout) <= 300);
    THEN("every line that ends inside the word ends with a hyphen, after one of its parts") {
        const std::vector<std::string> lines = lines_of(with.layout);
        REQUIRE(lines.size() >= 3);
        std::string joined;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            std::string line = lines[k];
            CHECK(line.find(kShy) == std::string::npos);
            if (k + 1 < lines.size() && k > 0) {
                REQUIRE(line.back() == '-');
                line.pop_back();
                bool after_part = false;
                for (const std::string& part : parts)
                    after_part = after_part ||
                                 (line.size() >= part.size() &&
                                  line.compare(line.size() - part.size(), part.size(), part) == 0);
                CHECK(after_part);
            }
            joined += line + (k == 0 ? " " : "");
        }
        CHECK(joined == intro + plain + ".");
    }
    THEN("without them the word is cut between letters, with no hyphen") {
        const std::vector<std::string> lines = lines_of(without.layout);
        REQUIRE(lines.size() >= 3);
        CHECK(lines[1].back() != '-');
    }
}

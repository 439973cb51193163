// Right-to-left text: each fixture's visual order (what a reader sees from
// left to right, before shaping) as written by hand, and as FriBidi's own
// reordering gives it; and laid-out lines of an Arabic paragraph, each
// reordered as FriBidi reorders that line of the paragraph.
#include "game/base/utf8.hpp"
#include "game/text/bidi.hpp"
#include "game/text/text_layout.hpp"

#include <catch2/catch.hpp>
#include <fribidi.h>

#include <algorithm>

using namespace hearth;

namespace {

std::u32string decoded(std::string_view s) {
    std::u32string out;
    std::size_t i = 0;
    while (i < s.size())
        out += utf8_next(s, i);
    return out;
}

std::u32string reversed(std::string_view s) {
    std::u32string r = decoded(s);
    std::reverse(r.begin(), r.end());
    return r;
}

std::u32string u(std::string_view s) {
    return decoded(s);
}

// FriBidi's visual order of text[off, off + len) of the paragraph `text`:
// levels of the whole paragraph, brackets mirrored, the line reordered
// (rules L1 and L2); marks are not moved after their letters, Arabic not
// joined into presentation forms (the shaper's work).
std::u32string fribidi_line(std::string_view text, std::size_t off, std::size_t len,
                            FriBidiParType base) {
    std::u32string s = decoded(text);
    const auto n = FriBidiStrIndex(s.size());
    std::vector<FriBidiChar> str(s.begin(), s.end());
    std::vector<FriBidiCharType> types(s.size());
    std::vector<FriBidiBracketType> brackets(s.size());
    std::vector<FriBidiLevel> levels(s.size());
    fribidi_get_bidi_types(str.data(), n, types.data());
    fribidi_get_bracket_types(str.data(), n, types.data(), brackets.data());
    REQUIRE(fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base,
                                                levels.data()) > 0);
    fribidi_shape_mirroring(levels.data(), n, str.data());
    REQUIRE(fribidi_reorder_line(0, types.data(), FriBidiStrIndex(len), FriBidiStrIndex(off), base,
                                 levels.data(), str.data(), nullptr) > 0);
    return std::u32string(str.begin() + std::ptrdiff_t(off),
                          str.begin() + std::ptrdiff_t(off + len));
}

std::u32string fribidi_visual(std::string_view line, FriBidiParType base) {
    return fribidi_line(line, 0, decoded(line).size(), base);
}

struct Fixture {
    const char* what;
    std::string logical;
    TextDirection base;
    std::u32string visual; // written by hand
};

} // namespace

TEST_CASE("bidi fixtures are reordered as FriBidi orders them") {
    const std::vector<Fixture> fixtures = {
        {"an Arabic sentence's full stop lands at its left end, after the last word", "مرحبا بكم.",
         TextDirection::Auto, u(".") + reversed("مرحبا بكم")},
        {"a number in an Arabic sentence reads left to right", "عندي 25 كتابا.",
         TextDirection::Auto, u(".") + reversed("كتابا") + u(" 25 ") + reversed("عندي")},
        {"a question mark and a number with a decimal point", "هل 3.5 كثير؟", TextDirection::Auto,
         reversed("كثير؟") + u(" 3.5 ") + reversed("هل")},
        {"brackets in Arabic are mirrored", "قل (مرحبا) لهم.", TextDirection::Auto,
         u(".") + reversed("لهم") + u(" (") + reversed("مرحبا") + u(") ") + reversed("قل")},
        {"an English word in an Arabic sentence", "أحب Hearth كثيرا!", TextDirection::Auto,
         u("!") + reversed("كثيرا") + u(" Hearth ") + reversed("أحب")},
        {"English words in an Arabic sentence keep their order", "قال good morning لنا.",
         TextDirection::Auto, u(".") + reversed("لنا") + u(" good morning ") + reversed("قال")},
        {"Arabic words in an English sentence", "We say مرحبا بكم to guests.", TextDirection::Auto,
         u("We say ") + reversed("مرحبا بكم") + u(" to guests.")},
        {"a Hebrew sentence with a number and a comma", "שלום 123, עולם.", TextDirection::Auto,
         u(".") + reversed("עולם") + u(" ,") + u("123") + u(" ") + reversed("שלום")},
        {"a name in Arabic script alone", "سارة", TextDirection::Auto, reversed("سارة")},
        {"an English line stays as it is", "Ana's turn (2 of 5).", TextDirection::Auto,
         u("Ana's turn (2 of 5).")},
        {"trailing space stays at the line's end (rule L1)", "abc مرحبا ",
         TextDirection::LeftToRight, u("abc ") + reversed("مرحبا") + u(" ")},
        {"digits alone in a right-to-left paragraph", "2026-12-02", TextDirection::RightToLeft,
         u("2026-12-02")},
    };
    for (const Fixture& f : fixtures) {
        INFO(f.what);
        const FriBidiParType base = f.base == TextDirection::LeftToRight   ? FRIBIDI_PAR_LTR
                                    : f.base == TextDirection::RightToLeft ? FRIBIDI_PAR_RTL
                                                                           : FRIBIDI_PAR_WLTR;
        const std::u32string ours = visual_text(f.logical, f.base);
        CHECK(ours == f.visual);
        CHECK(ours == fribidi_visual(f.logical, base));
    }
}

TEST_CASE("a paragraph's direction is its first strong letter's, else its language's") {
    CHECK(bidi_paragraph("مرحبا Ana").rtl);
    CHECK_FALSE(bidi_paragraph("Ana مرحبا").rtl);
    CHECK(bidi_paragraph("שלום").rtl);
    CHECK_FALSE(bidi_paragraph("25 / 30").rtl);
    CHECK(bidi_paragraph("25 / 30", TextDirection::Auto, true).rtl);
    CHECK(bidi_paragraph("plain English").levels.empty());
    CHECK(language_is_rtl("ar"));
    CHECK(language_is_rtl("he-IL"));
    CHECK(language_is_rtl("fa_IR.UTF-8"));
    CHECK_FALSE(language_is_rtl("de"));
    CHECK_FALSE(language_is_rtl("en"));
    CHECK_FALSE(may_be_rtl("Gemeinschaftsabend, 日本語, हिन्दी"));
    CHECK(may_be_rtl("Ana \u200F"));
}

TEST_CASE("rule L2 reverses runs from the highest level down") {
    CHECK(visual_order({0, 1, 1, 0}) == std::vector<std::size_t>{0, 2, 1, 3});
    CHECK(visual_order({1, 2, 1}) == std::vector<std::size_t>{2, 1, 0});
    CHECK(visual_order({1, 2, 2, 1}) == std::vector<std::size_t>{3, 1, 2, 0});
    CHECK(visual_order({0, 0}) == std::vector<std::size_t>{0, 1});
}

namespace {

// Every code point half the font size wide, as in test_text_layout.cpp.
struct HalfEm : TextMeasurer {
    int width(std::string_view utf8, TextStyle, int px) override {
        return int(utf8_length(utf8)) * px / 2;
    }
    LineMetrics metrics(int px) override { return {px, px * 5 / 4}; }
};

// Each line's runs from left to right, what the reader sees: a right-to-left
// run's code points reversed and mirrored, as the shaper draws them.
std::vector<std::u32string> visual_lines(const TextLayout& l) {
    std::vector<std::pair<int, std::vector<const PlacedRun*>>> lines;
    for (const PlacedRun& r : l.runs) {
        if (lines.empty() || lines.back().first != r.y)
            lines.push_back({r.y, {}});
        lines.back().second.push_back(&r);
    }
    std::vector<std::u32string> out;
    for (auto& [y, runs] : lines) {
        std::sort(runs.begin(), runs.end(),
                  [](const PlacedRun* a, const PlacedRun* b) { return a->x < b->x; });
        std::u32string line;
        for (const PlacedRun* r : runs)
            line += visual_text(r->text,
                                r->rtl ? TextDirection::RightToLeft : TextDirection::LeftToRight);
        out.push_back(line);
    }
    return out;
}

CardText paragraph(std::string s) {
    CardText t;
    t.blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{std::move(s)}}});
    return t;
}

} // namespace

SCENARIO("an Arabic paragraph breaks in reading order and each line is reordered") {
    HalfEm m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 60; // twelve code points
    p.language = "ar";
    const std::string text = "مرحبا بكم في الحلقة. عندي 25 كتابا.";
    TextLayout l = layout_text(paragraph(text), m, p);
    // The lines as they are read: the first words on the first line.
    const std::vector<std::string> logical = {"مرحبا بكم في", "الحلقة. عندي", "25 كتابا."};
    THEN("each line shows as FriBidi reorders that line of the paragraph") {
        const std::vector<std::u32string> shown = visual_lines(l);
        REQUIRE(shown.size() == logical.size());
        std::size_t off = 0;
        const std::u32string all = decoded(text);
        for (std::size_t k = 0; k < logical.size(); ++k) {
            const std::size_t len = decoded(logical[k]).size();
            REQUIRE(all.substr(off, len) == decoded(logical[k]));
            CHECK(shown[k] == fribidi_line(text, off, len, FRIBIDI_PAR_WRTL));
            off += len + 1; // and the space the line broke at
        }
        AND_THEN("the full stop is at the left end and the number at the right") {
            CHECK(shown[2] == u(".") + reversed("كتابا") + u(" 25"));
        }
    }
    THEN("every line is ranged right") {
        std::vector<int> right(3, 0);
        for (const PlacedRun& r : l.runs)
            right[std::size_t(r.y / 12)] = std::max(right[std::size_t(r.y / 12)], r.x + r.width);
        CHECK(right == std::vector<int>{60, 60, 60});
        CHECK(l.width == 60);
    }
    GIVEN("a numbered list in Arabic") {
        CardText t = parse_card_text("1. مرحبا بكم\n2. عندي 25 كتابا");
        TextLayout list = layout_text(t, m, p);
        THEN("the numbers stand on the right, the text to their left") {
            std::vector<const PlacedRun*> markers, words;
            for (const PlacedRun& r : list.runs)
                (r.text == "1." || r.text == "2." ? markers : words).push_back(&r);
            REQUIRE(markers.size() == 2);
            for (const PlacedRun* mk : markers)
                for (const PlacedRun* w : words)
                    if (w->y == mk->y)
                        CHECK(w->x + w->width <= mk->x);
            for (const PlacedRun* mk : markers)
                CHECK(mk->x + mk->width <= 60);
        }
    }
}

SCENARIO("Arabic words in an English paragraph") {
    HalfEm m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 200;
    TextLayout l = layout_text(paragraph("We say مرحبا بكم to guests."), m, p);
    THEN("the line reads from the left, the Arabic words right to left inside it") {
        REQUIRE(visual_lines(l) == std::vector<std::u32string>{
                                       u("We say ") + reversed("مرحبا بكم") + u(" to guests.")});
        int left = 200;
        for (const PlacedRun& r : l.runs)
            left = std::min(left, r.x);
        CHECK(left == 0);
    }
}

SCENARIO("a centred Arabic question stays centred") {
    HalfEm m;
    LayoutParams p;
    p.px = 10;
    p.max_width = 100;
    p.align = TextAlign::Center;
    TextLayout l = layout_text(paragraph("ما رأيك؟"), m, p);
    REQUIRE(l.runs.size() == 1);
    CHECK(l.runs[0].rtl);
    CHECK(l.runs[0].x == (100 - 40) / 2);
}

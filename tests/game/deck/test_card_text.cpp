#include "game/deck/card_text.hpp"

#include <catch2/catch.hpp>

using namespace hearth;
using Kind = TextBlock::Kind;

SCENARIO("card text supports paragraphs, emphasis, bullets and numbered steps") {
    GIVEN("two paragraphs with bold and italic") {
        auto t = parse_card_text("Walk **side by side**\nand *listen*.\n\nThen swap.");
        THEN("there are two paragraphs with styled runs") {
            REQUIRE(t.blocks.size() == 2);
            const auto& runs = t.blocks[0].runs;
            REQUIRE(runs.size() == 5);
            CHECK(runs[0] == TextRun{"Walk ", false, false});
            CHECK(runs[1] == TextRun{"side by side", true, false});
            CHECK(runs[2] == TextRun{" and ", false, false});
            CHECK(runs[3] == TextRun{"listen", false, true});
            CHECK(runs[4] == TextRun{".", false, false});
            CHECK(t.blocks[1].runs[0].text == "Then swap.");
        }
    }
    GIVEN("a purpose line and a bullet list") {
        auto t = parse_card_text("Purpose.\n\n- one\n- two **now**\n");
        THEN("the bullets are separate blocks") {
            REQUIRE(t.blocks.size() == 3);
            CHECK(t.blocks[1].kind == Kind::Bullet);
            CHECK(t.blocks[2].kind == Kind::Bullet);
            CHECK(t.blocks[2].runs[1].bold);
            CHECK(t.plain() == "Purpose.\n\n- one\n\n- two now");
        }
    }
    GIVEN("a numbered list starting at 3") {
        auto t = parse_card_text("3. three\n4. four\n");
        THEN("the items keep their numbers") {
            REQUIRE(t.blocks.size() == 2);
            CHECK(t.blocks[0].kind == Kind::Numbered);
            CHECK(t.blocks[0].ordinal == 3);
            CHECK(t.blocks[1].ordinal == 4);
        }
    }
    GIVEN("empty text") {
        THEN("there are no blocks") {
            CHECK(parse_card_text("").empty());
        }
    }
}

SCENARIO("markup outside the subset is shown plain and reported") {
    std::vector<std::string> unsupported;
    auto t = parse_card_text("# Head\n\nA [link](http://x) and `code`.", &unsupported);
    CHECK(t.plain() == "Head\n\nA link and code.");
    CHECK(unsupported ==
          std::vector<std::string>{"headings are shown as plain paragraphs on a card",
                                   "links are shown as plain text on a card",
                                   "code spans are shown as plain text on a card"});
}

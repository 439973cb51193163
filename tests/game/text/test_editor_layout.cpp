#include "game/base/utf8.hpp"
#include "game/journal/text_editor.hpp"
#include "game/text/editor_layout.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

// Every code point 10 px wide.
int mono(std::string_view s) {
    return static_cast<int>(utf8_length(s)) * 10;
}

std::vector<std::string> line_texts(const EditorLayout& l) {
    std::vector<std::string> out;
    for (const auto& line : l.lines())
        out.push_back(l.text().substr(line.begin, line.end - line.begin));
    return out;
}

} // namespace

SCENARIO("the editor's text wraps at word boundaries and at newlines") {
    GIVEN("a sentence in a box 100 px (10 characters) wide") {
        EditorLayout l("the quick brown fox jumps\n\nover", 100, mono);
        THEN("it breaks after spaces, and blank lines are lines") {
            CHECK(line_texts(l) ==
                  std::vector<std::string>{"the quick ", "brown fox ", "jumps", "", "over"});
            CHECK(l.lines()[0].wrapped);
            CHECK_FALSE(l.lines()[2].wrapped);
        }
        THEN("positions map to lines and x, and back") {
            CHECK(l.line_of(0) == 0);
            CHECK(l.line_of(10) == 1); // the wrap point starts the next line
            CHECK(l.line_of(25) == 2); // before the newline
            CHECK(l.line_of(26) == 3);
            CHECK(l.x_of(13) == 30);
            CHECK(l.pos_at(1, 31) == 13);
            CHECK(l.pos_at(1, 36) == 14);
            CHECK(l.pos_at(0, 1e9) == 9); // before the space it broke after
            CHECK(l.pos_at(3, 50) == 26);
        }
    }
    GIVEN("a word longer than the box") {
        EditorLayout l("abcdefghijklmnopqrstuvwxyz end", 100, mono);
        THEN("it breaks between characters") {
            CHECK(line_texts(l) ==
                  std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxyz end"});
            CHECK(l.pos_at(0, 1e9) == 9); // the caret stays on its line
        }
    }
    GIVEN("Japanese text, which may break between characters") {
        std::string s = "日本語のテキストを書く";
        EditorLayout l(s, 40, mono);
        THEN("lines hold at most four characters and no line is empty") {
            for (const auto& line : l.lines()) {
                CHECK(line.end > line.begin);
                CHECK(mono(std::string_view(s).substr(line.begin, line.end - line.begin)) <= 40);
            }
        }
    }
    GIVEN("an emoji family and a box narrower than one character") {
        std::string s = "👩‍👧👩‍👧";
        EditorLayout l(s, 5, mono);
        THEN("each cluster gets a line of its own and is never split") {
            REQUIRE(l.line_count() == 2);
            CHECK(l.lines()[0].end == s.size() / 2);
        }
    }
    GIVEN("empty text") {
        EditorLayout l("", 100, mono);
        THEN("there is one empty line") {
            CHECK(l.line_count() == 1);
            CHECK(l.pos_at(0, 50) == 0);
        }
    }
}

SCENARIO("the editor moves up and down through the wrapped lines") {
    GIVEN("a wrapped paragraph in the editor") {
        TextEditor ed("the quick brown fox jumps");
        EditorLayout l(ed.text(), 100, mono);
        ed.move_to(6);
        WHEN("down is pressed") {
            ed.move_down(l);
            THEN("the caret keeps its column on the next visual line") {
                CHECK(ed.caret() == 16);
            }
        }
        WHEN("end and home are pressed") {
            ed.move_end(false, &l);
            CHECK(ed.caret() == 9);
            ed.move_home(false, &l);
            THEN("they stay on the visual line") {
                CHECK(ed.caret() == 0);
            }
        }
    }
}

// Regression: a flag typed into the journal or a written card aborted in
// libunibreak 1.1, and a day file holding one aborted every later start.
SCENARIO("the editor lays out flag emoji and their lone halves") {
    GIVEN("a line with a flag and a lone regional indicator, 50 px wide") {
        EditorLayout l("ab \U0001F1F5\U0001F1F9 \U0001F1F5x", 50, mono);
        THEN("it wraps after spaces and keeps the flag whole") {
            CHECK(line_texts(l) ==
                  std::vector<std::string>{"ab \U0001F1F5\U0001F1F9 ", "\U0001F1F5x"});
        }
    }
}

// Right-to-left paragraphs in the journal editor: ranged right, the caret
// and the selection at the place each letter is drawn, in reading order.
SCENARIO("an Arabic paragraph in the editor is ranged right, its caret moving right to left") {
    const std::string s = "سلام عليكم."; // 11 code points, the full stop last
    EditorLayout l(s, 200, mono);
    const std::size_t space = s.find(' ');
    REQUIRE(l.line_count() == 1);
    const EditorLine& line = l.lines()[0];
    THEN("it is one right-to-left run, its right edge on the box's") {
        CHECK(line.rtl);
        REQUIRE(line.runs.size() == 1);
        CHECK(line.runs[0].rtl);
        CHECK(line.runs[0].x == 90);
        CHECK(line.runs[0].x + line.runs[0].width == 200);
    }
    THEN("the caret starts at the right and goes left as the reading goes on") {
        CHECK(l.x_of(0) == 200);
        CHECK(l.x_of(2) == 190); // after the first letter (two bytes)
        CHECK(l.x_of(space) == 160);
        CHECK(l.x_of(s.size() - 1) == 100); // before the full stop
        CHECK(l.x_of(s.size()) == 90);      // the full stop is drawn at the left
        CHECK(l.rtl_at(space));
    }
    THEN("a click finds the letter drawn there") {
        CHECK(l.pos_at(0, 199) == 0);
        CHECK(l.pos_at(0, 161) == space);
        CHECK(l.pos_at(0, 91) == s.size());
        CHECK(l.pos_at(0, 0) == s.size()); // left of the text: its end
        CHECK(l.pos_at(0, 1e300) == 0);
    }
    THEN("the first word selected lies at the right") {
        CHECK(l.spans(0, 0, space) == std::vector<std::pair<int, int>>{{160, 200}});
    }
    WHEN("Home and End are pressed") {
        TextEditor ed(s);
        ed.move_to(space);
        ed.move_end(false, &l);
        CHECK(ed.caret() == s.size());
        ed.move_home(false, &l);
        THEN("they go to the line's first and last letters in reading order") {
            CHECK(ed.caret() == 0);
        }
    }
}

SCENARIO("a line that mixes directions keeps its runs in visual order") {
    GIVEN("English with an Arabic word, a left-to-right paragraph") {
        const std::string s = "abc سلام def";
        EditorLayout l(s, 200, mono);
        const std::size_t arabic = 4, after = s.find(" def");
        const EditorLine& line = l.lines()[0];
        THEN("it is ranged left, the Arabic word one run read right to left") {
            CHECK_FALSE(line.rtl);
            REQUIRE(line.runs.size() == 3);
            CHECK_FALSE(line.runs[0].rtl);
            CHECK(line.runs[1].rtl);
            CHECK(line.runs[1].x == 40);
            CHECK(line.runs[1].width == 40);
        }
        THEN("the caret in the Arabic word moves right to left, at its edges by the English") {
            CHECK(l.x_of(arabic) == 40); // after "abc ": by the space, as English goes on
            CHECK(l.x_of(arabic + 2) == 70);
            CHECK(l.x_of(after) == 80); // after the word: before " def"
            CHECK(l.x_of(s.size()) == 120);
        }
        THEN("a selection across the two directions is drawn as two stretches") {
            // "c ", then the first two Arabic letters: 20..40 and 60..80.
            CHECK(l.spans(0, 2, arabic + 4) ==
                  std::vector<std::pair<int, int>>{{20, 40}, {60, 80}});
        }
    }
    GIVEN("an Arabic paragraph with a number in it") {
        const std::string s = "عدد 123 هنا";
        EditorLayout l(s, 200, mono);
        const std::size_t digits = s.find("123");
        const EditorLine& line = l.lines()[0];
        THEN("the number reads left to right inside the right-to-left line") {
            CHECK(line.rtl);
            REQUIRE(line.runs.size() == 3);
            CHECK(line.runs[1].begin == digits);
            CHECK_FALSE(line.runs[1].rtl);
            CHECK(line.runs[1].x == 130);
            // Before "1" the caret stands after the Arabic word and space (by
            // the letters of the paragraph's direction); inside, left to right.
            CHECK(l.x_of(digits) == 160);
            CHECK(l.x_of(digits + 1) == 140);
            // After "3", by the space that follows it (the paragraph's direction).
            CHECK(l.x_of(digits + 3) == 130);
        }
    }
}

SCENARIO("up and down keep the caret's place on wrapped right-to-left lines") {
    GIVEN("an Arabic paragraph wrapped in a box 60 px wide") {
        const std::string s = "سلام عليكم يا اصدقاء";
        TextEditor ed(s);
        EditorLayout l(ed.text(), 60, mono);
        REQUIRE(l.line_count() >= 2);
        for (std::size_t i = 0; i < l.line_count(); ++i) {
            INFO("line " << i);
            CHECK(l.lines()[i].rtl);
            // Ranged right: the line's visible text ends at the box's right edge.
            CHECK(l.caret_x(i, l.lines()[i].begin) == 60);
        }
        WHEN("the caret is one letter into the first line and Down is pressed") {
            ed.move_to(2);
            ed.move_down(l);
            THEN("it is one letter into the second line, at the right") {
                CHECK(ed.caret() == l.lines()[1].begin + 2);
                CHECK(l.x_of(ed.caret()) == 50);
            }
        }
    }
}

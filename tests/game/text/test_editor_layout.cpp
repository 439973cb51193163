#include "game/base/utf8.hpp"
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

#include "game/base/grapheme.hpp"
#include "game/base/utf8.hpp"
#include "game/journal/text_editor.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hearth;

namespace {

// A fixed-width layout: each code point one column, lines wrap after
// `width` columns at the last space (or hard), and at every newline.
class MonoLayout : public LineLayout {
public:
    MonoLayout(const std::string& text, std::size_t width) : text_(text) {
        std::size_t begin = 0;
        while (true) {
            std::size_t i = begin, cols = 0, last_space = std::string::npos;
            while (i < text.size() && text[i] != '\n' && cols < width) {
                if (text[i] == ' ')
                    last_space = i;
                ++i;
                while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
                    ++i;
                ++cols;
            }
            if (i >= text.size()) {
                lines_.push_back({begin, text.size()});
                break;
            }
            if (text[i] == '\n') {
                lines_.push_back({begin, i});
                begin = i + 1;
                continue;
            }
            std::size_t end = last_space != std::string::npos ? last_space + 1 : i;
            lines_.push_back({begin, end});
            begin = end;
        }
    }
    std::size_t line_count() const override { return lines_.size(); }
    std::size_t line_of(std::size_t pos) const override {
        for (std::size_t k = lines_.size(); k-- > 0;)
            if (pos >= lines_[k].first)
                return k;
        return 0;
    }
    double x_of(std::size_t pos) const override {
        auto [b, e] = lines_[line_of(pos)];
        double x = 0;
        for (std::size_t i = b; i < pos; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
                x += 1;
        return x;
    }
    std::size_t pos_at(std::size_t line, double x) const override {
        auto [b, e] = lines_[line];
        // A wrapped line ends before its trailing space, as editors show it.
        if (line + 1 < lines_.size() && e > b && text_[e - 1] == ' ')
            --e;
        std::size_t i = b;
        for (double col = 0; i < e && col + 0.5 < x; col += 1) {
            ++i;
            while (i < e && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80)
                ++i;
        }
        return i;
    }

private:
    std::string text_;
    std::vector<std::pair<std::size_t, std::size_t>> lines_;
};

const std::string e_acute_combining = "e\xCC\x81";                         // e + U+0301
const std::string family = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"; // 👩‍👧
const std::string flag_fr = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7";            // 🇫🇷
const std::string thumbs_dark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";        // 👍🏿

} // namespace

SCENARIO("the caret steps over whole user-perceived characters") {
    GIVEN("text with a combining accent, a ZWJ family, a flag and a skin-toned emoji") {
        std::string s = "a" + e_acute_combining + family + flag_fr + thumbs_dark + "z";
        THEN("each is one step forwards and backwards") {
            std::vector<std::size_t> stops{0};
            for (std::size_t p = 0; p < s.size();)
                stops.push_back(p = next_grapheme(s, p));
            std::vector<std::size_t> expected{0,
                                              1,
                                              1 + e_acute_combining.size(),
                                              4 + family.size(),
                                              4 + family.size() + flag_fr.size(),
                                              s.size() - 1,
                                              s.size()};
            CHECK(stops == expected);
            for (std::size_t k = stops.size() - 1; k > 0; --k)
                CHECK(prev_grapheme(s, stops[k]) == stops[k - 1]);
            CHECK_FALSE(is_grapheme_boundary(s, 2));
            CHECK(is_grapheme_boundary(s, 4));
        }
    }
    GIVEN("two flags in a row") {
        std::string s = flag_fr + flag_fr;
        THEN("regional indicators pair up") {
            CHECK(next_grapheme(s, 0) == flag_fr.size());
        }
    }
    GIVEN("a Devanagari syllable with a vowel sign") {
        std::string s = "\xE0\xA4\x95\xE0\xA4\xBF"; // कि
        THEN("it is one step") {
            CHECK(next_grapheme(s, 0) == s.size());
        }
    }
    GIVEN("CR LF") {
        THEN("it is one step") {
            CHECK(next_grapheme("a\r\nb", 1) == 3);
            CHECK(prev_grapheme("a\r\nb", 3) == 1);
        }
    }
}

SCENARIO("typing, deleting and moving by character") {
    GIVEN("an empty editor") {
        TextEditor ed;
        WHEN("a word, a Greek word and an emoji are typed") {
            ed.insert("hi ");
            ed.insert("\xCE\xBA\xCE\xB1\xCE\xBB\xCE\xB7"); // καλη
            ed.insert(thumbs_dark);
            THEN("the text holds them and the caret is at the end") {
                CHECK(ed.text() == "hi \xCE\xBA\xCE\xB1\xCE\xBB\xCE\xB7" + thumbs_dark);
                CHECK(ed.caret() == ed.text().size());
            }
            AND_WHEN("backspace is pressed once") {
                ed.backspace();
                THEN("the whole emoji with its skin tone goes") {
                    CHECK(ed.text() == "hi \xCE\xBA\xCE\xB1\xCE\xBB\xCE\xB7");
                }
            }
            AND_WHEN("the caret goes left twice and delete is pressed") {
                ed.move_left();
                ed.move_left();
                ed.delete_forward();
                THEN("the letter after the caret goes") {
                    CHECK(ed.text() == "hi \xCE\xBA\xCE\xB1\xCE\xBB" + thumbs_dark);
                }
            }
        }
        WHEN("control characters and CR LF are typed") {
            ed.insert("a\r\nb\x01\x7F\tc\rd");
            THEN("line ends become LF and controls other than tab are dropped") {
                CHECK(ed.text() == "a\nb\tc\nd");
            }
        }
        WHEN("invalid UTF-8 arrives") {
            ed.insert("x\xFFy");
            THEN("it becomes a replacement character") {
                CHECK(ed.text() == "x\xEF\xBF\xBDy");
            }
        }
        WHEN("backspace and delete are pressed at the edges") {
            ed.backspace();
            ed.delete_forward();
            ed.move_left();
            ed.move_right();
            THEN("nothing happens and there is nothing to undo") {
                CHECK(ed.text().empty());
                CHECK_FALSE(ed.can_undo());
            }
        }
    }
    GIVEN("text with a combining accent") {
        TextEditor ed("caf" + e_acute_combining + "!");
        WHEN("the caret is placed inside the accent") {
            ed.move_to(4);
            THEN("it snaps to before the e") {
                CHECK(ed.caret() == 3);
            }
        }
    }
}

SCENARIO("selecting with shift, replacing the selection, copy, cut and paste") {
    GIVEN("an editor holding 'hello world'") {
        TextEditor ed("hello world");
        WHEN("shift+left five times selects 'world'") {
            for (int i = 0; i < 5; ++i)
                ed.move_left(true);
            THEN("the selection runs from the caret to the anchor") {
                CHECK(ed.has_selection());
                CHECK(ed.selection_begin() == 6);
                CHECK(ed.selection_end() == 11);
                CHECK(ed.copy() == "world");
            }
            AND_WHEN("text is typed") {
                ed.insert("there");
                THEN("it replaces the selection") {
                    CHECK(ed.text() == "hello there");
                }
            }
            AND_WHEN("left is pressed without shift") {
                ed.move_left();
                THEN("the selection collapses to its start") {
                    CHECK_FALSE(ed.has_selection());
                    CHECK(ed.caret() == 6);
                }
            }
            AND_WHEN("it is cut and pasted at the start") {
                std::string clip = ed.cut();
                ed.move_to_start();
                ed.paste(clip);
                THEN("the word moved") {
                    CHECK(clip == "world");
                    CHECK(ed.text() == "worldhello ");
                    CHECK(ed.caret() == 5);
                }
            }
        }
        WHEN("everything is selected and backspace pressed") {
            ed.select_all();
            CHECK(ed.copy() == "hello world");
            ed.backspace();
            THEN("the text is empty") {
                CHECK(ed.text().empty());
            }
        }
        WHEN("pasted text has Windows line ends") {
            ed.paste("\r\nline\r\n");
            THEN("they become LF") {
                CHECK(ed.text() == "hello world\nline\n");
            }
        }
    }
}

SCENARIO("moving and deleting word by word") {
    GIVEN("an editor holding a sentence with punctuation") {
        TextEditor ed("Hello, brave  new world!");
        WHEN("ctrl+left is pressed repeatedly from the end") {
            std::vector<std::size_t> stops;
            for (int i = 0; i < 5; ++i) {
                ed.move_word_left();
                stops.push_back(ed.caret());
            }
            THEN("the caret stops at the start of each word") {
                CHECK(stops == std::vector<std::size_t>{18, 14, 7, 0, 0});
            }
        }
        WHEN("ctrl+right is pressed repeatedly from the start") {
            ed.move_to_start();
            std::vector<std::size_t> stops;
            for (int i = 0; i < 5; ++i) {
                ed.move_word_right();
                stops.push_back(ed.caret());
            }
            THEN("the caret stops at the end of each word, then at the end") {
                CHECK(stops == std::vector<std::size_t>{5, 12, 17, 23, 24});
            }
        }
        WHEN("ctrl+backspace is pressed at the end") {
            ed.delete_word_back();
            THEN("the last word and what follows it go") {
                CHECK(ed.text() == "Hello, brave  new ");
            }
        }
        WHEN("ctrl+delete is pressed after 'Hello'") {
            ed.move_to(5);
            ed.delete_word_forward();
            THEN("the punctuation, the space and the next word go") {
                CHECK(ed.text() == "Hello  new world!");
            }
        }
        WHEN("ctrl+shift+left selects a word") {
            ed.move_to(17);
            ed.move_word_left(true);
            THEN("the word is selected") {
                CHECK(ed.copy() == "new");
            }
        }
    }
    GIVEN("an apostrophe inside a word and non-Latin words") {
        TextEditor ed("don't \xD0\xBC\xD0\xB8\xD1\x80 \xCE\xBA\xCE\xB1\xCE\xBB\xCE\xB7");
        WHEN("ctrl+left is pressed from the end") {
            ed.move_word_left();
            std::size_t first = ed.caret();
            ed.move_word_left();
            std::size_t second = ed.caret();
            ed.move_word_left();
            THEN("Greek, Cyrillic and the contraction are each one word") {
                CHECK(first == 13);
                CHECK(second == 6);
                CHECK(ed.caret() == 0);
            }
        }
    }
    GIVEN("an emoji family between words") {
        TextEditor ed("a " + family + " b");
        THEN("no word boundary falls inside it") {
            for (auto b : word_boundaries(ed.text()))
                CHECK(is_grapheme_boundary(ed.text(), b));
        }
    }
}

SCENARIO("home, end, and up and down by visual line") {
    GIVEN("a paragraph that wraps at 10 columns, then a second paragraph") {
        TextEditor ed("the quick brown fox jumps\nover");
        MonoLayout layout(ed.text(), 10);
        REQUIRE(layout.line_count() == 4); // "the quick ", "brown fox ", "jumps", "over"
        WHEN("the caret is in 'quick' and down is pressed twice") {
            ed.move_to(6);
            ed.move_down(layout);
            CHECK(ed.caret() == 16); // brown fox: column 6 is 'f'
            ed.move_down(layout);
            THEN("the column is kept where the line is long enough, else the line end") {
                CHECK(ed.caret() == 25); // "jumps" is shorter: its end
                ed.move_down(layout);
                CHECK(ed.caret() == 30); // "over" end (the goal column 6 is past it)
                ed.move_up(layout);
                ed.move_up(layout);
                CHECK(ed.caret() == 16); // back at column 6
            }
        }
        WHEN("up is pressed on the first line") {
            ed.move_to(4);
            ed.move_up(layout, true);
            THEN("the caret goes to the start, selecting") {
                CHECK(ed.caret() == 0);
                CHECK(ed.copy() == "the ");
            }
        }
        WHEN("down is pressed on the last line") {
            ed.move_to(27);
            ed.move_down(layout);
            THEN("the caret goes to the end") {
                CHECK(ed.caret() == ed.text().size());
            }
        }
        WHEN("home and end are pressed on a wrapped line") {
            ed.move_to(12);
            ed.move_end(false, &layout);
            CHECK(ed.caret() == 19);
            ed.move_home(true, &layout);
            THEN("they go to the visual line's ends") {
                CHECK(ed.caret() == 10);
                CHECK(ed.copy() == "brown fox");
            }
        }
        WHEN("home and end are pressed without a layout") {
            ed.move_to(12);
            ed.move_end();
            CHECK(ed.caret() == 25);
            ed.move_home();
            THEN("they go to the text line's ends") {
                CHECK(ed.caret() == 0);
            }
        }
    }
}

SCENARIO("undo and redo group typing by word") {
    GIVEN("an editor where two words are typed letter by letter") {
        TextEditor ed;
        for (char c : std::string("one two"))
            ed.insert(std::string(1, c));
        WHEN("undo is pressed") {
            REQUIRE(ed.undo());
            THEN("the last word goes") {
                CHECK(ed.text() == "one ");
            }
            AND_WHEN("undo is pressed again") {
                ed.undo();
                THEN("the first word goes too") {
                    CHECK(ed.text().empty());
                    CHECK_FALSE(ed.can_undo());
                }
                AND_WHEN("redo is pressed twice") {
                    ed.redo();
                    ed.redo();
                    THEN("both come back with the caret at the end") {
                        CHECK(ed.text() == "one two");
                        CHECK(ed.caret() == 7);
                        CHECK_FALSE(ed.can_redo());
                    }
                }
            }
        }
        WHEN("the caret moves and more is typed") {
            ed.move_left();
            ed.insert("X");
            ed.undo();
            THEN("the move ended the group") {
                CHECK(ed.text() == "one two");
            }
        }
        WHEN("a run of backspaces is undone") {
            ed.backspace();
            ed.backspace();
            ed.backspace();
            REQUIRE(ed.text() == "one ");
            ed.undo();
            THEN("it comes back in one step") {
                CHECK(ed.text() == "one two");
                CHECK(ed.caret() == 7);
            }
        }
        WHEN("something new is typed after an undo") {
            ed.undo();
            ed.insert("three");
            THEN("redo has nothing left") {
                CHECK_FALSE(ed.redo());
            }
        }
        WHEN("a selection is replaced by typing and undone") {
            ed.select_all();
            ed.insert("z");
            ed.undo();
            THEN("the old text and selection return") {
                CHECK(ed.text() == "one two");
                CHECK(ed.copy() == "one two");
            }
        }
    }
    GIVEN("a paste and a cut") {
        TextEditor ed("abc");
        ed.paste("XYZ");
        ed.select_all();
        ed.cut();
        THEN("each undoes separately") {
            ed.undo();
            CHECK(ed.text() == "abcXYZ");
            ed.undo();
            CHECK(ed.text() == "abc");
        }
    }
    GIVEN("more steps than the history keeps") {
        TextEditor ed;
        for (std::size_t i = 0; i < TextEditor::max_history + 20; ++i)
            ed.paste("x");
        THEN("the oldest are dropped") {
            int undone = 0;
            while (ed.undo())
                ++undone;
            CHECK(undone == static_cast<int>(TextEditor::max_history));
            CHECK(ed.text().size() == 20);
        }
    }
    GIVEN("any edit") {
        TextEditor ed;
        auto r0 = ed.revision();
        ed.insert("a");
        auto r1 = ed.revision();
        ed.move_left();
        auto r2 = ed.revision();
        ed.undo();
        THEN("the revision counts changes to the text, not moves") {
            CHECK(r1 > r0);
            CHECK(r2 == r1);
            CHECK(ed.revision() > r2);
        }
    }
}

SCENARIO("IME composition is held apart until committed") {
    GIVEN("an editor with text") {
        TextEditor ed("\xE6\x97\xA5"); // 日
        WHEN("a composition is in progress and then committed") {
            ed.set_composition("\xE3\x81\xBB\xE3\x82\x93"); // ほん
            CHECK(ed.text() == "\xE6\x97\xA5");
            ed.set_composition("");
            ed.insert("\xE6\x9C\xAC"); // 本
            THEN("only the committed text is in the buffer") {
                CHECK(ed.text() == "\xE6\x97\xA5\xE6\x9C\xAC");
                CHECK(ed.composition().empty());
            }
        }
    }
}

SCENARIO("any sequence of edits keeps the text valid and undoes back to the start") {
    GIVEN("seeded random edits over mixed-script text") {
        const std::vector<std::string> pieces{
            "a", " ", "\n", "é", "日本", e_acute_combining, family, flag_fr, "don't", "---", "# x"};
        for (unsigned seed = 1; seed <= 40; ++seed) {
            std::mt19937 rng(seed);
            TextEditor ed("start " + family);
            const std::string initial = ed.text();
            MonoLayout unused("", 1);
            for (int step = 0; step < 200; ++step) {
                bool shift = rng() % 3 == 0;
                switch (rng() % 16) {
                case 0:
                    ed.insert(pieces[rng() % pieces.size()]);
                    break;
                case 1:
                    ed.paste(pieces[rng() % pieces.size()] + "\r\n");
                    break;
                case 2:
                    ed.backspace();
                    break;
                case 3:
                    ed.delete_forward();
                    break;
                case 4:
                    ed.delete_word_back();
                    break;
                case 5:
                    ed.delete_word_forward();
                    break;
                case 6:
                    ed.move_left(shift);
                    break;
                case 7:
                    ed.move_right(shift);
                    break;
                case 8:
                    ed.move_word_left(shift);
                    break;
                case 9:
                    ed.move_word_right(shift);
                    break;
                case 10:
                    ed.move_home(shift);
                    break;
                case 11:
                    ed.move_end(shift);
                    break;
                case 12:
                    ed.move_to(rng() % (ed.text().size() + 1), shift);
                    break;
                case 13:
                    ed.cut();
                    break;
                case 14:
                    ed.undo();
                    break;
                default: {
                    MonoLayout layout(ed.text(), 1 + rng() % 12);
                    rng() % 2 ? ed.move_up(layout, shift) : ed.move_down(layout, shift);
                }
                }
                REQUIRE(ed.caret() <= ed.text().size());
                REQUIRE(ed.anchor() <= ed.text().size());
                REQUIRE(is_grapheme_boundary(ed.text(), ed.caret()));
                REQUIRE(is_grapheme_boundary(ed.text(), ed.anchor()));
                REQUIRE_FALSE(find_text_problem(ed.text()));
            }
            const std::string final_text = ed.text();
            int undone = 0;
            while (ed.undo())
                ++undone;
            REQUIRE(ed.text() == initial);
            for (int k = 0; k < undone; ++k)
                REQUIRE(ed.redo());
            REQUIRE(ed.text() == final_text);
        }
    }
}

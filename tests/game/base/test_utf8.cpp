#include "game/base/utf8.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

SCENARIO("text problems are found at the line and column an editor shows") {
    GIVEN("clean UTF-8 with accents and emoji") {
        THEN("there is no problem") {
            CHECK_FALSE(find_text_problem("caf\xC3\xA9\n\xF0\x9F\x94\xA5 ok\n"));
        }
    }
    GIVEN("an invalid byte after two accented letters on line 2") {
        auto p = find_text_problem("a\n\xC3\xA9\xC3\xA9\xFFx");
        THEN("it is reported at 2:3, counting code points") {
            REQUIRE(p);
            CHECK(p->line == 2);
            CHECK(p->column == 3);
            CHECK(p->kind == TextProblem::InvalidUtf8);
        }
    }
    GIVEN("a NUL byte") {
        auto p = find_text_problem(std::string_view("ab\0", 3));
        THEN("it is reported as such") {
            REQUIRE(p);
            CHECK(p->column == 3);
            CHECK(p->kind == TextProblem::NulByte);
        }
    }
    GIVEN("overlong encodings, surrogates and truncated sequences") {
        THEN("each is invalid") {
            CHECK(find_text_problem("\xC0\xAF"));
            CHECK(find_text_problem("\xED\xA0\x80"));
            CHECK(find_text_problem("\xE2\x82"));
            CHECK(find_text_problem("\xF4\x90\x80\x80"));
        }
    }
}

SCENARIO("code points are decoded one by one") {
    std::string_view s = "a\xC3\xA9\xF0\x9F\x94\xA5\xFF";
    std::size_t i = 0;
    CHECK(utf8_next(s, i) == U'a');
    CHECK(utf8_next(s, i) == U'\u00E9');
    CHECK(utf8_next(s, i) == U'\U0001F525');
    CHECK(utf8_next(s, i) == U'\uFFFD');
    CHECK(i == s.size());
    CHECK(utf8_length("a\xC3\xA9\xF0\x9F\x94\xA5") == 3);
}

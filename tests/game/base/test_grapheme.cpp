// Grapheme clusters by UAX #29 (ICU): the caret and deletions stop only
// between user-perceived characters, whatever the script.
#include "game/base/grapheme.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace hearth;

namespace {

// The cluster boundaries of `s` going forward, and checked going back.
std::vector<std::size_t> stops(const std::string& s) {
    std::vector<std::size_t> out{0};
    for (std::size_t p = 0; p < s.size();)
        out.push_back(p = next_grapheme(s, p));
    for (std::size_t k = out.size() - 1; k > 0; --k)
        CHECK(prev_grapheme(s, out[k]) == out[k - 1]);
    return out;
}

std::size_t clusters(const std::string& s) {
    return stops(s).size() - 1;
}

} // namespace

SCENARIO("emoji ZWJ sequences, skin tones, keycaps and flags are one character each",
         "[grapheme]") {
    // Family: man ZWJ woman ZWJ girl ZWJ boy.
    CHECK(clusters("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466") == 1);
    // Woman technologist, medium skin tone.
    CHECK(clusters("\U0001F469\U0001F3FD\u200D\U0001F4BB") == 1);
    CHECK(clusters("1\uFE0F\u20E3") == 1);                            // keycap 1
    CHECK(clusters("\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7") == 2); // DE FR: two flags
    // Scotland: a tag sequence.
    CHECK(clusters("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F") == 1);
    // A ZWJ after a letter does not glue the next letter to it.
    CHECK(clusters("a\u200Db") == 2);
}

SCENARIO("Hangul syllables, as jamo or precomposed, are one character each", "[grapheme]") {
    CHECK(clusters("\uD55C\uAD6D\uC5B4") == 3);                   // 한국어 precomposed
    CHECK(clusters("\u1112\u1161\u11AB\u1100\u116E\u11A8") == 2); // 한국 as jamo
    CHECK_FALSE(is_grapheme_boundary("\u1112\u1161\u11AB", 3));
}

SCENARIO("Devanagari vowel signs and viramas stay on their consonant", "[grapheme]") {
    // नमस्ते: न, म, स्ते (sa virama ta, vowel sign e) by the extended rules
    // of the ICU in use: a boundary never falls before a sign or a virama.
    const std::string namaste = "\u0928\u092E\u0938\u094D\u0924\u0947";
    const std::vector<std::size_t> s = stops(namaste);
    CHECK(s.size() - 1 <= 4);
    for (std::size_t b : s) {
        CHECK(b != 9);  // before the virama
        CHECK(b != 15); // before the vowel sign
    }
    // हिन्दी: the vowel sign i is one character with its consonant.
    CHECK_FALSE(is_grapheme_boundary("\u0939\u093F", 3));
}

SCENARIO("combining accents, CR LF, and a caret inside a code point", "[grapheme]") {
    CHECK(clusters("e\u0301te\u0301") == 3); // été written with combining accents
    CHECK(next_grapheme("a\r\nb", 1) == 3);
    CHECK(prev_grapheme("a\r\nb", 3) == 1);
    CHECK(next_grapheme("", 0) == 0);
    CHECK(prev_grapheme("ab", 0) == 0);
    CHECK(is_grapheme_boundary("ab", 2));
    CHECK(is_grapheme_extender(0x0301));
    CHECK(is_grapheme_extender(0x200D));
    CHECK(is_grapheme_extender(0x093F)); // a spacing vowel sign
    CHECK_FALSE(is_grapheme_extender(U'a'));
}

#include "game/base/rng.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace hearth;

SCENARIO("SplitMix64 gives the published sequence on every machine") {
    GIVEN("the seed 1234567") {
        Rng rng{1234567};
        THEN("the first outputs are the reference values") {
            CHECK(rng.next() == 6457827717110365317ULL);
            CHECK(rng.next() == 3203168211198807973ULL);
            CHECK(rng.next() == 9817491932198370423ULL);
        }
    }
}

SCENARIO("bounded integers and shuffles are uniform enough and reproducible") {
    GIVEN("a generator") {
        Rng rng{42};
        THEN("below(n) stays in [0, n) and hits every value") {
            std::vector<int> hits(7, 0);
            for (int i = 0; i < 7000; ++i) {
                auto v = rng.below(7);
                REQUIRE(v < 7);
                ++hits[v];
            }
            for (int h : hits)
                CHECK(h > 800);
            CHECK(rng.below(1) == 0);
        }
        THEN("a shuffle is a permutation, the same for the same seed") {
            std::vector<int> a(50), b(50);
            std::iota(a.begin(), a.end(), 0);
            b = a;
            Rng r1{9}, r2{9};
            shuffle(a, r1);
            shuffle(b, r2);
            CHECK(a == b);
            CHECK(r1 == r2);
            std::vector<int> sorted = a;
            std::sort(sorted.begin(), sorted.end());
            std::vector<int> expected(50);
            std::iota(expected.begin(), expected.end(), 0);
            CHECK(sorted == expected);
            CHECK(a != expected);
        }
    }
}

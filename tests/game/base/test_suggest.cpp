#include "game/base/suggest.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

using namespace hearth;

SCENARIO("a misspelt key gets a suggestion, an unrelated one does not") {
    std::array<std::string_view, 4> keys{"title", "type", "text", "subtitle"};
    CHECK(did_you_mean("titel", keys) == ", did you mean 'title'?");
    CHECK(did_you_mean("Title", keys) == ", did you mean 'title'?");
    CHECK(did_you_mean("subtitel", keys) == ", did you mean 'subtitle'?");
    CHECK(did_you_mean("colour", keys).empty());
    CHECK(did_you_mean("x", keys).empty());
}

namespace {
// The full edit-distance matrix, as the suggestion search once computed it.
std::size_t full_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}
} // namespace

SCENARIO("the banded suggestion search finds what the full search found") {
    GIVEN("random words over a small alphabet and their near misses") {
        std::uint64_t x = 12345;
        auto next = [&] { return (x = x * 6364136223846793005ull + 1442695040888963407ull) >> 33; };
        for (int round = 0; round < 3000; ++round) {
            std::string word, other;
            for (auto n = next() % 12; n > 0; --n)
                word += static_cast<char>('a' + next() % 3);
            for (auto n = next() % 12; n > 0; --n)
                other += static_cast<char>('a' + next() % 3);
            std::array<std::string_view, 1> one{other};
            const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
            const bool close = full_distance(word, other) <= limit;
            INFO(word << " / " << other);
            CHECK(closest_match(word, one) == (close ? other : std::string()));
        }
    }
}

SCENARIO("'did you mean' on long ids is bounded: no full matrix, no minutes") {
    GIVEN("an unknown id of 50,000 characters and 4000 candidates of 2000") {
        std::string word(50000, 'x');
        std::vector<std::string> ids;
        for (int i = 0; i < 4000; ++i)
            ids.push_back(std::string(2000, 'x') + std::to_string(i));
        THEN("there is no suggestion, at once") {
            CHECK(did_you_mean(word, std::span<const std::string>(ids)).empty());
        }
    }
    GIVEN("a 200-character id one letter off a candidate among 4000 of that length") {
        std::vector<std::string> ids;
        for (int i = 0; i < 4000; ++i)
            ids.push_back(std::string(190, 'c') + std::to_string(1000000000 + i));
        std::string word = ids[1234];
        word[5] = 'd';
        THEN("the suggestion is that candidate") {
            CHECK(closest_match(word, std::span<const std::string>(ids)) == ids[1234]);
        }
    }
}

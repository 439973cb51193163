#include "game/base/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace hearth {
namespace {

// Edit distance counting a swap of two neighbours as one edit (so "titel"
// is one step from "title"), ignoring case.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto same = [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    };
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
            if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

template <typename S> std::string closest(std::string_view word, std::span<const S> candidates) {
    std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::size_t best = limit + 1;
    std::string_view found;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d < best) {
            best = d;
            found = c;
        }
    }
    return std::string(found);
}

std::string phrase(const std::string& match) {
    return match.empty() ? std::string() : ", did you mean '" + match + "'?";
}

} // namespace

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
    return closest(word, candidates);
}
std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
    return closest(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    return phrase(closest_match(word, candidates));
}
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    return phrase(closest_match(word, candidates));
}

} // namespace hearth

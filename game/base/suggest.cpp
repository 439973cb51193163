#include "game/base/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace hearth {
namespace {

// Words longer than this get no suggestion: a typo is looked for in names a
// person types, and comparing ids of thousands of characters helps nobody.
constexpr std::size_t kMaxSuggestBytes = 256;

// Edit distance counting a swap of two neighbours as one edit (so "titel"
// is one step from "title"), ignoring case, up to `limit`: anything farther
// is limit + 1. Only the cells within `limit` of the diagonal are computed
// (a cell off it is farther than that already), in three rolling rows, so a
// pair costs O(length * limit) time and O(length) memory.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t limit) {
    auto same = [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    };
    const std::size_t n = a.size(), m = b.size(), far = limit + 1;
    if ((n > m ? n - m : m - n) > limit)
        return far;
    std::vector<std::size_t> before(m + 1, far), prev(m + 1, far), cur(m + 1, far);
    for (std::size_t j = 0; j <= std::min(m, limit); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t lo = i > limit ? i - limit : 1, hi = std::min(m, i + limit);
        cur[lo - 1] = i <= limit ? i : far; // the row's left edge (stale from two rows up)
        std::size_t row_min = cur[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            std::size_t v = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
            if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
                v = std::min(v, before[j - 2] + 1);
            cur[j] = std::min(v, far);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit)
            return far;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], far);
}

template <typename S> std::string closest(std::string_view word, std::span<const S> candidates) {
    if (word.size() > kMaxSuggestBytes)
        return {};
    std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::size_t best = limit + 1;
    std::string_view found;
    for (const auto& c : candidates) {
        std::size_t d = bounded_distance(word, c, best - 1);
        if (d < best) {
            best = d;
            found = c;
            if (best == 0)
                break;
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

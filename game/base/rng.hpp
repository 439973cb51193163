// The session's random generator: SplitMix64, written out here because the
// standard library's distributions differ between implementations, and a
// session must replay card for card on every machine from its seed.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace hearth {

// SplitMix64 (Steele, Lea, Flood 2014). Its whole state is one integer, so it
// lives inside the game state and is saved, compared and undone with it.
struct Rng {
    std::uint64_t state = 0;

    // The next 64 random bits.
    std::uint64_t next();
    // A uniform integer in [0, n); n must be at least 1. Unbiased (rejection).
    std::uint64_t below(std::uint64_t n);

    bool operator==(const Rng&) const = default;
};

// Fisher-Yates shuffle driven by `rng`.
template <class T> void shuffle(std::vector<T>& items, Rng& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        std::size_t j = static_cast<std::size_t>(rng.below(i));
        std::swap(items[i - 1], items[j]);
    }
}

} // namespace hearth

// Shared by the libFuzzer targets: the deck a target reads against, loaded
// once, and a way to touch every diagnostic's text (so printing is fuzzed too).
#pragma once

#include "game/deck/deck_loader.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace hearth::fuzz {

// The deck in `folder`, loaded once; a broken fuzzing set-up stops at once.
inline const Deck& deck_in(const char* folder) {
    static const Deck deck = [&] {
        LoadResult r = load_deck(folder);
        if (!r.deck) {
            for (const Diagnostic& d : r.diagnostics.all())
                std::fprintf(stderr, "%s\n", d.str().c_str());
            std::abort();
        }
        return *r.deck;
    }();
    return deck;
}

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

inline void touch(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.all())
        (void)d.str();
}

} // namespace hearth::fuzz

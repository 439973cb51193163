// Shared by the engine and tools tests: the bundled deck, loaded once, and
// the font library over assets/fonts.
#pragma once

#include "engine/render/asset_paths.hpp"
#include "engine/render/fonts.hpp"
#include "game/deck/deck_loader.hpp"

#include <catch2/catch.hpp>

namespace hearth::test {

// The bundled Microsolidarity deck, loaded through the one loader.
inline const Deck& bundled_deck() {
    static const Deck deck = [] {
        LoadResult r = load_deck(HEARTH_BUNDLED_DECKS "/microsolidarity");
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

// The fonts the table uses.
inline FontLibrary& font_library() {
    static FontLibrary lib(find_assets_dir() / "fonts");
    return lib;
}

} // namespace hearth::test

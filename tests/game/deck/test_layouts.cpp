// The deck format's `layout` (on a type, and over it on a card) and a card's
// own `back`: read, merged and written back.
#include "game/deck/deck_loader.hpp"
#include "game/deck/deck_writer.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

const std::filesystem::path kFolder = std::filesystem::path(HEARTH_TEST_DECKS) / "good/small";

const char* kDeck = R"([deck]
id = "l"
name = "Layouts"
[types.photo]
name = "Photo"
color = "#20303a"
ink = "#f4efe6"
art = "art/cells.svg"
layout = { art = "full", text_align = "left", text_size = [7, 10] }
[[cards]]
id = "harbour"
type = "photo"
title = "Harbour"
layout = { art = "only" }
back = "art/cells.svg"
[[cards]]
id = "quay"
type = "photo"
title = "Quay"
layout = { text_size = 12 }
)";

} // namespace

SCENARIO("a type's layout lays out its cards; a card's own layout changes only what it names") {
    LoadResult r = load_deck_text(kDeck, kFolder);
    REQUIRE(r.ok());
    const Deck& deck = *r.deck;
    const FaceLayout type = deck.find_type("photo")->layout;
    CHECK(type.art == ArtPlace::Full);
    CHECK(type.align == BodyAlign::Left);
    CHECK(type.text_pt_min == 7);
    CHECK(type.text_pt_max == 10);
    const FaceLayout harbour = deck.layout_of(*deck.find_card("harbour"));
    CHECK(harbour.art == ArtPlace::Only);
    CHECK(harbour.align == BodyAlign::Left);
    CHECK(harbour.text_pt_max == 10);
    const FaceLayout quay = deck.layout_of(*deck.find_card("quay"));
    CHECK(quay.art == ArtPlace::Full);
    CHECK(quay.text_pt_min == 12);
    CHECK(quay.text_pt_max == 12);
    THEN("the card's own back is resolved inside the deck folder") {
        const Card& h = *deck.find_card("harbour");
        REQUIRE_FALSE(h.back_file.empty());
        CHECK(h.back_file == deck.find_type("photo")->art_file); // the same file
        CHECK(deck.back_file_of(h) == h.back_file);
        CHECK(deck.back_file_of(*deck.find_card("quay")) == deck.info.back_file);
    }
}

SCENARIO("layouts and backs written by the deck writer read back the same") {
    LoadResult r = load_deck_text(kDeck, kFolder);
    REQUIRE(r.ok());
    const std::string written = write_deck(*r.deck);
    CHECK_THAT(
        written,
        Catch::Contains(R"(layout = { art = "full", text_align = "left", text_size = [7, 10] })"));
    CHECK_THAT(written, Catch::Contains(R"(layout = { art = "only" })"));
    CHECK_THAT(written, Catch::Contains(R"(layout = { text_size = 12 })"));
    LoadResult again = load_deck_text(written, kFolder);
    REQUIRE(again.ok());
    for (const Card& c : r.deck->cards) {
        const Card* d = again.deck->find_card(c.id);
        REQUIRE(d);
        CHECK(d->layout == c.layout);
        CHECK(d->back == c.back);
    }
    CHECK(again.deck->find_type("photo")->layout == r.deck->find_type("photo")->layout);
}

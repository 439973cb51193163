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

SCENARIO("a two-sided card's other side is a face of its own, and is written back") {
    const std::string text = std::string(kDeck) + R"(
[[cards]]
id = "riddle"
type = "photo"
title = "A riddle"
text = "What gets bigger the more you take away?"
back = "art/cells.svg"
back_title = "The answer"
back_text = "A **hole**."
[[cards]]
id = "plain"
type = "photo"
title = "Plain"
back_text = "Only text on the back."
)";
    LoadResult r = load_deck_text(text, kFolder);
    REQUIRE(r.ok());
    const Card& riddle = *r.deck->find_card("riddle");
    REQUIRE(riddle.two_sided());
    CHECK_FALSE(r.deck->find_card("quay")->two_sided());
    const Card face = back_face(riddle);
    CHECK(face.id == "riddle#back");
    CHECK(face.title == "The answer");
    CHECK(face.text == "A **hole**.");
    CHECK(face.art_file == riddle.back_file);
    CHECK(face.number == riddle.number);
    CHECK(face.layout == riddle.layout);
    CHECK(back_face(*r.deck->find_card("plain")).title == "Plain"); // the card's own title
    LoadResult again = load_deck_text(write_deck(*r.deck), kFolder);
    REQUIRE(again.ok());
    CHECK(again.deck->find_card("riddle")->back_title == "The answer");
    CHECK(again.deck->find_card("riddle")->back_text == "A **hole**.");
    CHECK(again.deck->find_card("plain")->back_text == "Only text on the back.");
}

SCENARIO("a deck's own fonts are read, resolved inside its folder and written back") {
    // The small deck's folder has no fonts: an SVG stands in, which the
    // loader refuses as a font, and the licence is required.
    std::string text = kDeck;
    const std::string head = "name = \"Layouts\"\n";
    text.replace(text.find(head), head.size(),
                 head + "fonts = { title = \"art/cells.svg\", license = \"OFL-1.1\" }\n");
    LoadResult r = load_deck_text(text, kFolder);
    REQUIRE_FALSE(r.ok());
    std::string all;
    for (const auto& d : r.diagnostics.all())
        all += d.str() + "\n";
    CHECK_THAT(all, Catch::Contains("error: the deck's title font: 'art/cells.svg' is not a "
                                    "TrueType or OpenType font (.ttf, .otf)"));
}

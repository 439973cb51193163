// Words on the TV that no game message names, in the table's language: the
// card's cross references ("see 2"), the journal's notices about saving,
// and the toasts around them (regressions: they stayed English in German,
// Spanish and French), and set-up's range of minutes.
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/translation.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

const Deck& small_deck() {
    static const Deck deck = [] {
        LoadResult r = load_deck(HEARTH_TEST_DECKS "/good/small");
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

// The see line of the small deck's pair walk, in `language`.
std::string see_line_in(const char* language) {
    REQUIRE(set_interface_language(language, find_locale_dir()));
    const Deck& deck = small_deck();
    const Card& walk = *deck.find_card("pair-walk");
    CardLayout L = layout_card(test::font_library(), deck, walk, 500, 700, tr(kSeeWords));
    set_interface_language("en", {});
    return L.see_text;
}

} // namespace

SCENARIO("a card's cross references are in the interface's language") {
    const std::string number = std::to_string(small_deck().find_card("first-question")->number);
    CHECK(see_line_in("en") == "see " + number);
    CHECK(see_line_in("de") == "siehe " + number);
    CHECK(see_line_in("es") == "ver " + number);
    CHECK(see_line_in("fr") == "voir " + number);
    CHECK(see_line_in("pseudo") != "see " + number);
}

SCENARIO("the journal's notices about saving are in the interface's language") {
    JournalNotice fresh{JournalNotice::Kind::FreshId, "2026-12-02.md", {}, {}, "e1", "e1-2"};
    JournalNotice beside{JournalNotice::Kind::SavedBeside,
                         "2026-12-02.md",
                         "2026-12-02.recovered.md",
                         "it cannot be read",
                         "e1",
                         {}};
    CHECK(SoloScene::notice_words(fresh) ==
          "entry e1 in 2026-12-02.md was changed outside Hearth or is damaged; it is kept as it "
          "is, and this text is saved below it as entry e1-2");
    REQUIRE(set_interface_language("de", find_locale_dir()));
    const std::string de = SoloScene::notice_words(fresh);
    const std::string de_beside = SoloScene::notice_words(beside);
    set_interface_language("en", {});
    CHECK(de.find("Eintrag e1") != std::string::npos);
    CHECK(de.find("e1-2") != std::string::npos);
    CHECK(de_beside.find("2026-12-02.recovered.md") != std::string::npos);
    CHECK(de_beside.find("gespeichert") != std::string::npos);
}

SCENARIO("set-up says a range of minutes in the table's language") {
    CHECK(words::about_minutes_range(15, 70, 4, false) == "About 15 to 70 minutes for 4 people");
    CHECK(words::about_minutes_range(15, 70, 4, true) ==
          "About 15 to 70 minutes a round for 4 people; the host ends it");
    const std::pair<const char*, const char*> said[] = {
        {"de", "Etwa 15 bis 70 Minuten für 4 Personen"},
        {"es", "Entre 15 y 70 minutos para 4 personas"},
        {"fr", "Entre 15 et 70 minutes pour 4 personnes"},
    };
    for (auto [language, words_said] : said) {
        REQUIRE(set_interface_language(language, find_locale_dir()));
        CHECK(words::about_minutes_range(15, 70, 4, false) == words_said);
        set_interface_language("en", {});
    }
}

#include "game/base/atomic_file.hpp"
#include "game/journal/journal_lookback.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

JournalEntry entry(Date date, int hour, int number, std::string card_id, std::string text) {
    JournalEntry e;
    e.date = date;
    e.time = {hour, 0, 0};
    e.id = entry_id(e.date, e.time);
    e.card_number = number;
    e.card_id = std::move(card_id);
    e.card_title = "Card " + std::to_string(number);
    e.deck_id = "deck";
    e.text = std::move(text);
    return e;
}

} // namespace

SCENARIO("looking back over every entry, by date and by card") {
    fs::path dir =
        fs::temp_directory_path() / ("hearth-lookback-" + std::to_string(std::random_device{}()));
    Journal journal(dir);
    GIVEN("entries over two days, one day file with a damaged entry") {
        REQUIRE(journal.save(entry({2026, 11, 25}, 20, 46, "walk", "evening walk")).ok);
        REQUIRE(journal.save(entry({2026, 11, 25}, 8, 12, "crew", "morning crew")).ok);
        REQUIRE(journal.save(entry({2026, 11, 26}, 9, 46, "walk", "walk again")).ok);
        std::string bytes = *read_file(journal.day_file({2026, 11, 26}));
        REQUIRE_FALSE(write_file_atomically(journal.day_file({2026, 11, 26}),
                                            bytes + "<!-- hearth-end id=\"stray\" -->\n"));
        WHEN("all entries are read") {
            auto all = read_all_entries(journal);
            THEN("they come newest first, and the damage is reported") {
                REQUIRE(all.entries.size() == 3);
                CHECK(all.entries[0].text == "walk again");
                CHECK(all.entries[1].text == "evening walk");
                CHECK(all.entries[2].text == "morning crew");
                CHECK(all.diagnostics.all().size() == 1);
            }
            AND_WHEN("they are grouped by card") {
                auto groups = group_by_card(all.entries);
                THEN("cards come in number order, each with its entries newest first") {
                    REQUIRE(groups.size() == 2);
                    CHECK(groups[0].card_number == 12);
                    CHECK(groups[1].card_id == "walk");
                    REQUIRE(groups[1].entries.size() == 2);
                    CHECK(groups[1].entries[0].text == "walk again");
                }
            }
        }
    }
    fs::remove_all(dir);
}

SCENARIO("excerpts are one short line") {
    CHECK(excerpt("short", 20) == "short");
    CHECK(excerpt("two\n\nlines\tand  spaces", 40) == "two lines and spaces");
    CHECK(excerpt("the quick brown fox", 12) == "the quick…");
    CHECK(excerpt("日本語のテキスト", 3) == "日本語…");
    CHECK(excerpt("👩‍👧👩‍👧👩‍👧", 2) == "👩‍👧👩‍👧…");
    CHECK(excerpt("", 5).empty());
}

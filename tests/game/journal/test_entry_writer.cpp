#include "game/base/atomic_file.hpp"
#include "game/journal/entry_writer.hpp"
#include "game/journal/journal_format.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path =
        fs::temp_directory_path() / ("hearth-writer-" + std::to_string(std::random_device{}()));
    ~TempFolder() { fs::remove_all(path); }
};

JournalEntry card(int number, std::string id, int hour, int minute) {
    JournalEntry e;
    e.date = {2026, 11, 26};
    e.time = {hour, minute, 0};
    e.card_number = number;
    e.card_id = std::move(id);
    e.card_title = "Title " + std::to_string(number);
    e.deck_id = "deck";
    return e;
}

} // namespace

SCENARIO("what is typed reaches the journal within a second, and at once on a new card") {
    TempFolder tmp;
    Journal journal(tmp.path);
    EntryWriter w(journal);
    GIVEN("an entry begun at 1 000 ms") {
        w.begin(card(12, "crew", 9, 14), 1'000);
        THEN("nothing is written while nothing is typed") {
            CHECK_FALSE(w.unsaved());
            CHECK_FALSE(w.poll(50'000));
            CHECK_FALSE(fs::exists(journal.day_file({2026, 11, 26})));
        }
        WHEN("letters are typed at 2 000, 2 300 and 2 900 ms") {
            for (auto [t, s] : {std::pair{2'000, "a"}, {2'300, "b"}, {2'900, "c"}}) {
                w.editor().insert(s);
                w.edited(t);
            }
            THEN("the save is due at 2 750 ms, not before") {
                CHECK(w.deadline() == 2'750);
                CHECK_FALSE(w.poll(2'749));
                CHECK(w.poll(2'750));
                CHECK(journal.read_day({2026, 11, 26}).entries.at(0).text == "abc");
                CHECK_FALSE(w.unsaved());
            }
            AND_WHEN("a new card is drawn before the second is up") {
                w.begin(card(13, "dyad", 9, 15), 2'700);
                THEN("the first entry was written at once and the new one is empty") {
                    auto day = journal.read_day({2026, 11, 26});
                    REQUIRE(day.entries.size() == 1);
                    CHECK(day.entries[0].text == "abc");
                    CHECK(w.entry().card_id == "dyad");
                    CHECK(w.editor().text().empty());
                }
            }
        }
        WHEN("the journal folder cannot be written") {
            REQUIRE_FALSE(write_file_atomically(tmp.path / "blocker", "x"));
            Journal blocked(tmp.path / "blocker" / "journal");
            EntryWriter bw(blocked);
            bw.begin(card(1, "c", 9, 0), 0);
            bw.editor().insert("keep me");
            bw.edited(0);
            THEN("the save fails, says why, stays unsaved and is retried a second later") {
                CHECK_FALSE(bw.poll(750));
                CHECK(bw.error().find("cannot create the journal folder") == 0);
                CHECK(bw.unsaved());
                CHECK(bw.deadline() == 1'750);
                CHECK(bw.editor().text() == "keep me");
            }
        }
        WHEN("the entry was changed by hand between two saves") {
            w.editor().insert("first");
            w.edited(0);
            REQUIRE(w.flush(0));
            fs::path file = journal.day_file({2026, 11, 26});
            std::string bytes = *read_file(file);
            bytes.replace(bytes.find("first"), 5, "by hand");
            REQUIRE_FALSE(write_file_atomically(file, bytes));
            w.editor().insert(" more");
            w.edited(10);
            REQUIRE(w.flush(10));
            THEN("the writer moves to the fresh id and says so once") {
                CHECK(w.entry().id == "2026-11-26T09:14:00-2");
                CHECK(w.take_notices().size() == 1);
                CHECK(w.take_notices().empty());
                auto day = journal.read_day({2026, 11, 26});
                REQUIRE(day.entries.size() == 2);
                CHECK(day.entries[0].text == "by hand");
                CHECK(day.entries[1].text == "first more");
            }
        }
    }
}

SCENARIO("the example in docs/journal.md reads as two entries") {
    auto doc = read_file(fs::path(HEARTH_DOCS) / "journal.md");
    REQUIRE(doc);
    auto from = doc->find("```markdown\n");
    auto to = doc->find("```\n", from + 12);
    REQUIRE(from != std::string::npos);
    std::string example = doc->substr(from + 12, to - from - 12);
    ParsedDay day = parse_day(example, "2026-11-26.md");
    CHECK(day.diagnostics.all().empty());
    REQUIRE(day.entries.size() == 2);
    CHECK(day.entries[0].entry.card_number == 12);
    CHECK(day.entries[1].entry.text.substr(0, 16) == "<!-- hearth-end ");
}

SCENARIO("two entries started in the same second keep both texts") {
    // What broke: a card drawn within the second of the one before gave the
    // new entry the same id, and its first save replaced the earlier entry.
    TempFolder tmp;
    Journal journal(tmp.path);
    EntryWriter w(journal);
    w.begin(card(12, "crew", 9, 14), 0);
    w.editor().insert("first card");
    w.edited(0);
    REQUIRE(w.begin(card(13, "dyad", 9, 14), 10));
    w.editor().insert("second card");
    w.edited(10);
    REQUIRE(w.flush(20));
    auto day = journal.read_day({2026, 11, 26});
    REQUIRE(day.entries.size() == 2);
    CHECK(day.entries[0].text == "first card");
    CHECK(day.entries[1].text == "second card");
    CHECK(day.entries[1].id == "2026-11-26T09:14:00-2");
}

SCENARIO("ids for new entries are never handed out twice") {
    TempFolder tmp;
    Journal journal(tmp.path);
    CHECK(journal.new_entry_id({2026, 11, 26}, {9, 0, 0}) == "2026-11-26T09:00:00");
    CHECK(journal.new_entry_id({2026, 11, 26}, {9, 0, 0}) == "2026-11-26T09:00:00-2");
    GIVEN("an entry with that id already in the day file, written by another run") {
        Journal other(tmp.path);
        JournalEntry e = card(1, "c", 10, 0);
        e.id = entry_id(e.date, e.time);
        e.text = std::string(1, 'x'); // not = "x": GCC 12 warns falsely (-Wrestrict) here
        REQUIRE(other.save(e).ok);
        THEN("the next id skips it") {
            CHECK(journal.new_entry_id({2026, 11, 26}, {10, 0, 0}) == "2026-11-26T10:00:00-2");
        }
    }
}

SCENARIO("a new card is refused while the entry so far cannot be saved") {
    TempFolder tmp;
    REQUIRE_FALSE(write_file_atomically(tmp.path / "blocker", "x"));
    Journal blocked(tmp.path / "blocker" / "journal");
    EntryWriter w(blocked);
    REQUIRE(w.begin(card(1, "c", 9, 0), 0));
    w.editor().insert("do not lose me");
    w.edited(0);
    THEN("begin says no and the text and entry stay") {
        CHECK_FALSE(w.begin(card(2, "d", 9, 1), 100));
        CHECK(w.editor().text() == "do not lose me");
        CHECK(w.entry().card_id == "c");
        CHECK(w.unsaved());
    }
}

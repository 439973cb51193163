#include "game/base/atomic_file.hpp"
#include "game/journal/journal.hpp"
#include "game/journal/journal_format.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <random>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path =
        fs::temp_directory_path() / ("hearth-journal-" + std::to_string(std::random_device{}()));
    ~TempFolder() { fs::remove_all(path); }
};

JournalEntry entry_at(int hour, int minute, std::string card_id, std::string text,
                      Date date = {2026, 11, 26}) {
    JournalEntry e;
    e.date = date;
    e.time = {hour, minute, 0};
    e.id = entry_id(e.date, e.time);
    e.card_number = 12;
    e.card_id = std::move(card_id);
    e.card_title = "Crew check-in";
    e.deck_id = "belonging-on-purpose";
    e.text = std::move(text);
    return e;
}

std::string read(const fs::path& p) {
    return read_file(p).value_or("<missing>");
}

} // namespace

SCENARIO("the journal folder follows the XDG base directory rules") {
    auto env = [](std::map<std::string, std::string> vars) {
        return [vars](std::string_view name) -> std::optional<std::string> {
            auto it = vars.find(std::string(name));
            if (it == vars.end())
                return std::nullopt;
            return it->second;
        };
    };
    CHECK(journal_folder(env({{"XDG_DATA_HOME", "/x/data"}, {"HOME", "/home/a"}})) ==
          fs::path("/x/data/hearth/journal"));
    CHECK(journal_folder(env({{"HOME", "/home/a"}})) ==
          fs::path("/home/a/.local/share/hearth/journal"));
    // The spec says a relative XDG_DATA_HOME is invalid and to be ignored.
    CHECK(journal_folder(env({{"XDG_DATA_HOME", "rel"}, {"HOME", "/home/a"}})) ==
          fs::path("/home/a/.local/share/hearth/journal"));
    CHECK(journal_folder(env({{"XDG_DATA_HOME", ""}, {"HOME", "/home/a"}})) ==
          fs::path("/home/a/.local/share/hearth/journal"));
    CHECK_FALSE(journal_folder(env({})));
}

SCENARIO("entries are saved to a day file and saved again in place") {
    TempFolder tmp;
    Journal journal(tmp.path / "journal");
    GIVEN("a first entry saved") {
        auto e = entry_at(9, 14, "crew-check-in", "Hello");
        auto r = journal.save(e);
        REQUIRE(r.ok);
        fs::path file = tmp.path / "journal/2026-11-26.md";
        THEN("the day file has a title and the entry, private to the person") {
            CHECK(r.file == file);
            CHECK(r.id == e.id);
            CHECK(r.notices.empty());
            CHECK(read(file) == "# 2026-11-26\n\n" + render_entry(e));
            auto perms = fs::status(file).permissions();
            CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
            CHECK((fs::status(tmp.path / "journal").permissions() & fs::perms::others_all) ==
                  fs::perms::none);
        }
        WHEN("it is saved again with more text, and a second entry follows") {
            e.text = "Hello, # world\n\n---\n";
            REQUIRE(journal.save(e).ok);
            auto f = entry_at(10, 0, "other", "Second");
            REQUIRE(journal.save(f).ok);
            e.text += "more";
            REQUIRE(journal.save(e).ok);
            THEN("the first is replaced in place and the second appended after a blank line") {
                CHECK(read(file) == "# 2026-11-26\n\n" + render_entry(e) + "\n" + render_entry(f));
                auto day = journal.read_day({2026, 11, 26});
                REQUIRE(day.entries.size() == 2);
                CHECK(day.entries[0].text == e.text);
                CHECK(day.diagnostics.all().empty());
            }
        }
        WHEN("the person adds notes before and after the entry in another editor") {
            std::string bytes = read(file);
            bytes = "My notes\r\n\xFF\n" + bytes + "after, no newline";
            REQUIRE_FALSE(write_file_atomically(file, bytes));
            e.text = "Hello again";
            auto r2 = journal.save(e);
            THEN("Hearth replaces only its own entry's bytes") {
                REQUIRE(r2.ok);
                CHECK(r2.id == e.id);
                CHECK(read(file) ==
                      "My notes\r\n\xFF\n# 2026-11-26\n\n" + render_entry(e) + "after, no newline");
            }
        }
        WHEN("the person edits the entry's text by hand, then Hearth saves it again") {
            std::string bytes = read(file);
            bytes.replace(bytes.find("Hello"), 5, "Hand-edited");
            REQUIRE_FALSE(write_file_atomically(file, bytes));
            e.text = "Hello from Hearth";
            auto r2 = journal.save(e);
            THEN("the hand edit stays and Hearth's text goes below under a fresh id") {
                REQUIRE(r2.ok);
                CHECK(r2.id == e.id + "-2");
                REQUIRE(r2.notices.size() == 1);
                CHECK(r2.notices[0].kind == JournalNotice::Kind::FreshId);
                CHECK(r2.notices[0].id == e.id);
                CHECK(r2.notices[0].fresh_id == r2.id);
                auto moved = e;
                moved.id = r2.id;
                CHECK(read(file) == bytes + "\n" + render_entry(moved));
                AND_THEN("saving under the fresh id replaces that copy in place") {
                    moved.text += "!";
                    auto r3 = journal.save(moved);
                    CHECK(r3.id == moved.id);
                    CHECK(read(file) == bytes + "\n" + render_entry(moved));
                }
            }
        }
        WHEN("the entry's end marker is deleted by hand") {
            std::string bytes = read(file);
            bytes.erase(bytes.find("<!-- hearth-end"));
            REQUIRE_FALSE(write_file_atomically(file, bytes));
            e.text = "Still here";
            auto r2 = journal.save(e);
            THEN("the damaged bytes stay and the entry is saved again below") {
                REQUIRE(r2.ok);
                CHECK(r2.id == e.id + "-2");
                CHECK(read(file).substr(0, bytes.size()) == bytes);
                auto day = journal.read_day({2026, 11, 26});
                REQUIRE(day.entries.size() == 1);
                CHECK(day.entries[0].text == "Still here");
                CHECK(day.diagnostics.all().size() == 1);
            }
        }
        WHEN("another run of Hearth (a new Journal) saves an entry with the same id") {
            Journal other(tmp.path / "journal");
            auto clash = entry_at(9, 14, "crew-check-in", "Other run");
            auto r2 = other.save(clash);
            THEN("it never replaces what it did not write") {
                CHECK(r2.id == e.id + "-2");
                auto day = other.read_day({2026, 11, 26});
                REQUIRE(day.entries.size() == 2);
                CHECK(day.entries[0].text == "Hello");
                CHECK(day.entries[1].text == "Other run");
            }
        }
    }
}

SCENARIO("a day file that cannot be read is never replaced") {
    if (::geteuid() == 0)
        return; // root reads everything; the side-file path is covered by the directory case
    TempFolder tmp;
    Journal journal(tmp.path);
    fs::create_directories(tmp.path);
    fs::path file = journal.day_file({2026, 11, 26});
    REQUIRE_FALSE(write_file_atomically(file, "secret"));
    fs::permissions(file, fs::perms::none);
    auto r = journal.save(entry_at(9, 0, "c", "text"));
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(r.ok);
    CHECK(r.file == journal.side_file({2026, 11, 26}));
    CHECK(read(file) == "secret");
}

SCENARIO("a day file that is a folder sends the entry to a side file") {
    TempFolder tmp;
    Journal journal(tmp.path);
    fs::create_directories(journal.day_file({2026, 11, 26}));
    auto e = entry_at(9, 0, "c", "text");
    auto r = journal.save(e);
    THEN("the side file holds it, the result says so, and reading finds it") {
        REQUIRE(r.ok);
        CHECK(r.file == journal.side_file({2026, 11, 26}));
        REQUIRE(r.notices.size() == 1);
        CHECK(r.notices[0].kind == JournalNotice::Kind::SavedBeside);
        CHECK(r.notices[0].other.find("2026-11-26.recovered.md") != std::string::npos);
        auto day = journal.read_day({2026, 11, 26});
        REQUIRE(day.entries.size() == 1);
        CHECK(day.entries[0].text == "text");
        CHECK(journal.days() == std::vector<Date>{{2026, 11, 26}});
    }
}

SCENARIO("a day file that is a link is written where it points") {
    TempFolder tmp;
    Journal journal(tmp.path / "journal");
    fs::create_directories(tmp.path / "journal");
    fs::path target = tmp.path / "synced.md";
    REQUIRE_FALSE(write_file_atomically(target, "# mine\n"));
    fs::create_symlink(target, journal.day_file({2026, 11, 26}));
    REQUIRE(journal.save(entry_at(9, 0, "c", "x")).ok);
    CHECK(fs::is_symlink(journal.day_file({2026, 11, 26})));
    CHECK(read(target).substr(0, 9) == "# mine\n\n<");
}

SCENARIO("looking back by date and by card") {
    TempFolder tmp;
    Journal journal(tmp.path);
    GIVEN("entries on three days, two of them about the same card") {
        REQUIRE(journal.save(entry_at(8, 0, "dyad", "first dyad", {2026, 11, 24})).ok);
        REQUIRE(journal.save(entry_at(9, 0, "crew", "crew", {2026, 11, 25})).ok);
        REQUIRE(journal.save(entry_at(7, 0, "dyad", "second dyad", {2026, 11, 26})).ok);
        REQUIRE(journal.save(entry_at(7, 30, "dyad", "  \n", {2026, 11, 26})).ok);
        fs::create_directories(tmp.path / "not-a-day.md");
        REQUIRE_FALSE(write_file_atomically(tmp.path / "notes.md", "x"));
        REQUIRE_FALSE(write_file_atomically(tmp.path / ".2026-11-27.md.tmp-1", "x"));
        THEN("the days are listed oldest first, ignoring other files") {
            CHECK(journal.days() ==
                  std::vector<Date>{{2026, 11, 24}, {2026, 11, 25}, {2026, 11, 26}});
        }
        THEN("entries by card come newest first") {
            auto list = journal.entries_for_card("belonging-on-purpose", "dyad");
            REQUIRE(list.size() == 3);
            CHECK(list[0].text == "  \n");
            CHECK(list[1].text == "second dyad");
            CHECK(list[2].text == "first dyad");
            CHECK(journal.entries_for_card("other-deck", "dyad").empty());
        }
        THEN("the earlier entry offered for a card skips the current and empty ones") {
            auto earlier =
                journal.earlier_entry("belonging-on-purpose", "dyad", "2026-11-26T07:00:00");
            REQUIRE(earlier);
            CHECK(earlier->text == "first dyad");
            CHECK(journal.earlier_entry("belonging-on-purpose", "dyad")->text == "second dyad");
            CHECK_FALSE(journal.earlier_entry("belonging-on-purpose", "none"));
        }
    }
}

SCENARIO("another program appending to today's file while Hearth autosaves loses no line") {
    TempFolder tmp;
    Journal journal(tmp.path);
    auto e = entry_at(9, 0, "c", "");
    REQUIRE(journal.save(e).ok);
    const fs::path file = journal.day_file(e.date);
    constexpr int kLines = 600;
    std::atomic<bool> done{false};
    std::atomic<int> saves{0};
    // As `echo ... >> file` does: open, append one line, close; every
    // millisecond, and every hundred lines it waits for a save to have run
    // since (on a loaded machine an fsync can take longer than a hundred
    // lines: the saves and the lines still interleave).
    std::thread other([&] {
        for (int i = 0; i < kLines; ++i) {
            std::string line = "outside line " + std::to_string(i) + "\n";
            int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
            if (fd >= 0) {
                (void)!::write(fd, line.data(), line.size());
                ::close(fd);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (i % 100 == 99)
                for (const int seen = saves; saves == seen;)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        done = true;
    });
    while (!done) {
        e.text += "typed ";
        auto r = journal.save(e);
        REQUIRE(r.ok);
        e.id = r.id;
        ++saves;
    }
    other.join();
    const std::string bytes = read(file);
    int missing = 0;
    for (int i = 0; i < kLines; ++i)
        if (bytes.find("outside line " + std::to_string(i) + "\n") == std::string::npos)
            ++missing;
    INFO(saves.load() << " saves");
    CHECK(missing == 0);
    CHECK(saves >= 5); // saves ran while the lines came in (each costs an fsync)
    // And the entry holds the last text.
    auto day = journal.read_day(e.date);
    REQUIRE(!day.entries.empty());
    CHECK(day.entries.front().text == e.text);
}

SCENARIO("a day file replaced by another program during a save is read again, not overwritten") {
    TempFolder tmp;
    Journal journal(tmp.path);
    auto e = entry_at(9, 0, "c", "mine");
    REQUIRE(journal.save(e).ok);
    const fs::path file = journal.day_file(e.date);
    // Another editor saves the file its own way (a new file renamed over it).
    REQUIRE_FALSE(write_file_atomically(file, read(file) + "\nA note written elsewhere.\n"));
    e.text = "mine, longer";
    auto r = journal.save(e);
    REQUIRE(r.ok);
    CHECK(read(file).find("A note written elsewhere.") != std::string::npos);
    CHECK(read(file).find("mine, longer") != std::string::npos);
}

SCENARIO("a day file that is a FIFO is never waited on") {
    TempFolder tmp;
    Journal journal(tmp.path);
    fs::create_directories(tmp.path);
    REQUIRE(::mkfifo(journal.day_file({2026, 11, 26}).c_str(), 0600) == 0);
    auto r = journal.save(entry_at(9, 0, "c", "text"));
    CHECK(r.ok);
    CHECK(r.file == journal.side_file({2026, 11, 26}));
    CHECK(fs::is_fifo(journal.day_file({2026, 11, 26})));
}

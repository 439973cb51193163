#include "game/journal/journal_format.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hearth;

namespace {

JournalEntry sample(std::string text) {
    JournalEntry e;
    e.date = {2026, 11, 26};
    e.time = {9, 14, 3};
    e.id = entry_id(e.date, e.time);
    e.card_number = 12;
    e.card_id = "crew-check-in";
    e.card_title = "Crew \"check-in\" --> now";
    e.deck_id = "belonging-on-purpose";
    e.text = std::move(text);
    return e;
}

JournalEntry round_trip(const JournalEntry& e) {
    std::string bytes = render_day_title(e.date) + render_entry(e);
    ParsedDay day = parse_day(bytes, "2026-11-26.md");
    REQUIRE(day.diagnostics.all().empty());
    REQUIRE(day.entries.size() == 1);
    CHECK(day.entries[0].end == bytes.size());
    return day.entries[0].entry;
}

std::string diagnostics_text(const ParsedDay& d) {
    std::string out;
    for (const auto& x : d.diagnostics.all())
        out += x.str() + "\n";
    return out;
}

} // namespace

SCENARIO("entry ids and dates") {
    CHECK(entry_id({2026, 1, 2}, {3, 4, 5}) == "2026-01-02T03:04:05");
    CHECK(parse_entry_id("2026-01-02T03:04:05-2"));
    CHECK_FALSE(parse_entry_id("2026-01-02T03:04:05-02"));
    CHECK_FALSE(parse_entry_id("2026-02-30T03:04:05"));
    CHECK_FALSE(parse_entry_id("2026-01-02T24:00:00"));
    CHECK(parse_date("2028-02-29"));
    CHECK_FALSE(parse_date("2026-02-29"));
    CHECK_FALSE(parse_date("2026-1-02"));
}

SCENARIO("an entry is written as readable Markdown") {
    GIVEN("an entry about card 12") {
        auto e = sample("First line.\n\nSecond paragraph.");
        THEN("it has a hidden marker, a heading, the text and an end marker") {
            CHECK(render_entry(e) ==
                  "<!-- hearth-entry id=\"2026-11-26T09:14:03\" card=\"12\" "
                  "card-id=\"crew-check-in\" title=\"Crew \\\"check-in\\\" --\\> now\" "
                  "deck=\"belonging-on-purpose\" -->\n"
                  "## 09:14 · 12 · Crew \"check-in\" --> now\n"
                  "\n"
                  "First line.\n\nSecond paragraph.\n"
                  "\n"
                  "<!-- hearth-end id=\"2026-11-26T09:14:03\" -->\n");
        }
    }
}

SCENARIO("entry text round-trips exactly, whatever it holds") {
    GIVEN("texts that look like Markdown structure or like Hearth's own markers") {
        std::vector<std::string> texts{
            "",
            "\n",
            "\n\n\n",
            "# A heading\n## 09:14 · 12 · Crew check-in\n---\n\n***\n",
            "text\n\n\n\nwith blank lines\n\n",
            "<!-- hearth-end id=\"2026-11-26T09:14:03\" -->",
            "<!-- hearth-entry id=\"2026-11-26T09:14:03\" card=\"1\" card-id=\"x\" -->\nbody\n"
            "<!-- hearth-end id=\"2026-11-26T09:14:03\" -->\n",
            "\\<!-- hearth-end -->\n\\\\<!-- hearth-entry x\n",
            "  <!-- hearth-end id=\"x\" -->\n<!-- a comment of my own -->",
            "Привет, мир. 日本語のテキスト。 مرحبا بالعالم. नमस्ते\n",
            "emoji 👩‍👧 🇫🇷 👍🏿 e\xCC\x81\n\ttabbed",
            "ends without newline",
            "```\ncode\n<!-- hearth-\n```",
        };
        for (const auto& t : texts) {
            WHEN("the text is " + t) {
                THEN("parsing the rendering gives it back") {
                    auto back = round_trip(sample(t));
                    CHECK(back.text == t);
                    CHECK(back.id == "2026-11-26T09:14:03");
                    CHECK(back.card_number == 12);
                    CHECK(back.card_id == "crew-check-in");
                    CHECK(back.card_title == "Crew \"check-in\" --> now");
                    CHECK(back.deck_id == "belonging-on-purpose");
                    CHECK(back.date == Date{2026, 11, 26});
                    CHECK(back.time == ClockTime{9, 14, 3});
                }
            }
        }
    }
    GIVEN("random texts built from tricky pieces (seeded)") {
        std::vector<std::string> pieces{"a",   " ",   "\n", "\n\n",         "#",
                                        "## ", "---", "\\", "<!-- hearth-", "<!-- hearth-end id=\"",
                                        "-->", "\"",  "é",  "👩‍👧",  "\r\n"};
        std::mt19937 rng(12345);
        for (int run = 0; run < 300; ++run) {
            std::string t;
            int n = static_cast<int>(rng() % 30);
            for (int k = 0; k < n; ++k)
                t += pieces[rng() % pieces.size()];
            std::erase(t, '\r'); // the editor never holds CR
            auto back = round_trip(sample(t));
            REQUIRE(back.text == t);
        }
    }
    GIVEN("several entries and the person's own notes between them") {
        std::string notes = "# 2026-11-26\n\nMy own note, not Hearth's.\n\n";
        auto a = sample("one");
        auto b = sample("two");
        b.id = "2026-11-26T10:00:00";
        std::string bytes = notes + render_entry(a) + "\nin between\n" + render_entry(b);
        ParsedDay day = parse_day(bytes, "2026-11-26.md");
        THEN("each entry is found with its exact byte span") {
            CHECK(diagnostics_text(day).empty());
            REQUIRE(day.entries.size() == 2);
            CHECK(day.entries[0].begin == notes.size());
            CHECK(bytes.substr(day.entries[0].begin, day.entries[0].end - day.entries[0].begin) ==
                  render_entry(a));
            CHECK(day.entries[1].entry.text == "two");
            CHECK(day.entries[1].entry.time == ClockTime{10, 0, 0});
            CHECK(day.entries[0].entry.where.line == 5);
        }
    }
}

SCENARIO("a damaged or hand-edited day file is read as far as it makes sense") {
    auto e = sample("kept");
    std::string good = render_entry(e);
    GIVEN("an entry whose end marker was deleted, followed by a good entry") {
        std::string torn = good.substr(0, good.find("<!-- hearth-end"));
        auto b = sample("second");
        b.id = "2026-11-26T10:00:00";
        std::string bytes = "# 2026-11-26\n\n" + torn + render_entry(b);
        ParsedDay day = parse_day(bytes, "2026-11-26.md");
        THEN("the good entry is read and the torn one is reported where it starts") {
            REQUIRE(day.entries.size() == 1);
            CHECK(day.entries[0].entry.text == "second");
            CHECK(diagnostics_text(day) ==
                  "2026-11-26.md:3:1: warning: entry '2026-11-26T09:14:03' has no end marker; "
                  "its text is kept as the person's own\n");
        }
    }
    GIVEN("a file cut off in the middle of an entry") {
        std::string bytes = good.substr(0, 150);
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("no entry, one warning") {
            CHECK(day.entries.empty());
            CHECK(day.diagnostics.all().size() == 1);
        }
    }
    GIVEN("a malformed marker and a stray end marker") {
        std::string bytes = "<!-- hearth-entry id=\"2026-11-26T09:14:03 -->\nx\n"
                            "<!-- hearth-end id=\"2026-11-26T09:14:03\" -->\n"
                            "<!-- hearth-end id=\"zzz\" -->\n";
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("both are reported with their lines, and nothing is read as an entry") {
            CHECK(day.entries.empty());
            CHECK(diagnostics_text(day) ==
                  "d.md:1:1: warning: unterminated value of 'id'; the entry is kept as the "
                  "person's own text\n"
                  "d.md:4:1: warning: end marker without an entry; kept as the person's own "
                  "text\n");
        }
    }
    GIVEN("an entry whose end marker names another id") {
        std::string bytes = good;
        bytes.replace(bytes.rfind("09:14:03"), 8, "09:14:04");
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("it is not read as an entry") {
            CHECK(day.entries.empty());
            CHECK(diagnostics_text(day).find("d.md:6:1: warning: end marker for") == 0);
        }
    }
    GIVEN("the same entry twice") {
        ParsedDay day = parse_day(good + good, "d.md");
        THEN("the second is reported and skipped") {
            CHECK(day.entries.size() == 1);
            CHECK(diagnostics_text(day).find("d.md:7:1: warning: entry id") == 0);
        }
    }
    GIVEN("a marker with a bad id, an unknown attribute and a non-number card") {
        std::string bytes = "<!-- hearth-entry id=\"yesterday\" card=\"1\" card-id=\"a\" -->\n"
                            "<!-- hearth-end id=\"yesterday\" -->\n"
                            "<!-- hearth-entry id=\"2026-11-26T09:00:00\" card=\"one\" "
                            "card-id=\"a\" mood=\"calm\" -->\n## h\n\nhi\n\n"
                            "<!-- hearth-end id=\"2026-11-26T09:00:00\" -->\n";
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("each gets a warning; the second entry is still read") {
            REQUIRE(day.entries.size() == 1);
            CHECK(day.entries[0].entry.card_number == 0);
            CHECK(day.entries[0].entry.text == "hi");
            CHECK(diagnostics_text(day) ==
                  "d.md:1:1: warning: entry id 'yesterday' is not like 2026-11-26T09:14:03; its "
                  "text is kept as the person's own\n"
                  "d.md:3:1: warning: unknown attribute 'mood' in entry marker (ignored)\n"
                  "d.md:3:1: warning: card number 'one' is not a number; read as 0\n");
        }
    }
    GIVEN("a file saved with CR LF line ends by another editor") {
        std::string bytes;
        for (char c : good) {
            if (c == '\n')
                bytes += '\r';
            bytes += c;
        }
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("the entry is still read, without the CRs") {
            REQUIRE(day.entries.size() == 1);
            CHECK(day.entries[0].entry.text == "kept");
        }
    }
    GIVEN("invalid UTF-8 and a NUL byte in a note") {
        std::string bytes = "note \xFF\n" + good + std::string("\0", 1);
        ParsedDay day = parse_day(bytes, "d.md");
        THEN("they are reported and the entry is still read") {
            CHECK(day.entries.size() == 1);
            CHECK(diagnostics_text(day) ==
                  "d.md:1:6: warning: invalid UTF-8 in the journal; the file is kept as it is\n");
        }
    }
    GIVEN("random bytes and random cuts of a good file (seeded)") {
        std::mt19937 rng(7);
        THEN("parsing never fails and spans stay inside the file") {
            std::string file = render_day_title({2026, 11, 26}) + good + good;
            for (int run = 0; run < 500; ++run) {
                std::string bytes = file.substr(0, rng() % file.size());
                for (int k = 0; k < 3; ++k)
                    if (!bytes.empty())
                        bytes[rng() % bytes.size()] = static_cast<char>(rng() % 256);
                ParsedDay day = parse_day(bytes, "d.md");
                for (const auto& s : day.entries)
                    REQUIRE((s.begin < s.end && s.end <= bytes.size()));
            }
        }
    }
}

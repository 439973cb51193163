// A spreadsheet as European Excel saves it: a byte order mark, CRLF rows,
// semicolons between fields, a column of the designer's own notes and
// blank rows left at the end.
#include "game/deck/deck_loader.hpp"
#include "tools/csv/csv.hpp"
#include "tools/csv/csv_import.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace hearth;

namespace {

constexpr std::string_view kDeck = R"([deck]
id = "t"
name = "Test"

[types.talk]
name = "Talk"
color = "#ffffff"

[[cards]]
id = "first"
type = "talk"
title = "First"

[[cards]]
id = "second"
type = "talk"
title = "Second"

[formats.circle]
name = "Circle"
draw = ["talk"]
)";

std::string fixture() {
    std::ifstream in(std::string(HEARTH_TEST_DECKS) + "/csv/european-excel.csv", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.all())
        out.push_back(x.str());
    return out;
}

} // namespace

TEST_CASE("the delimiter is read from the header row") {
    CHECK(detect_delimiter("id,title\n") == ',');
    CHECK(detect_delimiter("\xEF\xBB\xBFid;title;text\r\n") == ';');
    CHECK(detect_delimiter("id\ttitle\n") == '\t');
    CHECK(detect_delimiter("\"a;b\",c\n") == ','); // inside quotes it does not count
    CHECK(detect_delimiter("id\n") == ',');
}

SCENARIO("a CSV saved by European Excel imports") {
    LoadResult loaded = load_deck_text(kDeck, "deck");
    REQUIRE(loaded.ok());
    const std::string csv = fixture();
    REQUIRE(csv.starts_with("\xEF\xBB\xBF"
                            "id;title;notas;text\r\n"));
    WHEN("it is imported with the delimiter found from its header") {
        CsvImportResult r = import_cards_csv(*loaded.deck, kDeck, csv, "cards.csv");
        THEN("the cards change, the notes and blank rows are ignored with a warning") {
            CHECK(messages(r.diagnostics) ==
                  std::vector<std::string>{
                      "cards.csv:1:10: warning: column 'notas' is not a card column; its cells "
                      "are ignored (the columns are number, id, type, title, subtitle, text, "
                      "see, tags, art)",
                      "cards.csv:5:1: warning: 3 blank rows, from this one; they are ignored"});
            REQUIRE(r.text);
            LoadResult after = load_deck_text(*r.text, "deck");
            REQUIRE(after.ok());
            CHECK(after.deck->cards[0].title == "Primera");
            CHECK(after.deck->cards[0].text == "Una línea; con punto y coma.\nY otra.");
            CHECK(after.deck->cards[1].title == "Segunda");
        }
    }
    WHEN("it is imported with --delimiter ,") {
        CsvImportOptions options;
        options.delimiter = ',';
        CsvImportResult r = import_cards_csv(*loaded.deck, kDeck, csv, "cards.csv", options);
        THEN("its header is one unknown column, and nothing is written") {
            CHECK_FALSE(r.text);
            CHECK(r.diagnostics.has_errors());
        }
    }
}

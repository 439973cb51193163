#include "tools/csv/csv.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

std::vector<std::vector<std::string>> texts(const std::vector<CsvRow>& rows) {
    std::vector<std::vector<std::string>> out;
    for (const auto& r : rows) {
        out.emplace_back();
        for (const auto& f : r.fields)
            out.back().push_back(f.text);
    }
    return out;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.all())
        out.push_back(x.str());
    return out;
}

} // namespace

SCENARIO("CSV is read as RFC 4180 writes it") {
    Diagnostics diags;
    GIVEN("quoted fields with commas, doubled quotes and line breaks") {
        auto rows =
            read_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\n", "t.csv", diags);
        THEN("each field holds its text, with CRLF inside a field read as LF") {
            CHECK_FALSE(diags.has_errors());
            CHECK(texts(rows) == std::vector<std::vector<std::string>>{
                                     {"a", "b", "c"}, {"x, y", "say \"hi\"", "one\ntwo"}});
        }
        THEN("each field knows where it starts") {
            CHECK(rows[1].fields[2].where.line == 2);
            CHECK(rows[1].fields[2].where.column == 21);
        }
    }
    GIVEN("LF line ends, a byte order mark, no final newline and empty fields") {
        auto rows = read_csv("\xEF\xBB\xBFid,text\nx,\n\ny,\"\"", "t.csv", diags);
        THEN("the mark and blank lines are skipped and empty fields kept") {
            CHECK_FALSE(diags.has_errors());
            CHECK(texts(rows) ==
                  std::vector<std::vector<std::string>>{{"id", "text"}, {"x", ""}, {"y", ""}});
            CHECK(rows[0].fields[0].where.column == 1);
        }
    }
    GIVEN("non-Latin text and emoji") {
        auto rows = read_csv("Новая,你好,🔥 ok\n", "t.csv", diags);
        THEN("columns count code points") {
            CHECK(texts(rows)[0] == std::vector<std::string>{"Новая", "你好", "🔥 ok"});
            CHECK(rows[0].fields[2].where.column == 10);
        }
    }
}

SCENARIO("bad CSV gets a diagnostic at the spot, and the other rows are still read") {
    Diagnostics diags;
    WHEN("a quoted field is never closed") {
        read_csv("a,b\nx,\"open\nmore\n", "cards.csv", diags);
        THEN("the error points at the field's opening quote") {
            CHECK(messages(diags) ==
                  std::vector<std::string>{"cards.csv:2:3: error: the quoted field is not "
                                           "closed; add a '\"' at its end"});
        }
    }
    WHEN("a field has a quote in its middle") {
        auto rows = read_csv("a,b\nx,5\" screen\ny,z\n", "cards.csv", diags);
        THEN("the error points at the quote and the next row is read") {
            REQUIRE(diags.all().size() == 1);
            CHECK(diags.all()[0].str().starts_with("cards.csv:2:4: error: a '\"' inside a field"));
            CHECK(texts(rows).back() == std::vector<std::string>{"y", "z"});
        }
    }
    WHEN("text follows a closing quote") {
        read_csv("\"a\"b,c\n", "cards.csv", diags);
        THEN("the error points after the quote") {
            REQUIRE(diags.all().size() == 1);
            CHECK(diags.all()[0].str().starts_with("cards.csv:1:4: error: text after the closing"));
        }
    }
    WHEN("the file is not UTF-8") {
        read_csv("a,b\nx,\xff\n", "cards.csv", diags);
        THEN("it says where") {
            CHECK(messages(diags) ==
                  std::vector<std::string>{"cards.csv:2:3: error: invalid UTF-8; save the CSV "
                                           "file as UTF-8 (\"CSV UTF-8\")"});
        }
    }
}

SCENARIO("what the writer writes, the reader reads back") {
    std::vector<std::string> fields{"plain",       "with, comma",  "say \"hi\"",
                                    "two\nlines",  "crlf\r\nkept", "",
                                    "Новая карта", "你好 🔥"};
    std::string text = csv_row(fields);
    CHECK(text.ends_with("\r\n"));
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("a\"b") == "\"a\"\"b\"");
    Diagnostics diags;
    auto rows = read_csv(text, "t.csv", diags);
    REQUIRE(rows.size() == 1);
    fields[4] = "crlf\nkept"; // CRLF inside a field is read as LF
    CHECK(texts(rows)[0] == fields);
}

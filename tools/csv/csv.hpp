// CSV as RFC 4180 writes it: fields separated by commas, rows by CRLF (LF
// alone is accepted too), a field quoted with '"' when it holds a comma, a
// quote or a line break, and '""' for a quote inside a quoted field.
// The reader remembers where each field starts, so problems become
// `cards.csv:LINE:COL: error: message` like every other Hearth diagnostic.
#pragma once

#include "game/base/diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// One field and where it starts (line and column from 1, columns in code points).
struct CsvField {
    std::string text;
    SourcePos where;
};

// One record.
struct CsvRow {
    std::vector<CsvField> fields;
    SourcePos where; // the start of its first field
};

// Reads every record of `text`, named `file` in diagnostics. A UTF-8 byte
// order mark at the start is skipped; CRLF inside a quoted field becomes LF.
// Problems are reported to `diags`; the rows read up to the first problem in
// a row are still returned, so callers can report more than one thing.
// Fields are separated by `delimiter`: ',' as RFC 4180 has it, or ';' or a
// tab as spreadsheets save in many languages (see detect_delimiter).
std::vector<CsvRow> read_csv(std::string_view text, const std::string& file, Diagnostics& diags,
                             char delimiter = ',');

// The delimiter of `text`'s first row (its header): the most frequent of
// ',', ';' and tab outside quotes; ',' when it has none.
char detect_delimiter(std::string_view text);

// `s` as one CSV field, quoted only when it must be.
std::string csv_field(std::string_view s);

// The fields joined with commas and ended with CRLF.
std::string csv_row(const std::vector<std::string>& fields);

} // namespace hearth

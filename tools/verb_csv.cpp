// hearth-deck csv: the cards of a deck to and from a spreadsheet.
#include "engine/render/art_check.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/diagnostic.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/csv/card_csv.hpp"
#include "tools/csv/csv_import.hpp"
#include "tools/verbs.hpp"

#include <cstdio>
#include <string>

namespace hearth::tools {

namespace {
constexpr const char* kHelp = R"(Usage: hearth-deck csv export PATH [--bom] > cards.csv
       hearth-deck csv import CARDS.csv PATH [--delete-missing] [--dry-run]
                              [--delimiter ,|;|tab]

Moves the cards of a deck (PATH, a folder or its deck.toml) to a spreadsheet
and back. The CSV has a header row and one row per card, with the columns
  number, id, type, title, subtitle, text, see, tags, art
Lists (see, tags) are written in one cell, items separated by "; ".
Card text keeps its line breaks inside a quoted cell (RFC 4180).

export writes the CSV to stdout, in the order of the deck file.
  --bom              start with a UTF-8 byte order mark, for Excel

import updates the deck file in place, keeping comments, blank lines, the
[deck], [types] and [formats] tables and every card the CSV does not change
byte for byte. Rows match cards by id; columns left out of the CSV are left
alone. A row with a new id adds a card after the last one. A card with no
row is kept and reported. The result is loaded and checked before it is
written (atomically); if it has errors, the deck file is not touched and the
errors point at CSV cells, as cards.csv:LINE:COL: error: message.
  --delete-missing   remove the cards that have no row in the CSV
  --dry-run          report what would change, write nothing
  --delimiter D      the CSV's field separator: "," ";" or "tab" (default:
                     read from the header row, as spreadsheets save ";" or
                     tabs in many languages)
Columns that are not card columns (a designer's notes) and blank rows are
ignored with a warning.

Exit status: 0 success, 1 errors in the deck or the CSV, 2 bad usage.
)";

void print(const Diagnostics& diags) {
    for (const auto& d : diags.all())
        std::fprintf(stderr, "%s\n", d.str().c_str());
}

int export_csv(Args args) {
    std::string_view path;
    bool bom = false;
    for (auto a : args) {
        if (a == "--bom")
            bom = true;
        else if (a.starts_with("-"))
            return usage_error("csv", "unknown option '" + std::string(a) + "'");
        else if (path.empty())
            path = a;
        else
            return usage_error("csv", "export takes one deck");
    }
    if (path.empty())
        return usage_error("csv", "no deck given");
    auto deck = load_and_report(path, false);
    if (!deck)
        return 1;
    std::vector<std::string> problems;
    std::string csv = export_cards_csv(*deck, &problems);
    for (const auto& p : problems) {
        // A named value: a braced temporary trips GCC 12's -Wmaybe-uninitialized.
        Diagnostic warning;
        warning.severity = Severity::Warning;
        warning.where.file = deck->file.generic_string();
        warning.message = p;
        std::fprintf(stderr, "%s\n", warning.str().c_str());
    }
    if (bom)
        std::fputs("\xEF\xBB\xBF", stdout);
    std::fwrite(csv.data(), 1, csv.size(), stdout);
    return 0;
}

int import_csv(Args args) {
    std::vector<std::string_view> paths;
    CsvImportOptions options;
    bool dry_run = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        auto a = args[i];
        if (a == "--delimiter") {
            if (i + 1 == args.size())
                return usage_error("csv", "--delimiter needs ',', ';' or 'tab'");
            auto d = args[++i];
            if (d == "," || d == ";")
                options.delimiter = d[0];
            else if (d == "tab" || d == "\t")
                options.delimiter = '\t';
            else
                return usage_error("csv", "--delimiter takes ',', ';' or 'tab', not '" +
                                              std::string(d) + "'");
        } else if (a == "--delete-missing")
            options.delete_missing = true;
        else if (a == "--dry-run")
            dry_run = true;
        else if (a.starts_with("-") && a != "-")
            return usage_error("csv", "unknown option '" + std::string(a) + "'");
        else
            paths.push_back(a);
    }
    if (paths.size() != 2)
        return usage_error("csv", "import takes a CSV file and a deck");
    std::string csv_file(paths[0]);
    options.load.check_art = decode_art_check();
    options.load.check_font = open_font_check();
    auto deck = load_and_report(paths[1]);
    if (!deck)
        return 1;
    auto deck_text = read_file(deck->file);
    auto csv = read_file(csv_file);
    if (!deck_text || !csv) {
        std::fprintf(
            stderr, "%s\n",
            file_error({!csv ? csv_file : deck->file.generic_string()}, "cannot read the file")
                .str()
                .c_str());
        return 1;
    }
    CsvImportResult r = import_cards_csv(*deck, *deck_text, *csv, csv_file, options);
    print(r.diagnostics);
    if (!r.text) {
        std::fprintf(stderr, "%s: not changed\n", deck->file.generic_string().c_str());
        return 1;
    }
    int changed = 0, added = 0, removed = 0;
    for (const CardChange& c : r.changes) {
        std::string keys;
        for (const auto& k : c.keys)
            keys += (keys.empty() ? "" : ", ") + k;
        switch (c.kind) {
        case CardChange::Kind::Changed:
            ++changed;
            std::printf("  changed %s: %s\n", c.id.c_str(), keys.c_str());
            break;
        case CardChange::Kind::Added:
            ++added;
            std::printf("  added   %s\n", c.id.c_str());
            break;
        case CardChange::Kind::Removed:
            ++removed;
            std::printf("  removed %s\n", c.id.c_str());
            break;
        }
    }
    std::string file = deck->file.generic_string();
    if (r.changes.empty()) {
        std::printf("%s: no changes\n", file.c_str());
        return 0;
    }
    if (!dry_run) {
        if (auto problem = write_file_atomically(deck->file, *r.text)) {
            std::fprintf(stderr, "%s\n",
                         file_error({file}, "cannot write: " + *problem).str().c_str());
            return 1;
        }
    }
    std::printf("%s: %s%d changed, %d added, %d removed\n", file.c_str(),
                dry_run ? "(dry run, not written) " : "", changed, added, removed);
    return 0;
}
} // namespace

int csv(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    if (args.empty())
        return usage_error("csv", "say 'export' or 'import'");
    if (args[0] == "export")
        return export_csv(args.subspan(1));
    if (args[0] == "import")
        return import_csv(args.subspan(1));
    return usage_error("csv", "unknown subcommand '" + std::string(args[0]) +
                                  "'; say 'export' or 'import'");
}

} // namespace hearth::tools

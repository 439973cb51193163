// The CSV's header and rows, checked for shape, as cards' cells.
#include "tools/csv/detail/card_rows.hpp"

#include "game/base/suggest.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace hearth::detail {
namespace {

std::string column_list() {
    std::string out;
    for (auto name : kCardColumnNames)
        out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

} // namespace

bool read_table(const std::vector<CsvRow>& rows, const std::string& file, std::vector<CardRow>& out,
                Diagnostics& diags) {
    if (rows.empty()) {
        diags.error({file, 1, 1},
                    "the CSV is empty; its first row must name the columns: " +
                        join_list({kCardColumnNames.begin(), kCardColumnNames.end()}));
        return false;
    }
    const CsvRow& header = rows.front();
    std::vector<int> column_of(header.fields.size(), -1);
    std::array<bool, kColumns> seen{};
    bool ok = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = header.fields[i].text;
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        auto it = std::find(kCardColumnNames.begin(), kCardColumnNames.end(), name);
        if (it == kCardColumnNames.end()) {
            // A column near a known one is a typo whose cells would be lost;
            // one like nothing Hearth knows (a designer's notes) is left alone.
            const std::string near = did_you_mean(name, kCardColumnNames);
            if (near.empty() && !name.empty()) {
                diags.warning(header.fields[i].where,
                              "column '" + header.fields[i].text +
                                  "' is not a card column; its cells are ignored (the columns "
                                  "are " +
                                  column_list() + ")");
                continue;
            }
            diags.error(header.fields[i].where, "unknown column '" + header.fields[i].text +
                                                    "'; the columns are " + column_list() + near);
            ok = false;
            continue;
        }
        auto c = static_cast<std::size_t>(it - kCardColumnNames.begin());
        if (seen[c]) {
            diags.error(header.fields[i].where, "column '" + name + "' is named twice");
            ok = false;
        }
        seen[c] = true;
        column_of[i] = static_cast<int>(c);
    }
    if (!seen[static_cast<int>(CardColumn::Id)]) {
        diags.error(header.where, "no 'id' column; rows are matched to cards by id");
        ok = false;
    }
    if (!ok)
        return false;

    std::map<std::string, SourcePos, std::less<>> ids;
    int blank = 0;
    SourcePos first_blank;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        // A row of empty cells (;;;; as a spreadsheet saves rows it once used).
        if (std::all_of(row.fields.begin(), row.fields.end(),
                        [](const CsvField& f) { return f.text.empty(); })) {
            if (blank++ == 0)
                first_blank = row.where;
            continue;
        }
        if (row.fields.size() != header.fields.size()) {
            diags.error(row.where, "this row has " + std::to_string(row.fields.size()) +
                                       " fields but the header has " +
                                       std::to_string(header.fields.size()));
            ok = false;
            continue;
        }
        CardRow card;
        card.where = row.where;
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            if (column_of[i] >= 0)
                card.cells[static_cast<std::size_t>(column_of[i])] = &row.fields[i];
        const CsvField& id = *card.cell(CardColumn::Id);
        if (id.text.empty()) {
            diags.error(id.where, "the card's id is empty");
            ok = false;
            continue;
        }
        if (auto [it, fresh] = ids.emplace(id.text, id.where); !fresh) {
            diags.error(id.where, "card '" + id.text + "' has a row already, on line " +
                                      std::to_string(it->second.line));
            ok = false;
            continue;
        }
        if (const CsvField* n = card.cell(CardColumn::Number); n && !n->text.empty()) {
            int v = 0;
            auto [end, ec] = std::from_chars(n->text.data(), n->text.data() + n->text.size(), v);
            if (ec != std::errc{} || end != n->text.data() + n->text.size() || v < 1 || v > 99999) {
                diags.error(n->where, "card number '" + n->text +
                                          "' must be a whole number from 1 to 99999, or empty "
                                          "to follow the card before");
                ok = false;
                continue;
            }
            card.number = v;
        }
        out.push_back(card);
    }
    if (blank > 0)
        diags.warning(first_blank, blank == 1 ? std::string("a blank row; it is ignored")
                                              : std::to_string(blank) +
                                                    " blank rows, from this one; they are ignored");
    return ok;
}

} // namespace hearth::detail

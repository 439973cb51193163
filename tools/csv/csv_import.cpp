// Spreadsheet import, in four steps:
//   read_table    the CSV: header, rows, cells checked for shape
//   Planner       edits to the deck text, card by card, then card numbers
//   new_card      the text of a card the deck does not have yet
//   import_cards_csv   applies the edits, loads the result, traces problems
//                 back to CSV cells, and checks every row came through
#include "tools/csv/csv_import.hpp"

#include "game/base/suggest.hpp"
#include "game/deck/card_blocks.hpp"
#include "game/deck/deck_writer.hpp"
#include "game/deck/text_edits.hpp"
#include "tools/csv/card_csv.hpp"
#include "tools/csv/csv.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

namespace hearth {
namespace {

constexpr std::size_t kColumns = kCardColumnNames.size();

std::string column_list() {
    std::string out;
    for (auto name : kCardColumnNames)
        out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

// The order keys are added in, when a card does not have them yet.
constexpr std::array<std::string_view, 9> kKeyOrder{"id",  "type", "title", "subtitle", "text",
                                                    "art", "see",  "tags",  "number"};

int key_rank(std::string_view key) {
    auto it = std::find(kKeyOrder.begin(), kKeyOrder.end(), key);
    return it == kKeyOrder.end() ? static_cast<int>(kKeyOrder.size())
                                 : static_cast<int>(it - kKeyOrder.begin());
}

// One data row: its cells by column, absent where the header has no such column.
struct CardRow {
    std::array<const CsvField*, kColumns> cells{};
    SourcePos where;
    std::optional<int> number; // a filled number cell, checked

    const CsvField* cell(CardColumn c) const { return cells[static_cast<int>(c)]; }
    std::string_view id() const { return cell(CardColumn::Id)->text; }
};

// The header and data rows of the CSV, checked for shape.
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
            diags.error(header.fields[i].where, "unknown column '" + header.fields[i].text +
                                                    "'; the columns are " + column_list() +
                                                    did_you_mean(name, kCardColumnNames));
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
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
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
    return ok;
}

// Writes `s` in the style of the TOML string `old` where that style can
// hold it ('literal', '''multi-line literal'''), else as toml_quote does.
std::string quote_like(std::string_view old, std::string_view s) {
    auto plain = [&](bool newlines_ok) {
        return std::none_of(s.begin(), s.end(), [&](char c) {
            auto u = static_cast<unsigned char>(c);
            return (u < 0x20 && c != '\t' && !(newlines_ok && c == '\n')) || u == 0x7F;
        });
    };
    if (old.starts_with("'''")) {
        if (plain(true) && s.find("'''") == std::string_view::npos && !s.ends_with('\''))
            return "'''\n" + std::string(s) + "'''";
    } else if (old.starts_with('\'')) {
        if (plain(false) && s.find('\'') == std::string_view::npos)
            return "'" + std::string(s) + "'";
    }
    return toml_quote(s);
}

std::string toml_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + toml_quote(items[i]);
    return out + "]";
}

// Plans the edits that bring the deck text in line with the rows.
class Planner {
public:
    Planner(const Deck& deck, std::string_view text, const std::vector<CardBlock>& blocks,
            Diagnostics& diags)
        : deck_(deck), text_(text), blocks_(blocks), diags_(diags),
          eol_(text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n") {}

    std::vector<TextEdit> edits;
    std::vector<CardChange> changes;

    // The string and list columns of card `i` from `row`.
    void update(std::size_t i, const CardRow& row) {
        const Card& card = deck_.cards[i];
        CardChange change{CardChange::Kind::Changed, card.id, {}};
        auto text_key = [&](CardColumn c, const std::string& old) {
            const CsvField* cell = row.cell(c);
            if (!cell || cell->text == old)
                return;
            change.keys.emplace_back(column_name(c));
            set_string(i, column_name(c), cell->text, cell->where);
        };
        auto list_key = [&](CardColumn c, const std::vector<std::string>& old) {
            const CsvField* cell = row.cell(c);
            if (!cell)
                return;
            auto items = split_list(cell->text);
            if (items == old)
                return;
            change.keys.emplace_back(column_name(c));
            set_value(i, column_name(c), items.empty() ? "" : toml_list(items), cell->where);
        };
        text_key(CardColumn::Type, card.type);
        text_key(CardColumn::Title, card.title);
        text_key(CardColumn::Subtitle, card.subtitle);
        text_key(CardColumn::Text, card.text);
        text_key(CardColumn::Art, card.art);
        list_key(CardColumn::See, card.see);
        list_key(CardColumn::Tags, card.tags);
        if (!change.keys.empty())
            changes.push_back(std::move(change));
    }

    // Removes card `i` with its block, and the blank line before it.
    void remove(std::size_t i, SourcePos cause) {
        const CardBlock& b = blocks_[i];
        if (b.is_inline) {
            refuse_inline(i, cause);
            return;
        }
        std::size_t begin = b.begin;
        if (begin >= 2 && text_.substr(begin - 2, 2) == "\n\n")
            --begin;
        edits.push_back({begin, b.end, "", cause});
        changes.push_back({CardChange::Kind::Removed, deck_.cards[i].id, {}});
    }

    // Gives card `i` the number `want`, or the number after the card before
    // it when `want` is empty; `next` is that number. Returns the card's number.
    int number(std::size_t i, std::optional<int> want, int next, SourcePos cause) {
        const Card& card = deck_.cards[i];
        const KeySpan* key = blocks_[i].find("number");
        if (!want && !key)
            return next;
        if (want && *want == (key ? card.number : next))
            return *want;
        set_value(i, "number", want ? std::to_string(*want) : "", cause);
        auto it = std::find_if(changes.begin(), changes.end(), [&](const CardChange& c) {
            return c.id == card.id && c.kind == CardChange::Kind::Changed;
        });
        if (it == changes.end())
            it = changes.insert(changes.end(), {CardChange::Kind::Changed, card.id, {}});
        it->keys.emplace_back("number");
        return want.value_or(next);
    }

    // Adds a card after the last one.
    void add(const CardRow& row, std::optional<int> number) {
        std::size_t at = 0;
        for (const CardBlock& b : blocks_)
            at = std::max(at, b.end);
        std::string lead = at > 0 && text_[at - 1] != '\n' ? eol_ : "";
        edits.push_back({at, at, lead + eol_ + "[[cards]]" + eol_, row.where});
        for (std::size_t c = 0; c < kColumns; ++c) {
            auto column = static_cast<CardColumn>(c);
            const CsvField* cell = row.cell(column);
            if (column == CardColumn::Number || !cell || cell->text.empty())
                continue;
            std::string value = column == CardColumn::See || column == CardColumn::Tags
                                    ? toml_list(split_list(cell->text))
                                    : toml_quote(cell->text);
            if (value == "[]")
                continue;
            edits.push_back({at, at,
                             std::string(column_name(column)) + " = " + with_eol(value) + eol_,
                             cell->where});
        }
        if (number)
            edits.push_back({at, at, "number = " + std::to_string(*number) + eol_,
                             row.cell(CardColumn::Number)->where});
        changes.push_back({CardChange::Kind::Added, std::string(row.id()), {}});
    }

private:
    // Sets string `key` of card `i` to `raw`, keeping the string's style.
    // Empty removes the key, except a card's type and title: those are
    // written empty so the loader's complaint lands on the cell.
    void set_string(std::size_t i, std::string_view key, std::string_view raw, SourcePos cause) {
        const KeySpan* k = blocks_[i].find(key);
        std::string value;
        if (!raw.empty() || key == "type" || key == "title")
            value = k ? quote_like(text_.substr(k->value_begin, k->value_end - k->value_begin), raw)
                      : toml_quote(raw);
        set_value(i, key, value, cause);
    }

    // `value` with the file's line ends, for multi-line strings.
    std::string with_eol(std::string value) const {
        if (eol_ == "\n")
            return value;
        std::string out;
        for (char c : value)
            out += c == '\n' ? eol_ : std::string(1, c);
        return out;
    }

    // Sets `key` of card `i` to the TOML `value`; empty removes the key.
    void set_value(std::size_t i, std::string_view key, std::string value, SourcePos cause) {
        value = with_eol(std::move(value));
        const CardBlock& b = blocks_[i];
        if (b.is_inline) {
            refuse_inline(i, cause);
            return;
        }
        const KeySpan* k = b.find(key);
        if (value.empty()) {
            if (k)
                edits.push_back({k->line_begin, k->line_end, "", cause});
            return;
        }
        if (k) {
            edits.push_back({k->value_begin, k->value_end, value, cause});
            return;
        }
        // A new key goes after the last key that comes before it in kKeyOrder.
        std::size_t at = b.body;
        int best = -1;
        for (const KeySpan& other : b.keys) {
            int r = key_rank(other.key);
            if (r < key_rank(key) && r > best) {
                best = r;
                at = other.line_end;
            }
        }
        std::string lead = at > 0 && text_[at - 1] != '\n' ? eol_ : "";
        edits.push_back({at, at, lead + std::string(key) + " = " + value + eol_, cause});
    }

    void refuse_inline(std::size_t i, SourcePos cause) {
        diags_.error(cause, "card '" + deck_.cards[i].id +
                                "' is written as an inline table in the deck; write it under "
                                "[[cards]] to update it from a spreadsheet");
    }

    const Deck& deck_;
    std::string_view text_;
    const std::vector<CardBlock>& blocks_;
    Diagnostics& diags_;
    std::string eol_;
};

// The loaded card differs from its row: an editing bug, never the user's.
void check_row(const Card& card, const CardRow& row, Diagnostics& diags) {
    auto differs = [&](CardColumn c, const std::string& have) {
        const CsvField* cell = row.cell(c);
        if (cell && cell->text != have)
            diags.error(cell->where, "the deck did not take this cell as written (column '" +
                                         std::string(column_name(c)) +
                                         "'); this is a bug in hearth-deck");
    };
    differs(CardColumn::Type, card.type);
    differs(CardColumn::Title, card.title);
    differs(CardColumn::Subtitle, card.subtitle);
    differs(CardColumn::Text, card.text);
    differs(CardColumn::Art, card.art);
    for (CardColumn c : {CardColumn::See, CardColumn::Tags}) {
        const CsvField* cell = row.cell(c);
        if (cell && split_list(cell->text) != (c == CardColumn::See ? card.see : card.tags))
            differs(c, join_list(c == CardColumn::See ? card.see : card.tags));
    }
    if (row.number && *row.number != card.number)
        differs(CardColumn::Number, std::to_string(card.number));
}

} // namespace

CsvImportResult import_cards_csv(const Deck& deck, std::string_view deck_text, std::string_view csv,
                                 const std::string& csv_file, const CsvImportOptions& options) {
    CsvImportResult result;
    Diagnostics& diags = result.diagnostics;
    std::vector<CsvRow> csv_rows = read_csv(csv, csv_file, diags);
    std::vector<CardRow> rows;
    if (diags.has_errors() || !read_table(csv_rows, csv_file, rows, diags))
        return result;
    auto blocks = find_card_blocks(deck_text);
    std::string deck_file = deck.file.generic_string();
    if (!blocks || blocks->size() != deck.cards.size()) {
        diags.error({deck_file, 0, 0}, "the deck's cards could not be located in its text");
        return result;
    }

    std::map<std::string, const CardRow*, std::less<>> by_id;
    for (const CardRow& r : rows)
        by_id.emplace(std::string(r.id()), &r);

    Planner plan(deck, deck_text, *blocks, diags);
    std::vector<bool> removed(deck.cards.size(), false);
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const Card& card = deck.cards[i];
        auto it = by_id.find(card.id);
        if (it != by_id.end()) {
            plan.update(i, *it->second);
            continue;
        }
        if (options.delete_missing) {
            plan.remove(i, card.where);
            removed[i] = true;
        } else {
            diags.warning(card.where, "card '" + card.id + "' has no row in " + csv_file +
                                          "; it stays in the deck (--delete-missing removes it)");
        }
    }
    // Numbers last: a card with no number follows the one before it, so
    // removing or renumbering a card can move the cards after it.
    int next = 1;
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        if (removed[i])
            continue;
        const Card& card = deck.cards[i];
        auto it = by_id.find(card.id);
        const CardRow* row = it == by_id.end() ? nullptr : it->second;
        std::optional<int> want = card.number; // keep it, unless the row says otherwise
        SourcePos cause = card.where;
        if (row && row->cell(CardColumn::Number)) {
            want = row->number;
            cause = row->cell(CardColumn::Number)->where;
        }
        next = plan.number(i, want, next, cause) + 1;
    }
    for (const CardRow& row : rows) {
        if (deck.find_card(row.id()))
            continue;
        std::optional<int> number;
        if (row.number && *row.number != next)
            number = row.number;
        next = row.number.value_or(next) + 1;
        plan.add(row, number);
    }
    if (diags.has_errors())
        return result;

    EditedText edited(deck_text, std::move(plan.edits));
    LoadResult loaded = load_deck_text(edited.text(), deck.folder, options.load);
    for (const Diagnostic& d : loaded.diagnostics.all()) {
        if (auto cause = edited.cause_of(d.where.line)) {
            diags.add({d.severity, *cause, d.message});
        } else if (d.severity == Severity::Error) {
            SourcePos at{deck_file, edited.original_line(d.where.line), d.where.column};
            diags.error(at, d.message + " (after the import)");
        }
    }
    if (!loaded.ok())
        return result;
    for (const CardRow& row : rows)
        if (const Card* card = loaded.deck->find_card(row.id()))
            check_row(*card, row, diags);
    if (diags.has_errors())
        return result;
    result.text = edited.text();
    result.changes = std::move(plan.changes);
    return result;
}

} // namespace hearth

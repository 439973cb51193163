// Plans the edits a CSV import makes to the deck text: each card's keys
// changed in place in the style they were written, removed cards with their
// block, numbers after, new cards at the end.
#include "tools/csv/detail/import_plan.hpp"

#include "game/deck/deck_writer.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace hearth::detail {
namespace {

// The order keys are added in, when a card does not have them yet.
constexpr std::array<std::string_view, 9> kKeyOrder{"id",  "type", "title", "subtitle", "text",
                                                    "art", "see",  "tags",  "number"};

int key_rank(std::string_view key) {
    auto it = std::find(kKeyOrder.begin(), kKeyOrder.end(), key);
    return it == kKeyOrder.end() ? static_cast<int>(kKeyOrder.size())
                                 : static_cast<int>(it - kKeyOrder.begin());
}

// `s` between `open` and `close`, built by appending (GCC 12 reports a
// false -Wrestrict on "'" + std::string(s) + "'" here).
std::string wrapped(std::string_view open, std::string_view s, std::string_view close) {
    std::string out;
    out.reserve(open.size() + s.size() + close.size());
    out += open;
    out += s;
    out += close;
    return out;
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
            return wrapped("'''\n", s, "'''");
    } else if (old.starts_with('\'')) {
        if (plain(false) && s.find('\'') == std::string_view::npos)
            return wrapped("'", s, "'");
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
          eol_(text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n") {
        for (const CardBlock& b : blocks_)
            end_ = std::max(end_, b.end);
    }

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
        if (!change.keys.empty()) {
            changed_[card.id] = changes.size();
            changes.push_back(std::move(change));
        }
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
        auto [it, added] = changed_.try_emplace(card.id, changes.size());
        if (added)
            changes.push_back({CardChange::Kind::Changed, card.id, {}});
        changes[it->second].keys.emplace_back("number");
        return want.value_or(next);
    }

    // Adds a card after the last one.
    void add(const CardRow& row, std::optional<int> number) {
        const std::size_t at = end_;
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
    std::size_t end_ = 0; // the end of the last card's block, where new cards go
    // card id -> its Changed entry in `changes`: looked up per card, so a
    // list scan would make a large import quadratic
    std::unordered_map<std::string, std::size_t> changed_;
};

} // namespace

ImportPlan plan_import(const Deck& deck, std::string_view deck_text,
                       const std::vector<CardBlock>& blocks, const std::vector<CardRow>& rows,
                       const std::string& csv_file, bool delete_missing, Diagnostics& diags) {
    std::map<std::string, const CardRow*, std::less<>> by_id;
    for (const CardRow& r : rows)
        by_id.emplace(std::string(r.id()), &r);

    Planner plan(deck, deck_text, blocks, diags);
    std::vector<bool> removed(deck.cards.size(), false);
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const Card& card = deck.cards[i];
        auto it = by_id.find(card.id);
        if (it != by_id.end()) {
            plan.update(i, *it->second);
            continue;
        }
        if (delete_missing) {
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
    std::unordered_set<std::string_view> in_deck;
    for (const Card& c : deck.cards)
        in_deck.insert(c.id);
    for (const CardRow& row : rows) {
        if (in_deck.count(row.id()))
            continue;
        std::optional<int> number;
        if (row.number && *row.number != next)
            number = row.number;
        next = row.number.value_or(next) + 1;
        plan.add(row, number);
    }
    return {std::move(plan.edits), std::move(plan.changes)};
}

} // namespace hearth::detail

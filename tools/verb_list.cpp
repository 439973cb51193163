// hearth-deck list: the cards of a deck, one per line.
#include "game/deck/deck_loader.hpp"
#include "tools/verbs.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace hearth::tools {

namespace {
constexpr const char* kHelp = R"(Usage: hearth-deck list PATH [--tsv]

Lists the cards of a deck in number order.

Options:
  --tsv   tab-separated: number, id, type, title (for scripts and spreadsheets)

Without --tsv the columns are aligned for reading.
Exit status: 0 success, 1 the deck has errors, 2 bad usage.
)";

// Tabs and newlines inside a field would break the TSV row.
std::string tsv_field(std::string s) {
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}
} // namespace

int list(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    bool tsv = false;
    std::string_view path;
    for (auto a : args) {
        if (a == "--tsv")
            tsv = true;
        else if (a.starts_with("-"))
            return usage_error("list", "unknown option '" + std::string(a) + "'");
        else if (path.empty())
            path = a;
        else
            return usage_error("list", "one deck at a time");
    }
    if (path.empty())
        return usage_error("list", "no deck given");
    std::optional<Deck> deck = load_and_report(path, false);
    if (!deck)
        return 1;
    std::vector<const Card*> cards;
    for (const auto& c : deck->cards)
        cards.push_back(&c);
    std::stable_sort(cards.begin(), cards.end(),
                     [](auto* a, auto* b) { return a->number < b->number; });
    for (const Card* c : cards) {
        if (tsv)
            std::printf("%d\t%s\t%s\t%s\n", c->number, tsv_field(c->id).c_str(),
                        tsv_field(c->type).c_str(), tsv_field(c->title).c_str());
        else
            std::printf("%3d  %-28s %-14s %s\n", c->number, c->id.c_str(), c->type.c_str(),
                        c->title.c_str());
    }
    return 0;
}

} // namespace hearth::tools

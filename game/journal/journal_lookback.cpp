#include "game/journal/journal_lookback.hpp"

#include "game/base/grapheme.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace hearth {

AllEntries read_all_entries(const Journal& journal) {
    AllEntries all;
    auto days = journal.days();
    for (auto d = days.rbegin(); d != days.rend(); ++d) {
        JournalDay day = journal.read_day(*d);
        for (const auto& diag : day.diagnostics.all())
            all.diagnostics.add(diag);
        std::stable_sort(day.entries.begin(), day.entries.end(),
                         [](const JournalEntry& a, const JournalEntry& b) {
                             return std::tie(a.time, a.id) > std::tie(b.time, b.id);
                         });
        for (auto& e : day.entries)
            all.entries.push_back(std::move(e));
    }
    return all;
}

std::vector<CardGroup> group_by_card(const std::vector<JournalEntry>& newest_first) {
    std::map<std::pair<std::string, std::string>, CardGroup> groups;
    for (const auto& e : newest_first) {
        auto& g = groups[{e.deck_id, e.card_id}];
        if (g.entries.empty()) {
            g.deck_id = e.deck_id;
            g.card_id = e.card_id;
            g.card_title = e.card_title;
            g.card_number = e.card_number;
        }
        g.entries.push_back(e);
    }
    std::vector<CardGroup> out;
    for (auto& [key, g] : groups)
        out.push_back(std::move(g));
    std::stable_sort(out.begin(), out.end(), [](const CardGroup& a, const CardGroup& b) {
        return std::tie(a.card_number, a.deck_id, a.card_id) <
               std::tie(b.card_number, b.deck_id, b.card_id);
    });
    return out;
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
    std::string flat;
    bool space = false;
    for (char c : text) { // one line: runs of white space become one space
        bool white = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (white) {
            space = !flat.empty();
            continue;
        }
        if (space)
            flat += ' ';
        space = false;
        flat += c;
    }
    std::size_t pos = 0, count = 0;
    while (pos < flat.size() && count < max_chars) {
        pos = next_grapheme(flat, pos);
        ++count;
    }
    if (pos >= flat.size())
        return flat;
    std::size_t cut = flat.rfind(' ', pos);
    if (cut != std::string::npos && cut > pos / 2)
        pos = cut;
    return flat.substr(0, pos) + "…";
}

} // namespace hearth

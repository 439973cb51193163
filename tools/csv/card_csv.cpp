#include "tools/csv/card_csv.hpp"

#include "tools/csv/csv.hpp"

namespace hearth {

std::string_view column_name(CardColumn c) {
    return kCardColumnNames[static_cast<int>(c)];
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "; " : "") + items[i];
    return out;
}

std::vector<std::string> split_list(std::string_view cell) {
    std::vector<std::string> out;
    while (!cell.empty()) {
        std::size_t semi = cell.find(';');
        std::string_view item = cell.substr(0, semi);
        std::size_t a = item.find_first_not_of(" \t\r\n");
        std::size_t b = item.find_last_not_of(" \t\r\n");
        if (a != std::string_view::npos)
            out.emplace_back(item.substr(a, b - a + 1));
        if (semi == std::string_view::npos)
            break;
        cell.remove_prefix(semi + 1);
    }
    return out;
}

std::string export_cards_csv(const Deck& deck, std::vector<std::string>* problems) {
    std::string out = csv_row({kCardColumnNames.begin(), kCardColumnNames.end()});
    auto check = [&](const Card& c, std::string_view key, const std::vector<std::string>& items) {
        if (!problems)
            return;
        for (const auto& item : items)
            if (item.find(';') != std::string::npos || item.empty() || item.front() == ' ' ||
                item.back() == ' ')
                problems->push_back("card '" + c.id + "': " + std::string(key) + " item '" + item +
                                    "' holds ';' or spaces at its ends, which a spreadsheet "
                                    "cell cannot keep apart from the list");
    };
    for (const Card& c : deck.cards) {
        check(c, "see", c.see);
        check(c, "tags", c.tags);
        out += csv_row({std::to_string(c.number), c.id, c.type, c.title, c.subtitle, c.text,
                        join_list(c.see), join_list(c.tags), c.art});
    }
    return out;
}

} // namespace hearth

#include "tools/print_copies.hpp"

namespace hearth::tools {

int Copies::of(const Card& card) const {
    auto it = per_card.find(card.id);
    return it == per_card.end() ? all : it->second;
}

std::vector<const Card*> with_copies(const Deck& deck, const std::vector<const Card*>& cards,
                                     const Copies& copies, std::string& unknown) {
    for (const auto& [id, n] : copies.per_card)
        if (!deck.find_card(id)) {
            unknown = id;
            return {};
        }
    std::vector<const Card*> out;
    for (const Card* c : cards)
        for (int i = 0; i < copies.of(*c); ++i)
            out.push_back(c);
    return out;
}

} // namespace hearth::tools

// hearth-deck stats: what a designer wants to know about a deck at a glance.
#include "game/card_text.hpp"
#include "game/deck_loader.hpp"
#include "game/utf8.hpp"
#include "tools/fit_estimate.hpp"
#include "tools/verbs.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace hearth::tools {

namespace {
constexpr const char* kHelp = R"(Usage: hearth-deck stats PATH [--top N]

Shows, for a deck (a folder or its deck.toml):
  - how many cards there are of each type and with each tag
  - the N longest card texts (characters, without markup)
  - the cards no other card's 'see' names (blank cards left out)
  - the cards that come close to not fitting their face: an estimate of the
    share of the face the title, subtitle and text take (100% is full)

Options:
  --top N   how many longest texts and fullest cards to show (default 5)

Exit status: 0 success, 1 the deck has errors, 2 bad usage.
)";

// Cards that take at least this share of the face are listed as close.
constexpr double kCrowded = 0.85;

void heading(const char* title) {
    std::printf("\n%s\n", title);
}

} // namespace

int stats(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    std::string_view path;
    std::size_t top = 5;
    for (std::size_t i = 0; i < args.size(); ++i) {
        auto a = args[i];
        if (a == "--top") {
            if (i + 1 == args.size())
                return usage_error("stats", "--top needs a number");
            auto n = args[++i];
            auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), top);
            if (ec != std::errc{} || end != n.data() + n.size())
                return usage_error("stats", "--top needs a number, not '" + std::string(n) + "'");
        } else if (a.starts_with("-")) {
            return usage_error("stats", "unknown option '" + std::string(a) + "'");
        } else if (path.empty()) {
            path = a;
        } else {
            return usage_error("stats", "one deck at a time");
        }
    }
    if (path.empty())
        return usage_error("stats", "no deck given");
    LoadResult r = load_deck(std::filesystem::path(path));
    for (const auto& d : r.diagnostics.all())
        if (d.severity == Severity::Error)
            std::fprintf(stderr, "%s\n", d.str().c_str());
    if (!r.ok())
        return 1;
    const Deck& deck = *r.deck;
    std::printf("%s: %zu cards, %zu types, %zu formats\n", deck.info.name.c_str(),
                deck.cards.size(), deck.types.size(), deck.formats.size());

    heading("Cards per type");
    for (const CardType& t : deck.types) {
        auto n = std::count_if(deck.cards.begin(), deck.cards.end(),
                               [&](const Card& c) { return c.type == t.id; });
        std::printf("  %4zd  %s (%s)\n", n, t.id.c_str(), t.name.c_str());
    }

    heading("Cards per tag");
    std::map<std::string, int> tags;
    for (const Card& c : deck.cards)
        for (const auto& t : c.tags)
            ++tags[t];
    std::vector<std::pair<std::string, int>> by_count(tags.begin(), tags.end());
    std::stable_sort(by_count.begin(), by_count.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (by_count.empty())
        std::printf("  (no card has tags)\n");
    for (const auto& [tag, n] : by_count)
        std::printf("  %4d  %s\n", n, tag.c_str());

    heading("Longest texts (characters, without markup)");
    std::vector<std::pair<std::size_t, const Card*>> lengths;
    for (const Card& c : deck.cards)
        lengths.emplace_back(utf8_length(parse_card_text(c.text).plain()), &c);
    std::stable_sort(lengths.begin(), lengths.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < std::min(top, lengths.size()); ++i)
        std::printf("  %4zu  %3d %-28s %s\n", lengths[i].first, lengths[i].second->number,
                    lengths[i].second->id.c_str(), lengths[i].second->title.c_str());

    heading("Never referenced (no card's 'see' names them; blank cards left out)");
    std::set<std::string> seen;
    for (const Card& c : deck.cards)
        for (const auto& s : c.see)
            if (s != c.id)
                seen.insert(s);
    int unreferenced = 0;
    for (const Card& c : deck.cards) {
        if (seen.count(c.id) || deck.type_of(c).blank)
            continue;
        ++unreferenced;
        std::printf("  %3d %-28s %s\n", c.number, c.id.c_str(), c.title.c_str());
    }
    if (unreferenced == 0)
        std::printf("  (none: every card is named by another)\n");

    heading("Fullest faces (estimate of the share the text takes; 100% is full)");
    std::vector<std::pair<double, const Card*>> fills;
    for (const Card& c : deck.cards)
        fills.emplace_back(estimate_fill(c), &c);
    std::stable_sort(fills.begin(), fills.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < std::min(top, fills.size()); ++i) {
        double f = fills[i].first;
        std::printf("  %3.0f%%  %3d %-28s %s\n", f * 100, fills[i].second->number,
                    fills[i].second->id.c_str(),
                    f > 1           ? "likely too long"
                    : f >= kCrowded ? "close to full"
                                    : "");
    }
    return 0;
}

} // namespace hearth::tools

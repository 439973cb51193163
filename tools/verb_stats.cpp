// hearth-deck stats: what a designer wants to know about a deck at a glance.
#include "engine/render/asset_paths.hpp"
#include "engine/render/card_view.hpp"
#include "game/base/utf8.hpp"
#include "game/deck/card_text.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/print_sizes.hpp"
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
  - the cards whose text comes closest to not fitting: the table's own
    layout sets each card's text as large as fits a poker card; the smaller
    it has to go, the fuller the card. Below the readable minimum, it does
    not fit.

Options:
  --top N   how many longest texts and fullest cards to show (default 5)

Exit status: 0 success, 1 the deck has errors, 2 bad usage.
)";

// Text set at less than this many times the readable minimum is "close".
constexpr double kCrowded = 1.15;
// The card size the fit is measured at: poker, 300 dpi.
constexpr double kDpi = 300;

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
    std::optional<Deck> loaded = load_and_report(path, false);
    if (!loaded)
        return 1;
    const Deck& deck = *loaded;
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

    heading("Fullest cards (body text size on a poker card; the smaller, the fuller)");
    try {
        FontLibrary fonts(find_assets_dir() / "fonts");
        int w = mm_to_px(63, int(kDpi)), h = mm_to_px(88, int(kDpi));
        std::vector<std::pair<CardFitReport, const Card*>> fits;
        for (const Card& c : deck.cards)
            fits.emplace_back(card_text_fit(fonts, deck, c, w, h), &c);
        std::stable_sort(fits.begin(), fits.end(), [](const auto& a, const auto& b) {
            return a.first.body_px < b.first.body_px;
        });
        auto pt = [](int px) { return px / kDpi * 72; };
        for (std::size_t i = 0; i < std::min(top, fits.size()); ++i) {
            const CardFitReport& f = fits[i].first;
            std::printf("  %4.1f pt  %3d %-28s %s\n", pt(f.body_px), fits[i].second->number,
                        fits[i].second->id.c_str(),
                        !f.fits                           ? "does not fit"
                        : f.body_px < f.min_px * kCrowded ? "close to not fitting"
                                                          : "");
        }
        std::printf("  (readable minimum %.1f pt)\n", pt(min_readable_px(h)));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hearth-deck stats: cannot measure text: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace hearth::tools

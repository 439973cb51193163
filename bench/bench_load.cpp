// Deck loading benchmark: the bundled deck, and a generated 10,000-card deck.
// Prints medians of repeated runs; see docs/performance.md.
#include "game/deck/deck_loader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

template <typename F> double median_ms(int runs, F&& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

std::filesystem::path make_big_deck(int cards) {
    auto dir = std::filesystem::temp_directory_path() / "hearth-bench-deck";
    std::filesystem::create_directories(dir);
    std::ofstream out(dir / "deck.toml");
    out << "[deck]\nid = \"big\"\nname = \"Big deck\"\n\n"
           "[types.prompt]\nname = \"Prompt\"\ncolor = \"#f6c28b\"\n\n"
           "[formats.circle]\nname = \"Circle\"\nplayers = [2, 12]\ndraw = [\"prompt\"]\n"
           "turn = [\"draw\", \"prompt\", \"discussion\"]\nspeaking = \"round\"\n";
    for (int i = 0; i < cards; ++i) {
        out << "\n[[cards]]\nid = \"card-" << i << "\"\ntype = \"prompt\"\ntitle = \"Card number "
            << i << "\"\ntext = \"\"\"\nA question for the table about **belonging**, number " << i
            << ".\n\n- one step\n- another step\n\"\"\"\ntags = [\"bench\", \"t" << i % 17
            << "\"]\n";
        if (i > 0)
            out << "see = [\"card-" << i - 1 << "\"]\n";
    }
    return dir;
}

} // namespace

int main(int argc, char** argv) {
    std::filesystem::path bundled = argc > 1 ? argv[1] : "decks/microsolidarity";
    if (std::filesystem::exists(bundled)) {
        auto r = hearth::load_deck(bundled);
        double ms = median_ms(51, [&] { hearth::load_deck(bundled); });
        std::printf("load bundled deck (%zu cards): median %.2f ms over 51 runs\n",
                    r.deck ? r.deck->cards.size() : 0, ms);
    }
    auto big = make_big_deck(10000);
    auto r = hearth::load_deck(big);
    double ms = median_ms(7, [&] { hearth::load_deck(big); });
    std::printf("load generated deck (%zu cards): median %.1f ms over 7 runs\n",
                r.deck ? r.deck->cards.size() : 0, ms);
    std::filesystem::remove_all(big);
    return r.ok() ? 0 : 1;
}

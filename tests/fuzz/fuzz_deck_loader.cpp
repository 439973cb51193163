// libFuzzer target: any bytes as a deck file. The loader must never crash,
// hang or read outside the deck folder; it either loads or explains.
// Build: tools/configure --sanitize && cmake --build build-asan --target fuzz_deck_loader
// Run:   build-asan/tests/fuzz/fuzz_deck_loader -max_total_time=300 CORPUS_FOLDER
#include "game/deck/deck_loader.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto result = hearth::load_deck_text(text, HEARTH_FUZZ_FOLDER);
    for (const auto& d : result.diagnostics.all())
        (void)d.str();
    return 0;
}

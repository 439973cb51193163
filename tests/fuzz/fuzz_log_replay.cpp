// libFuzzer target: any bytes as a session log, replayed against the session
// tests' deck. Replay either rebuilds the session or names the bad line.
#include "fuzz_common.hpp"
#include "game/session/session_log.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const hearth::Deck& deck = hearth::fuzz::deck_in(HEARTH_FUZZ_TABLE_DECK);
    auto r = hearth::replay_log(deck, hearth::fuzz::bytes(data, size), "log.jsonl");
    if (auto* d = std::get_if<hearth::Diagnostic>(&r))
        (void)d->str();
    return 0;
}

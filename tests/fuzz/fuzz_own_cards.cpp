// libFuzzer target: any bytes as the user's own-cards file for the small
// test deck. It loads the cards it can and explains the rest.
#include "fuzz_common.hpp"
#include "game/deck/own_cards.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const hearth::Deck& deck = hearth::fuzz::deck_in(HEARTH_FUZZ_TABLE_DECK);
    hearth::OwnCards own =
        hearth::read_own_cards(hearth::fuzz::bytes(data, size), "own-cards.toml", deck);
    hearth::fuzz::touch(own.diagnostics);
    (void)hearth::write_own_cards(own.cards);
    return 0;
}

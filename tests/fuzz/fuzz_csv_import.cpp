// libFuzzer target: any bytes as a spreadsheet imported into the session
// tests' deck (`hearth-deck csv import`). It gives the new deck text or
// diagnostics that name a cell.
#include "fuzz_common.hpp"
#include "tools/csv/csv_import.hpp"

#include <fstream>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const hearth::Deck& deck = hearth::fuzz::deck_in(HEARTH_FUZZ_TABLE_DECK);
    static const std::string deck_text = [] {
        std::ifstream in(std::string(HEARTH_FUZZ_TABLE_DECK) + "/deck.toml", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    hearth::CsvImportResult r =
        hearth::import_cards_csv(deck, deck_text, hearth::fuzz::bytes(data, size), "cards.csv");
    hearth::fuzz::touch(r.diagnostics);
    return 0;
}

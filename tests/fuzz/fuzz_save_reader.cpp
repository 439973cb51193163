// libFuzzer target: any bytes as a save file (version 1 or 2) for the session
// tests' deck. The reader must never crash, hang or overflow; it either
// resumes the session or explains with a diagnostic.
#include "fuzz_common.hpp"
#include "game/session/session_save.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const hearth::Deck& deck = hearth::fuzz::deck_in(HEARTH_FUZZ_TABLE_DECK);
    hearth::SaveReading reading;
    auto r =
        hearth::session_from_json(deck, hearth::fuzz::bytes(data, size), "save.json", &reading);
    if (auto* d = std::get_if<hearth::Diagnostic>(&r))
        (void)d->str();
    else if (reading.appendable) // what was read must save and read back
        (void)hearth::save_to_jsonl(std::get<hearth::Session>(r));
    return 0;
}

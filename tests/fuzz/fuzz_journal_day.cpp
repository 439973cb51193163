// libFuzzer target: any bytes as a journal day file. Reading never fails and
// never loses bytes: whatever is not an entry is the person's own text, so
// the entries found lie inside the file, in order, without overlapping.
#include "fuzz_common.hpp"
#include "game/journal/journal_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    hearth::ParsedDay day = hearth::parse_day(hearth::fuzz::bytes(data, size), "2026-01-01.md");
    std::size_t after = 0;
    for (const hearth::EntrySpan& e : day.entries) {
        if (e.begin < after || e.end < e.begin || e.end > size)
            __builtin_trap();
        after = e.end;
        (void)hearth::render_entry(e.entry);
    }
    hearth::fuzz::touch(day.diagnostics);
    return 0;
}

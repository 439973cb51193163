// libFuzzer target: any bytes as a headless script (`--script`). It parses
// into steps or one diagnostic naming the line.
#include "engine/headless_script.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Key names as SDL knows them would need SDL; a short list stands in.
    auto known = [](std::string_view k) {
        return k == "Space" || k == "Return" || k == "Escape" || k == "N" || k == "Left";
    };
    auto r = hearth::parse_script(hearth::fuzz::bytes(data, size), "script.txt", known);
    if (auto* d = std::get_if<hearth::Diagnostic>(&r))
        (void)d->str();
    return 0;
}

// The options render, sheet and proof share: --size, --bleed, --dpi, --safe,
// --guides, --copies, and the deck.
#pragma once

#include "tools/card_images.hpp"
#include "tools/print_copies.hpp"
#include "tools/verbs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hearth::tools {

struct PrintOptions {
    std::string_view deck;
    std::string_view out;
    PrintSpec spec;
    std::string size_name = "poker";
    std::string_view preset; // the print service named by --preset, if any
    Copies copies;
    std::vector<std::string_view> rest; // flags the verb reads itself
};

// Reads --size, --bleed, --dpi, --out and the deck path; other "--x"
// flags and their values go to `rest` when listed in `own` (flags that take
// a value) or `own_flags` (flags without one). Returns an exit code on a
// usage error.
std::optional<int> read_print_options(std::string_view verb, Args args, PrintOptions& o,
                                      std::initializer_list<std::string_view> own,
                                      std::initializer_list<std::string_view> own_flags);

} // namespace hearth::tools

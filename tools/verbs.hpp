// The verbs of hearth-deck. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 the deck has errors, 2 bad usage.
#pragma once

#include "game/deck/deck.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace hearth::tools {

using Args = std::span<const std::string_view>;

int lint(Args args);
int list(Args args);
int csv(Args args);
int stats(Args args);
int render(Args args);
int sheet(Args args);
int proof(Args args);

// True when `args` asks for help ("--help" or "-h").
bool wants_help(Args args);
// Prints "hearth-deck: MESSAGE" and the hint to use --help; returns 2.
int usage_error(std::string_view verb, std::string_view message);
// Loads the deck at `path` with the one loader, printing its errors on
// stderr; nullopt when it has any. `decode_art` decodes every image too.
std::optional<Deck> load_and_report(std::string_view path, bool decode_art = true);

} // namespace hearth::tools

// Where Hearth finds its assets and its default deck, whether it runs from
// the build tree (build/engine/hearth), from an installed prefix or from
// any working directory.
#pragma once

#include "game/base/user_folders.hpp"

#include <filesystem>

namespace hearth {

// The assets folder (it holds fonts/). Empty when not found.
std::filesystem::path find_assets_dir();
// The compiled translations (LANG/LC_MESSAGES/hearth.mo), or empty.
std::filesystem::path find_locale_dir();

// The bundled deck folder decks/microsolidarity. Empty when not found.
std::filesystem::path find_default_deck();

// The process environment (std::getenv), for the game's EnvLookup.
std::optional<std::string> process_env(std::string_view name);

} // namespace hearth

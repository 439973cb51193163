// Where Hearth keeps a user's files (the XDG base directory rules), in one
// place: the journal, the user's own cards and saved summaries all live under
// user_data_folder(). Pure: the environment comes in as a lookup.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// Looks up an environment variable; nullopt when unset.
using EnvLookup = std::function<std::optional<std::string>(std::string_view name)>;

// $XDG_DATA_HOME/hearth when XDG_DATA_HOME is an absolute path, else
// $HOME/.local/share/hearth when HOME is; nullopt when neither is usable
// (the XDG rules ignore relative paths).
std::optional<std::filesystem::path> user_data_folder(const EnvLookup& env);

// $XDG_CACHE_HOME/hearth when XDG_CACHE_HOME is an absolute path, else
// $HOME/.cache/hearth: what Hearth can make again (rasterised art).
std::optional<std::filesystem::path> user_cache_folder(const EnvLookup& env);
// $XDG_CONFIG_HOME/hearth when XDG_CONFIG_HOME is an absolute path, else
// $HOME/.config/hearth when HOME is; nullopt when neither is usable.
std::optional<std::filesystem::path> user_config_folder(const EnvLookup& env);

} // namespace hearth

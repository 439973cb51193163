// The user's data folder, shared by the journal, own cards and summaries.
#include "game/base/user_folders.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace hearth;

namespace {

EnvLookup env(std::map<std::string, std::string> vars) {
    return [vars](std::string_view name) -> std::optional<std::string> {
        auto it = vars.find(std::string(name));
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

} // namespace

SCENARIO("the user's files live under one data folder, by the XDG rules") {
    CHECK(user_data_folder(env({{"XDG_DATA_HOME", "/x/data"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/x/data/hearth"));
    CHECK(user_data_folder(env({{"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.local/share/hearth"));
    // Relative and empty values are ignored, as the XDG rules say.
    CHECK(user_data_folder(env({{"XDG_DATA_HOME", "data"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.local/share/hearth"));
    CHECK(user_data_folder(env({{"XDG_DATA_HOME", ""}, {"HOME", ""}})) == std::nullopt);
    CHECK(user_data_folder(env({})) == std::nullopt);
}

SCENARIO("what Hearth can make again lives under the cache folder, by the XDG rules") {
    CHECK(user_cache_folder(env({{"XDG_CACHE_HOME", "/x/cache"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/x/cache/hearth"));
    CHECK(user_cache_folder(env({{"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.cache/hearth"));
    CHECK(user_cache_folder(env({{"XDG_CACHE_HOME", "cache"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.cache/hearth"));
    CHECK(user_cache_folder(env({})) == std::nullopt);
}

SCENARIO("the preferences live under the config folder, by the XDG rules") {
    CHECK(user_config_folder(env({{"XDG_CONFIG_HOME", "/x/config"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/x/config/hearth"));
    CHECK(user_config_folder(env({{"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.config/hearth"));
    CHECK(user_config_folder(env({{"XDG_CONFIG_HOME", "config"}, {"HOME", "/home/a"}})) ==
          std::filesystem::path("/home/a/.config/hearth"));
    CHECK(user_config_folder(env({})) == std::nullopt);
}

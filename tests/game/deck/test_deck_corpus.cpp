// The bad-deck corpus: each folder under tests/decks/bad holds a deck.toml
// and expected.txt, the exact diagnostics the loader must print for it, with
// paths relative to that folder.
#include "game/deck/deck_loader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace hearth;

namespace {
const std::filesystem::path kBad = std::filesystem::path(HEARTH_TEST_DECKS) / "bad";

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string diagnostics_relative_to(const LoadResult& r, const std::filesystem::path& folder) {
    std::string prefix = folder.generic_string() + "/";
    std::string out;
    for (const auto& d : r.diagnostics.all()) {
        std::string line = d.str();
        if (line.rfind(prefix, 0) == 0)
            line.erase(0, prefix.size());
        out += line + "\n";
    }
    return out;
}
} // namespace

SCENARIO("every bad deck in the corpus gets its exact diagnostics") {
    std::vector<std::filesystem::path> cases;
    for (const auto& e : std::filesystem::directory_iterator(kBad))
        if (e.is_directory())
            cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 25);
    for (const auto& folder : cases) {
        DYNAMIC_SECTION(folder.filename().string()) {
            LoadResult r = load_deck(folder);
            std::string expected = read_file(folder / "expected.txt");
            REQUIRE_FALSE(expected.empty());
            CHECK(diagnostics_relative_to(r, folder) == expected);
            // A deck with any error is not handed out, so a good one in play stays.
            bool has_error = expected.find(": error: ") != std::string::npos;
            CHECK(r.ok() == !has_error);
        }
    }
}

#include "game/base/atomic_file.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hearth;
namespace fs = std::filesystem;

SCENARIO("a file written atomically replaces the old one whole and leaves no temporary behind") {
    fs::path dir =
        fs::temp_directory_path() / ("hearth-atomic-" + std::to_string(std::random_device{}()));
    fs::path file = dir / "sub/notes.md";
    REQUIRE_FALSE(write_file_atomically(file, "first"));
    CHECK(read_file(file) == "first");
    REQUIRE_FALSE(write_file_atomically(file, std::string(100000, 'x')));
    CHECK(read_file(file)->size() == 100000);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir / "sub"))
        ++entries;
    CHECK(entries == 1);
    bool too_large = false;
    CHECK_FALSE(read_file(file, 10, &too_large));
    CHECK(too_large);
    CHECK(write_file_atomically(dir / "sub/notes.md/x", "y").has_value());
    fs::remove_all(dir);
}

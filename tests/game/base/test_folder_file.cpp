// Opening a file inside a folder: never through a symbolic link, never a FIFO.
#include "game/base/atomic_file.hpp"
#include "game/base/folder_file.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <sys/stat.h>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& name) {
        path = fs::canonical(fs::temp_directory_path()) /
               ("hearth-" + name + "-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

SCENARIO("a file inside a folder is read, and only from inside it") {
    Folder deck("inside"), outside("outside");
    REQUIRE_FALSE(write_file_atomically(deck.path / "art/a.svg", "<svg/>"));
    REQUIRE_FALSE(write_file_atomically(outside.path / "secret.svg", "secret"));
    CHECK(read_inside_folder(deck.path, "art/a.svg", 100).bytes == "<svg/>");
    CHECK(read_resolved_file(deck.path / "art/a.svg", 100).bytes == "<svg/>");
    WHEN("a path climbs out or is absolute") {
        CHECK_FALSE(read_inside_folder(deck.path, "../x", 100).bytes);
        CHECK(read_inside_folder(deck.path, "art/../../x", 100).error ==
              "leaves the folder ('..')");
        CHECK_FALSE(read_inside_folder(deck.path, outside.path / "secret.svg", 100).bytes);
    }
    WHEN("the file is larger than asked for") {
        FolderRead r = read_inside_folder(deck.path, "art/a.svg", 3);
        CHECK_FALSE(r.bytes);
        CHECK(r.too_large);
    }
}

SCENARIO("art swapped for a symbolic link after the deck loaded is not read outside the deck") {
    Folder deck("swap"), outside("outside");
    REQUIRE_FALSE(write_file_atomically(deck.path / "art/a.svg", "<svg/>"));
    REQUIRE_FALSE(write_file_atomically(outside.path / "secret.svg", "secret"));
    const fs::path art = deck.path / "art/a.svg"; // as the loader resolved it
    REQUIRE(read_resolved_file(art, 100).bytes);
    WHEN("the file becomes a link out") {
        fs::remove(art);
        fs::create_symlink(outside.path / "secret.svg", art);
        FolderRead r = read_resolved_file(art, 100);
        CHECK_FALSE(r.bytes);
        CHECK(r.error.find("symbolic link") != std::string::npos);
    }
    WHEN("its folder becomes a link out") {
        fs::remove_all(deck.path / "art");
        fs::create_symlink(outside.path, deck.path / "art");
        REQUIRE_FALSE(write_file_atomically(outside.path / "a.svg", "outside"));
        FolderRead r = read_resolved_file(art, 100);
        CHECK_FALSE(r.bytes);
        CHECK(r.error.find("symbolic link") != std::string::npos);
    }
}

SCENARIO("a FIFO named as a file is refused at once, never waited on") {
    Folder deck("fifo");
    fs::create_directories(deck.path / "art");
    REQUIRE(::mkfifo((deck.path / "art/a.svg").c_str(), 0600) == 0);
    FolderRead r = read_inside_folder(deck.path, "art/a.svg", 100);
    CHECK_FALSE(r.bytes);
    CHECK(r.error == "is not a regular file");
    CHECK(read_inside_folder(deck.path, "art", 100).error == "is a folder, not a file");
}

// No input crashes the loader, hangs it or makes it read outside the deck folder.
#include "game/deck/deck_loader.hpp"
#include "game/deck/deck_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp folder, removed at the end of the test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) {
        path = fs::temp_directory_path() /
               ("hearth-test-" + name + "-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    void write(const std::string& rel, const std::string& text) const {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel, std::ios::binary) << text;
    }
};

const std::string kDeck = R"([deck]
id = "t"
name = "T"
[types.q]
name = "Q"
color = "#ffffff"
[[cards]]
id = "a"
type = "q"
title = "A"
art = "art/a.svg"
[formats.f]
name = "F"
draw = ["q"]
)";

const std::string kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>\n";

} // namespace

SCENARIO("art reached through a symbolic link that leads out of the deck folder is refused") {
    TempDir outside("outside"), deck("deck");
    outside.write("secret.svg", kSvg);
    deck.write("deck.toml", kDeck);
    fs::create_directories(deck.path / "art");
    fs::create_symlink(outside.path / "secret.svg", deck.path / "art/a.svg");
    LoadResult r = load_deck(deck.path);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics.all().size() == 1);
    CHECK(r.diagnostics.all()[0].str() == (deck.path / "deck.toml").generic_string() +
                                              ":11:7: error: art of card 'a': path 'art/a.svg' "
                                              "leads outside the deck folder through a "
                                              "symbolic link");
}

SCENARIO("a symbolic link inside the deck folder is fine") {
    TempDir deck("deck");
    deck.write("deck.toml", kDeck);
    deck.write("art/real.svg", kSvg);
    fs::create_symlink(deck.path / "art/real.svg", deck.path / "art/a.svg");
    CHECK(load_deck(deck.path).ok());
}

SCENARIO("a deck file over the size limit is refused without being parsed") {
    TempDir deck("big");
    deck.write("deck.toml", kDeck + std::string(2000, '#'));
    LoadOptions small;
    small.max_deck_bytes = 1000;
    LoadResult r = load_deck(deck.path, small);
    REQUIRE(r.diagnostics.all().size() == 1);
    CHECK(r.diagnostics.all()[0].message ==
          "the deck file is 0 MiB; deck files are limited to 0 MiB");
}

SCENARIO("a folder without a deck file says what a deck is") {
    TempDir empty("empty");
    LoadResult r = load_deck(empty.path);
    REQUIRE(r.diagnostics.all().size() == 1);
    CHECK(r.diagnostics.all()[0].str() ==
          (empty.path / "deck.toml").generic_string() +
              ": error: no deck file here; a deck is a folder with a deck.toml");
}

SCENARIO("an injected art check catches images that cannot be decoded") {
    TempDir deck("decode");
    deck.write("deck.toml", kDeck);
    deck.write("art/a.svg", kSvg);
    LoadOptions options;
    options.check_art = [](const fs::path&) -> std::optional<std::string> { return "truncated"; };
    LoadResult r = load_deck(deck.path, options);
    REQUIRE(r.diagnostics.all().size() == 1);
    CHECK(r.diagnostics.all()[0].message ==
          "art of card 'a': 'art/a.svg' cannot be decoded: truncated");
}

SCENARIO("paths are resolved only inside the deck folder") {
    TempDir deck("paths");
    CHECK(std::holds_alternative<fs::path>(resolve_in_folder(deck.path, "art/x.svg")));
    CHECK(std::holds_alternative<fs::path>(resolve_in_folder(deck.path, "./art/x.svg")));
    CHECK(std::get<std::string>(resolve_in_folder(deck.path, "/etc/passwd")) ==
          "path '/etc/passwd' is absolute; write it relative to the deck folder");
    CHECK(std::get<std::string>(resolve_in_folder(deck.path, "a/../../x")) ==
          "path 'a/../../x' leaves the deck folder ('..' is not allowed)");
    CHECK(std::get<std::string>(resolve_in_folder(deck.path, "a\\b")) ==
          "path 'a\\b' uses '\\'; write paths with '/'");
}

SCENARIO("random damage to a good deck never crashes the loader") {
    // Flip, drop and insert bytes in the small deck from many seeds; every
    // result is either a deck or diagnostics that name a position.
    std::ifstream in(fs::path(HEARTH_TEST_DECKS) / "good/small/deck.toml", std::ios::binary);
    std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const fs::path folder = fs::path(HEARTH_TEST_DECKS) / "good/small";
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        std::string text = good;
        int edits = 1 + static_cast<int>(rng() % 6);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            std::size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0:
                text[at] = static_cast<char>(rng() % 256);
                break;
            case 1:
                text.erase(at, 1 + rng() % 8);
                break;
            default:
                text.insert(at, 1, "[]{}\"=#,\n\\x"[rng() % 12]);
                break;
            }
        }
        LoadResult r = load_deck_text(text, folder);
        if (!r.ok()) {
            REQUIRE_FALSE(r.diagnostics.all().empty());
            for (const auto& d : r.diagnostics.all())
                if (d.severity == Severity::Error)
                    CHECK(d.where.line > 0);
        }
    }
}

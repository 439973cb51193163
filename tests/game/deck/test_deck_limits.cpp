// Regression tests for decks that once crashed or stalled the loader: deep
// nesting, very long ids, and "did you mean" on them.
#include "game/deck/deck_loader.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

using namespace hearth;

namespace {

const std::string kHead = R"([deck]
id = "t"
name = "T"
[types.q]
name = "Q"
color = "#ffffff"
[formats.f]
name = "F"
draw = ["q"]
)";

std::string card(const std::string& id, const std::string& extra = "") {
    return "[[cards]]\nid = \"" + id + "\"\ntype = \"q\"\ntitle = \"A\"\n" + extra;
}

std::vector<std::string> said(const LoadResult& r) {
    std::vector<std::string> out;
    for (const Diagnostic& d : r.diagnostics.all())
        out.push_back(d.str());
    return out;
}

namespace fs = std::filesystem;

// A deck folder whose one card has `svg` as its art (art/a.svg, or `name`).
struct ArtDeck {
    fs::path path = fs::temp_directory_path() /
                    ("hearth-test-art-size-" + std::to_string(std::random_device{}()));
    ArtDeck(const std::string& svg, const std::string& name = "art/a.svg") {
        fs::create_directories(path / "art");
        std::ofstream(path / "deck.toml") << kHead << card("a", "art = \"" + name + "\"\n");
        std::ofstream(path / name, std::ios::binary) << svg;
    }
    ~ArtDeck() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::vector<std::string> messages() const {
        std::vector<std::string> out;
        const LoadResult r = load_deck(path);
        for (const Diagnostic& d : r.diagnostics.all())
            out.push_back(d.message);
        return out;
    }
};

const char* kSvgNs = "xmlns=\"http://www.w3.org/2000/svg\"";

} // namespace

SCENARIO("SVG art declaring 23200x23200 is refused before any decoder sees it") {
    GIVEN("the 120-byte SVG that crashed SDL_image's reader") {
        ArtDeck deck(std::string("<svg ") + kSvgNs + " width=\"23200\" height=\"23200\"/>\n");
        THEN("it is refused, with the size it declares and the limits") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{
                      "art of card 'a': 'art/a.svg' is an SVG image declaring 23200x23200 pixels; "
                      "art is limited to 16384 pixels a side and 67 million pixels"});
        }
    }
    GIVEN("the same named .png, declared by its viewBox") {
        ArtDeck deck(std::string("<?xml version=\"1.0\"?>\n<svg ") + kSvgNs +
                         " viewBox='0 0 23200 23200'><rect width='1' height='1'/></svg>\n",
                     "art/a.png");
        THEN("it is refused the same") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{
                      "art of card 'a': 'art/a.png' is an SVG image declaring 23200x23200 pixels; "
                      "art is limited to 16384 pixels a side and 67 million pixels"});
        }
    }
    GIVEN("9000 by 9000 pixels (within a side, beyond the pixels), in inches") {
        ArtDeck deck(std::string("<svg ") + kSvgNs + " width=\"93.75in\" height=\"93.75in\"/>");
        THEN("it is refused") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{
                      "art of card 'a': 'art/a.svg' is an SVG image declaring 9000x9000 pixels; "
                      "art is limited to 16384 pixels a side and 67 million pixels"});
        }
    }
    GIVEN("a card-sized SVG in millimetres, and one in percent") {
        // Each draws a rectangle: an SVG that draws nothing is warned about.
        ArtDeck mm(std::string("<svg ") + kSvgNs +
                   " width=\"63mm\" height=\"88mm\"><rect width=\"9\" height=\"9\"/></svg>");
        ArtDeck percent(std::string("<svg ") + kSvgNs +
                        " width=\"100%\" height=\"100%\"><rect width=\"9\" height=\"9\"/></svg>");
        THEN("both load") {
            CHECK(mm.messages().empty());
            CHECK(percent.messages().empty());
        }
    }
}

namespace {

// A JPEG's first bytes up to its frame header declaring w x h, after an
// EXIF-sized APP1 segment of `app1` bytes (so the header can lie past 4 KiB).
std::string jpeg_header(unsigned w, unsigned h, unsigned app1 = 0) {
    std::string b = "\xFF\xD8";
    b += std::string("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    if (app1 > 0) {
        b += "\xFF\xE1";
        b += static_cast<char>((app1 + 2) >> 8);
        b += static_cast<char>((app1 + 2) & 0xFF);
        b += std::string(app1, 'x');
    }
    b += std::string("\xFF\xFF\xC0\x00\x11\x08", 6); // a fill byte, then SOF0
    b += static_cast<char>(h >> 8);
    b += static_cast<char>(h & 0xFF);
    b += static_cast<char>(w >> 8);
    b += static_cast<char>(w & 0xFF);
    b += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xFF\xDA", 12);
    return b;
}

std::string png_header(unsigned w, unsigned h) {
    std::string b("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    for (unsigned v : {w, h})
        for (int shift = 24; shift >= 0; shift -= 8)
            b += static_cast<char>((v >> shift) & 0xFF);
    b += std::string("\x08\x06\x00\x00\x00", 5);
    return b;
}

} // namespace

SCENARIO("JPEG art declaring 65535x65535 is refused before any decoder sees it") {
    GIVEN("a JPEG whose frame header declares 65535x65535, after 6 KB of EXIF") {
        ArtDeck deck(jpeg_header(65535, 65535, 6000), "art/a.jpg");
        THEN("it is refused with the size it declares") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{"art of card 'a': 'art/a.jpg' is a JPEG image of "
                                           "impossible size 65535x65535"});
        }
    }
    GIVEN("a JPEG of 10000x9000: within a side, beyond the pixels") {
        ArtDeck deck(jpeg_header(10000, 9000), "art/a.jpg");
        THEN("it is refused") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{
                      "art of card 'a': 'art/a.jpg' is a JPEG image of 10000x9000 pixels; art "
                      "is limited to 16384 pixels a side and 67 million pixels"});
        }
    }
    GIVEN("a JPEG of 1500x2100 (a card at 600 dpi), and one whose data starts before any frame") {
        ArtDeck good(jpeg_header(1500, 2100, 6000), "art/a.jpg");
        ArtDeck damaged(std::string("\xFF\xD8\xFF\xDA\x00\x02", 6), "art/a.jpg");
        THEN("the first loads, the second is called damaged") {
            CHECK(good.messages().empty());
            CHECK(damaged.messages() ==
                  std::vector<std::string>{"art of card 'a': 'art/a.jpg' is a damaged JPEG image "
                                           "(no frame header before its image data)"});
        }
    }
    GIVEN("a PNG of 10000x10000, within a side, beyond the pixels") {
        ArtDeck deck(png_header(10000, 10000), "art/a.png");
        THEN("it is refused like the JPEG") {
            CHECK(deck.messages() ==
                  std::vector<std::string>{
                      "art of card 'a': 'art/a.png' is a PNG image of 10000x10000 pixels; art "
                      "is limited to 16384 pixels a side and 67 million pixels"});
        }
    }
}

SCENARIO("a deck of 50,000 dotted table levels is refused before parsing, not a stack overflow") {
    GIVEN("a header [a.a.a...] of 50,000 levels on line 14") {
        std::string header = "a";
        for (int i = 1; i < 50000; ++i)
            header += ".a";
        const std::string text = kHead + card("x") + "[" + header + "]\n";
        THEN("the error names the place where the nesting passes the limit") {
            CHECK(said(load_deck_text(text, ".")) ==
                  std::vector<std::string>{
                      "./deck.toml:14:201: error: nested more than 100 levels deep (tables, dotted "
                      "keys or arrays within each other); the deck file needs only a few"});
        }
    }
    GIVEN("a value of 50,000 nested arrays") {
        const std::string text = kHead + card("x") + "tags = " + std::string(50000, '[') + "\n";
        THEN("it is refused with the place") {
            CHECK(said(load_deck_text(text, ".")) ==
                  std::vector<std::string>{
                      "./deck.toml:14:108: error: nested more than 100 levels deep (tables, dotted "
                      "keys or arrays within each other); the deck file needs only a few"});
        }
    }
    GIVEN("dots and brackets inside strings and comments, and decimals in arrays") {
        const std::string text =
            kHead + card("x", "tags = [\"" + std::string(300, '[') + "\"]\n" + "# " +
                                  std::string(300, '.') + "\n" + "subtitle = '''" +
                                  std::string(300, '{') + "\n" + std::string(300, '.') + "'''\n");
        THEN("they count for nothing: the deck loads") {
            LoadResult r = load_deck_text(text, ".");
            CHECK(said(r).empty());
            CHECK(r.ok());
        }
    }
}

SCENARIO("card ids: a warning above 64 characters, an error above 1024") {
    GIVEN("a card id of 65 characters") {
        LoadResult r = load_deck_text(kHead + card(std::string(65, 'x')), ".");
        THEN("the deck loads, with a warning") {
            CHECK(r.ok());
            CHECK(said(r) == std::vector<std::string>{
                                 "./deck.toml:11:6: warning: card id is 65 characters long; ids "
                                 "over 64 characters are hard to read and make saves large"});
        }
    }
    GIVEN("a card id of 1025 characters") {
        LoadResult r = load_deck_text(kHead + card(std::string(1025, 'x')), ".");
        THEN("it is an error, without echoing the id") {
            CHECK(!r.ok());
            CHECK(said(r) == std::vector<std::string>{"./deck.toml:11:6: error: card id is 1025 "
                                                      "characters long; ids are limited to 1024"});
        }
    }
}

SCENARIO("'did you mean' on 40 cards with 2,000-character ids takes no time") {
    GIVEN("40 cards of 2,000-character ids, each seeing an unknown 2,000-character id") {
        std::string text = kHead;
        for (int i = 0; i < 40; ++i) {
            const std::string id = std::string(2000, 'c') + std::to_string(100 + i);
            text += card(id, "see = [\"" + std::string(2000, 'd') + std::to_string(i) + "\"]\n");
        }
        THEN("the deck is diagnosed in well under a second per card") {
            const auto t0 = std::chrono::steady_clock::now();
            LoadResult r = load_deck_text(text, ".");
            const auto s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0);
            CHECK(!r.ok());
            CHECK(s.count() < 5.0);
        }
    }
}
